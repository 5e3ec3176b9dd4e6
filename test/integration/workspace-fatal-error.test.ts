// A DuckDB FATAL/INTERNAL error invalidates its database instance: every later statement fails.
// The workspace then closes and reopens itself (issue 8, finding 3b): the call that met it gets a
// coded error saying so, nothing of it is kept, and the next call works, on every transport.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { curCsv, write } from '../support/files.ts';
import { invalidateWorkspace } from '../support/invalidate.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';
import { callApi, startHarness, type Harness } from './server-support.ts';

describe('in process (the CLI and tests)', () => {
  let t: TestWorkspace;
  afterEach(() => t.close());

  it('the first call after an invalidation is told, the workspace is reopened with its data', async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [write(join(t.dir, 'a.csv'), curCsv([{ id: 'a', month: '2025-09', cost: '42.00' }]))] });
    expect(await invalidateWorkspace(t.ws)).toMatch(/INTERNAL Error/);
    const err = await t.api.info({}).then(
      () => null,
      (e: { code: string; message: string }) => e,
    );
    expect(err?.code).toBe('WORKSPACE_REOPENED');
    expect(err?.message).toContain('was closed and opened again');
    expect(err?.message).toContain('nothing of it was saved');
    // the next call works, on the same data
    expect(await query(t.api, 'SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed FROM focus')).toEqual([{ n: 1, billed: '42.000000000000' }]);
    expect((await t.api.listImports({})).imports).toHaveLength(1);
    // and writes work again
    await t.api.ingest({ paths: [write(join(t.dir, 'b.csv'), curCsv([{ id: 'b', month: '2025-10', cost: '8.00' }]))] });
    expect(await query(t.api, 'SELECT sum(BilledCost)::VARCHAR AS billed FROM focus')).toEqual([{ billed: '50.000000000000' }]);
  }, 60_000);
});

describe('browser mode', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('the server keeps serving the same workspace', async () => {
    h = await startHarness();
    const f = write(join(h.dir, 'a.csv'), curCsv([{ id: 'a', month: '2025-09', cost: '42.00' }]));
    expect((await callApi(h, 'ingest', { paths: [f] })).json().ok).toBe(true);
    const path = (await callApi(h, 'session', {})).json().result.workspacePath;
    await invalidateWorkspace(h.session.workspace);
    const first = (await callApi(h, 'info', {})).json();
    expect(first).toMatchObject({ ok: false, error: { code: 'WORKSPACE_REOPENED' } });
    const again = (await callApi(h, 'info', {})).json();
    expect(again.ok).toBe(true);
    expect(again.result.path).toBe(path);
    expect(again.result.totals).toEqual([{ currency: 'USD', rows: 1, billedCost: 42, effectiveCost: 42 }]);
  }, 60_000);
});
