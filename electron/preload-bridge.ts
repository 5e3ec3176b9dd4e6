// What the preload exposes to the page, as a plain function of its inputs so it can be tested
// without Electron. The page gets invoke/cancel/on/pathForFile and nothing else: no ipcRenderer,
// no event objects (they would leak `sender`), and only methods of the contract get through.
import type { AppEvent, CallOutcome, JobEvent, WorkbenchBridge } from '../core/api/app-contract.ts';
import { CHANNELS } from './channels.ts';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike, allowedMethods: readonly string[], getPathForFile: (file: File) => string): WorkbenchBridge {
  const allowed = new Set(allowedMethods);
  const on = (event: 'job' | 'app', listener: (e: JobEvent & AppEvent) => void): (() => void) => {
    const channel = event === 'job' ? CHANNELS.job : event === 'app' ? CHANNELS.app : null;
    if (!channel) throw new Error(`No event ${String(event)}: use 'job' or 'app'.`);
    const handler = (_event: unknown, data: unknown) => listener(data as JobEvent & AppEvent);
    ipc.on(channel, handler);
    return () => {
      ipc.removeListener(channel, handler);
    };
  };
  return {
    invoke(method: string, payload: unknown, jobId?: string): Promise<CallOutcome> {
      if (typeof method !== 'string' || !allowed.has(method)) {
        return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method ${JSON.stringify(method)}.` } });
      }
      const args = jobId === undefined ? { method, payload } : { method, payload, jobId };
      return ipc.invoke(CHANNELS.invoke, args) as Promise<CallOutcome>;
    },
    cancel(jobId: string): Promise<boolean> {
      return ipc.invoke(CHANNELS.cancel, { jobId }) as Promise<boolean>;
    },
    on: on as WorkbenchBridge['on'],
    pathForFile(file: File): string {
      try {
        return getPathForFile(file);
      } catch {
        return '';
      }
    },
  };
}
