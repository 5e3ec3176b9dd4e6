// Writes to one workspace are queued (issue 8, finding 5): three imports started at once all land,
// the later ones say they are waiting, and a period removal or a saved view started meanwhile
// waits its turn instead of failing with DuckDB's "Conflict on tuple deletion". Totals by hand.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pivotSpecSchema } from '../../core/engines/pivot/spec.ts';
import type { Progress } from '../../core/api/progress.ts';
import { curCsv, write } from '../support/files.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';
import { callApi, startHarness, type Harness } from './server-support.ts';

const LINES = 20_000;

/** LINES usage lines of `cost` each in billing period `month`. */
function monthFile(dir: string, month: string, cost: string): string {
  const lines = Array.from({ length: LINES }, (_, i) => ({ id: `${month}-${i}`, month, cost, day: String((i % 28) + 1).padStart(2, '0') }));
  return write(join(dir, `${month}.csv`), curCsv(lines));
}

describe('in process', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
  });
  afterAll(() => t.close());

  it('three imports at once all land; the ones that wait say so', async () => {
    const files = [monthFile(t.dir, '2025-07', '0.25'), monthFile(t.dir, '2025-08', '1.10'), monthFile(t.dir, '2025-09', '0.05')];
    const seen: Progress[][] = [[], [], []];
    const results = await Promise.allSettled(files.map((f, i) => t.api.ingest({ paths: [f] }, { onProgress: (p) => seen[i]!.push(p) })));
    expect(results.map((r) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    // 20,000 × 0.25 = 5,000.00; 20,000 × 1.10 = 22,000.00; 20,000 × 0.05 = 1,000.00
    expect(await query(t.api, `SELECT strftime(BillingPeriodStart, '%Y-%m') AS m, count(*) AS n, sum(BilledCost)::VARCHAR AS billed FROM focus GROUP BY 1 ORDER BY 1`)).toEqual([
      { m: '2025-07', n: 20_000, billed: '5000.000000000000' },
      { m: '2025-08', n: 20_000, billed: '22000.000000000000' },
      { m: '2025-09', n: 20_000, billed: '1000.000000000000' },
    ]);
    const waited = seen.filter((events) => events.some((p) => p.phase === 'queued'));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    expect(waited[0]!.find((p) => p.phase === 'queued')!.message).toMatch(/waiting/i);
    // a queued import then runs: it reaches the load and done phases after waiting
    for (const events of waited) expect(events.findIndex((p) => p.phase === 'done')).toBeGreaterThan(events.findIndex((p) => p.phase === 'queued'));
  }, 60_000);

  it('three deliveries of one billing period at once: they run in the order started, the last one wins', async () => {
    // same payer and period, different content: each newer delivery replaces the one before
    const deliveries = ['1.00', '2.00', '3.00'].map((cost, i) =>
      write(join(t.dir, `delivery-${i}.csv`), curCsv(Array.from({ length: 5_000 }, (_, j) => ({ id: `d${i}-${j}`, month: '2025-03', cost })))),
    );
    // plain files carry no delivery identity: `replace` says each one restates the period
    const results = await Promise.allSettled(deliveries.map((f) => t.api.ingest({ paths: [f], overlap: 'replace' })));
    expect(results.map((r) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    // the third delivery: 5,000 × 3.00 = 15,000.00
    expect(await query(t.api, `SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed FROM focus WHERE BillingPeriodStart = '2025-03-01'`)).toEqual([{ n: 5_000, billed: '15000.000000000000' }]);
    const imports = (await t.api.listImports({})).imports.filter((i) => i.billingPeriods.includes('2025-03'));
    expect(imports.map((i) => [i.path, i.status]).sort()).toEqual([
      [deliveries[0], 'replaced'],
      [deliveries[1], 'replaced'],
      [deliveries[2], 'loaded'],
    ]);
    await t.api.removePeriod({ billingPeriod: '2025-03' });
  }, 60_000);

  it('a period removal and a saved view during an import wait their turn', async () => {
    const f = monthFile(t.dir, '2025-10', '0.50');
    const spec = pivotSpecSchema.parse({ kind: 'pivot', rows: ['ServiceName'] });
    const [ingest, removed, saved] = await Promise.allSettled([
      t.api.ingest({ paths: [f] }),
      t.api.removePeriod({ billingPeriod: '2025-07' }),
      t.api.saveView({ name: 'during import', spec, overwrite: false }),
    ]);
    expect([ingest.status, removed.status, saved.status]).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    // 2025-07 removed; 2025-10: 20,000 × 0.50 = 10,000.00
    expect(await query(t.api, `SELECT strftime(BillingPeriodStart, '%Y-%m') AS m, sum(BilledCost)::VARCHAR AS billed FROM focus GROUP BY 1 ORDER BY 1`)).toEqual([
      { m: '2025-08', billed: '22000.000000000000' },
      { m: '2025-09', billed: '1000.000000000000' },
      { m: '2025-10', billed: '10000.000000000000' },
    ]);
  }, 60_000);

  it('a cancelled import that is still waiting never runs', async () => {
    const first = monthFile(t.dir, '2025-11', '0.01');
    const second = monthFile(t.dir, '2025-12', '0.01');
    const controller = new AbortController();
    const running = t.api.ingest({ paths: [first] });
    const waiting = t.api.ingest({ paths: [second] }, { signal: controller.signal, onProgress: (p) => p.phase === 'queued' && controller.abort() });
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    await running;
    expect(await query(t.api, `SELECT count(*) AS n FROM focus WHERE BillingPeriodStart >= '2025-12-01'`)).toEqual([{ n: 0 }]);
  }, 60_000);
});

describe('browser mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('three ingest calls at once all land', async () => {
    const files = [monthFile(h.dir, '2025-04', '0.25'), monthFile(h.dir, '2025-05', '1.10'), monthFile(h.dir, '2025-06', '0.05')];
    const answers = await Promise.all(files.map((f) => callApi(h, 'ingest', { paths: [f] })));
    expect(answers.map((a) => [a.status, a.json().ok])).toEqual([
      [200, true],
      [200, true],
      [200, true],
    ]);
    const info = (await callApi(h, 'info', {})).json().result;
    expect(info.periods.map((p: { billingPeriod: string; billedCost: number }) => [p.billingPeriod, p.billedCost])).toEqual([
      ['2025-04', 5000],
      ['2025-05', 22000],
      ['2025-06', 1000],
    ]);
  }, 60_000);
});
