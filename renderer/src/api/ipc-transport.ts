// Desktop app: calls go through the preload bridge (window.workbench) to the main process.
import type { JobEvent, WorkbenchBridge } from '../../../core/api/app-contract.ts';
import { newJobId, transportFailure, type Transport } from './transport.ts';

export function ipcTransport(bridge: WorkbenchBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, payload) => bridge.invoke(method, payload).catch(transportFailure),
    async job(method, payload, options) {
      const jobId = newJobId();
      const off = bridge.on('job', (e: JobEvent) => {
        if (e.jobId === jobId && e.type === 'progress') options.onProgress?.(e.progress);
      });
      const onAbort = () => void bridge.cancel(jobId);
      options.signal?.addEventListener('abort', onAbort);
      try {
        return await bridge.invoke(method, payload, jobId);
      } catch (err) {
        return transportFailure(err);
      } finally {
        off();
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
