// Browser mode: calls go to the server that served this page. The access token travels in an
// HttpOnly cookie set when the page was opened with ?token=, so nothing here handles secrets.
import type { CallOutcome, JobEvent } from '../../../core/api/app-contract.ts';
import { transportFailure, type CallOptions, type Transport } from './transport.ts';

async function postJson(path: string, body: unknown): Promise<CallOutcome> {
  try {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
    const data = (await res.json()) as CallOutcome;
    if (typeof data !== 'object' || data === null || typeof data.ok !== 'boolean') throw new Error(`unexpected answer (HTTP ${res.status})`);
    return data;
  } catch (err) {
    return transportFailure(err);
  }
}

function followJob(jobId: string, options: CallOptions): Promise<CallOutcome> {
  return new Promise((resolve) => {
    const source = new EventSource(`api/jobs/${encodeURIComponent(jobId)}/events`);
    const onAbort = () => void postJson(`api/jobs/${encodeURIComponent(jobId)}/cancel`, {});
    const finish = (outcome: CallOutcome) => {
      source.close();
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) onAbort();
    source.addEventListener('job', (msg) => {
      const e = JSON.parse((msg as MessageEvent<string>).data) as JobEvent;
      if (e.type === 'progress') options.onProgress?.(e.progress);
      else if (e.type === 'done') finish({ ok: true, result: e.result });
      else finish({ ok: false, error: e.error });
    });
    source.onerror = () => {
      // EventSource retries on its own; only a closed stream before the outcome is a failure
      if (source.readyState === EventSource.CLOSED) finish(transportFailure(new Error('the progress stream closed')));
    };
  });
}

export const httpTransport: Transport = {
  kind: 'http',
  call: (method, payload) => postJson('api/call', { method, payload }),
  async job(method, payload, options) {
    const started = await postJson('api/jobs', { method, payload });
    if (!started.ok) return started;
    return followJob((started.result as { jobId: string }).jobId, options);
  },
};

export interface UploadOptions {
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** Streams a file to the server (XHR, for upload progress); resolves with its server-side path. */
export function uploadFile(file: File, options: UploadOptions = {}): Promise<CallOutcome<{ path: string; bytes: number }>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `api/uploads?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.total || file.size);
    xhr.onload = () => {
      const data = xhr.response as CallOutcome<{ path: string; bytes: number }> | null;
      resolve(data && typeof data.ok === 'boolean' ? data : transportFailure(new Error(`upload answered HTTP ${xhr.status}`)) as CallOutcome<{ path: string; bytes: number }>);
    };
    xhr.onerror = () => resolve(transportFailure(new Error('the upload failed')) as CallOutcome<{ path: string; bytes: number }>);
    xhr.onabort = () => resolve({ ok: false, error: { code: 'CANCELLED', message: `Upload of ${file.name} cancelled. Nothing was imported.` } });
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
