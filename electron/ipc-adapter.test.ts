import { describe, expect, it } from 'vitest';
import type { AppApi, JobEvent } from '../core/api/app-contract.ts';
import { appMethodTable, mergeTables } from '../core/app/method-table.ts';
import { createIpcAdapter, type Caller } from './ipc-adapter.ts';
import { shellMethodTable, type ShellImpl } from './shell-methods.ts';
import { isTrustedSender } from './window-options.ts';

function setup() {
  const calls: [string, unknown][] = [];
  const api = new Proxy({} as AppApi, {
    get: (_t, name: string) => async (req: unknown, ctx?: { onProgress?: (p: unknown) => void; signal?: AbortSignal }) => {
      calls.push([name, req]);
      if (name === 'ingest') {
        ctx?.onProgress?.({ phase: 'load', message: 'Loading a.csv', fraction: 0.5 });
        await new Promise((resolve, reject) => {
          const t = setTimeout(resolve, 30);
          ctx?.signal?.addEventListener('abort', () => (clearTimeout(t), reject(new Error('interrupted'))));
        });
        return { files: [], rowsLoaded: 7, replacedImports: [] };
      }
      return { method: name };
    },
  });
  const shell: ShellImpl = {
    pickImportPaths: async ({ kind }) => ({ paths: [`/picked/${kind}`] }),
    pickWorkspace: async () => ({ path: null }),
    recentWorkspaces: async () => ({ paths: ['/w.duckdb'] }),
  };
  const adapter = createIpcAdapter({ table: mergeTables(appMethodTable(api), shellMethodTable(shell)), isTrustedSender });
  const events: JobEvent[] = [];
  const app: Caller = { url: 'app://workbench/index.html', reply: (e) => events.push(e) };
  return { adapter, calls, events, app };
}

describe('IPC adapter', () => {
  it('runs a contract call from the app window', async () => {
    const { adapter, app, calls } = setup();
    expect(await adapter.invoke(app, { method: 'removePeriod', payload: { billingPeriod: '2024-09' } })).toEqual({ ok: true, result: { method: 'removePeriod' } });
    expect(calls).toEqual([['removePeriod', { billingPeriod: '2024-09' }]]);
  });

  it('refuses a payload with unknown fields before core sees it', async () => {
    const { adapter, app, calls } = setup();
    const out = await adapter.invoke(app, { method: 'ingest', payload: { paths: ['/a.csv'], force: true } });
    expect(out).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(calls).toEqual([]);
  });

  it('refuses malformed envelopes and methods outside the contract', async () => {
    const { adapter, app, calls } = setup();
    for (const args of [null, 'info', { method: 'info' , payload: {}, extra: 1 }, { method: 'info', payload: {}, jobId: '../../x' }, { payload: {} }]) {
      expect((await adapter.invoke(app, args)).ok, JSON.stringify(args)).toBe(false);
    }
    for (const method of ['eval', 'constructor', '__proto__', 'require']) {
      expect(await adapter.invoke(app, { method, payload: {} })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(calls).toEqual([]);
  });

  it('answers only the app’s own pages', async () => {
    const { adapter, calls } = setup();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', undefined]) {
      const out = await adapter.invoke({ url, reply: () => undefined }, { method: 'info', payload: {} });
      expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
  });

  it('streams progress of a call with a job id, and cancels it', async () => {
    const { adapter, app, events } = setup();
    const done = await adapter.invoke(app, { method: 'ingest', payload: { paths: ['/a.csv'] }, jobId: 'job-000000001' });
    expect(done).toEqual({ ok: true, result: { files: [], rowsLoaded: 7, replacedImports: [] } });
    expect(events).toEqual([{ jobId: 'job-000000001', type: 'progress', progress: { phase: 'load', message: 'Loading a.csv', fraction: 0.5 } }]);

    const running = adapter.invoke(app, { method: 'ingest', payload: { paths: ['/a.csv'] }, jobId: 'job-000000002' });
    await new Promise((r) => setTimeout(r, 5));
    expect(adapter.cancel(app, { jobId: 'job-000000002' })).toBe(true);
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(adapter.cancel(app, { jobId: 'job-000000002', also: 1 })).toBe(false);
    expect(adapter.cancel({ url: 'https://evil.example/', reply: () => undefined }, { jobId: 'job-000000002' })).toBe(false);
  });

  it('validates desktop shell calls the same way', async () => {
    const { adapter, app } = setup();
    expect(await adapter.invoke(app, { method: 'pickImportPaths', payload: { kind: 'folder' } })).toEqual({ ok: true, result: { paths: ['/picked/folder'] } });
    expect(await adapter.invoke(app, { method: 'pickImportPaths', payload: { kind: 'everything' } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await adapter.invoke(app, { method: 'recentWorkspaces', payload: { limit: 3 } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
