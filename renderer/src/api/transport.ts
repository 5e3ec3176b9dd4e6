// A transport carries calls of the app contract to core: Electron IPC or HTTP (browser mode).
// The client on top is the same for both, so views never know which one they run on.
import type { CallOutcome } from '../../../core/api/app-contract.ts';
import type { Progress } from '../../../core/api/progress.ts';

export interface CallOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface Transport {
  kind: 'ipc' | 'http';
  /** A call that waits for its result. */
  call(method: string, payload: unknown): Promise<CallOutcome>;
  /** A long call run as a job: progress as it goes, cancelled when the signal aborts. */
  job(method: string, payload: unknown, options: CallOptions): Promise<CallOutcome>;
}

/** A random job id in the JOB_ID_PATTERN alphabet. */
export function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Turns a transport failure (network down, server gone) into error data like any other. */
export function transportFailure(err: unknown): CallOutcome {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'TRANSPORT_FAILED', message: `Lost contact with the workbench: ${message}` } };
}
