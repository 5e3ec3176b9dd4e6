import { describe, expect, it } from 'vitest';
import type { CallOutcome, JobEvent, WorkbenchBridge } from '../../../core/api/app-contract.ts';
import { ApiFailure, WorkbenchClient } from './client.ts';
import { ipcTransport } from './ipc-transport.ts';

function fakeBridge(answer: (method: string, payload: unknown, jobId?: string, emit?: (e: JobEvent) => void) => Promise<CallOutcome>) {
  const listeners = new Set<(e: JobEvent) => void>();
  const cancelled: string[] = [];
  const emit = (e: JobEvent) => listeners.forEach((l) => l(e));
  const bridge = {
    invoke: (m: string, p: unknown, j?: string) => answer(m, p, j, emit),
    cancel: async (j: string) => (cancelled.push(j), true),
    on: (_event: string, l: (e: JobEvent) => void) => (listeners.add(l), () => listeners.delete(l)),
    pathForFile: () => '',
  } as unknown as WorkbenchBridge;
  return { bridge, cancelled, listeners };
}

describe('WorkbenchClient over IPC', () => {
  it('returns results and throws errors as ApiFailure with their code', async () => {
    const { bridge } = fakeBridge(async (m) => (m === 'info' ? { ok: true, result: { rows: 3 } } : { ok: false, error: { code: 'PERIOD_NOT_FOUND', message: 'no 2024-01' } }));
    const client = new WorkbenchClient(ipcTransport(bridge));
    expect(await client.call('info', {})).toEqual({ rows: 3 });
    const err = await client.call('removePeriod', { billingPeriod: '2024-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).code).toBe('PERIOD_NOT_FOUND');
  });

  it('runs a call with onProgress as a job: only its own progress arrives, then listeners are removed', async () => {
    const { bridge, listeners } = fakeBridge(async (_m, _p, jobId, emit) => {
      emit?.({ jobId: 'someone-else', type: 'progress', progress: { phase: 'load', message: 'not mine' } });
      emit?.({ jobId: jobId as string, type: 'progress', progress: { phase: 'load', message: 'mine', fraction: 0.5 } });
      return { ok: true, result: { rowsLoaded: 1 } };
    });
    const seen: string[] = [];
    const client = new WorkbenchClient(ipcTransport(bridge));
    await client.call('ingest', { paths: ['/a.csv'] }, { onProgress: (p) => seen.push(p.message) });
    expect(seen).toEqual(['mine']);
    expect(listeners.size).toBe(0);
  });

  it('cancels the job when the signal aborts', async () => {
    let started!: string;
    const { bridge, cancelled } = fakeBridge(
      (_m, _p, jobId) =>
        new Promise((resolve) => {
          started = jobId as string;
          setTimeout(() => resolve({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } }), 20);
        }),
    );
    const controller = new AbortController();
    const call = new WorkbenchClient(ipcTransport(bridge)).call('ingest', { paths: ['/a.csv'] }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cancelled).toEqual([started]);
    expect(started).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('turns a broken transport into error data', async () => {
    const { bridge } = fakeBridge(async () => {
      throw new Error('main process gone');
    });
    await expect(new WorkbenchClient(ipcTransport(bridge)).call('info', {})).rejects.toMatchObject({ code: 'TRANSPORT_FAILED' });
  });
});
