// The typed client the views use: one method per contract call, on whichever transport exists.
import type { AppMethodName, AppRequestOf, AppResponseOf, ShellMethodName, ShellResponseMap, WorkbenchBridge } from '../../../core/api/app-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import { httpTransport } from './http-transport.ts';
import { ipcTransport } from './ipc-transport.ts';
import type { CallOptions, Transport } from './transport.ts';

/** A failed call: code and message straight from core, so views can branch on the code. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.details = error.details;
  }
  toData(): ApiError {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export class WorkbenchClient {
  constructor(readonly transport: Transport) {}

  get kind(): 'ipc' | 'http' {
    return this.transport.kind;
  }

  /** Calls a method; with onProgress or signal it runs as a job (progress and cancel). */
  async call<M extends AppMethodName>(method: M, payload: AppRequestOf<M>, options?: CallOptions): Promise<AppResponseOf<M>> {
    const outcome = options?.onProgress || options?.signal ? await this.transport.job(method, payload, options) : await this.transport.call(method, payload);
    if (!outcome.ok) throw new ApiFailure(outcome.error);
    return outcome.result as AppResponseOf<M>;
  }

  /** Desktop-only calls (native dialogs); refused by browser mode. */
  async shell<M extends ShellMethodName>(method: M, payload: Record<string, unknown>): Promise<ShellResponseMap[M]> {
    const outcome = await this.transport.call(method, payload);
    if (!outcome.ok) throw new ApiFailure(outcome.error);
    return outcome.result as ShellResponseMap[M];
  }
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export function bridge(): WorkbenchBridge | undefined {
  return window.workbench;
}

export function createClient(): WorkbenchClient {
  const b = bridge();
  return new WorkbenchClient(b ? ipcTransport(b) : httpTransport);
}
