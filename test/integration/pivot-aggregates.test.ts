// The daily aggregate answers exactly what the raw table answers, stays equal to it through
// refreshes, and is never read while it is stale.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pivotAggregatesFresh, refreshPivotAggregates, run, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { trusted } from '../../core/sql/index.ts';
import { insertLines, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
});
afterAll(() => t.dispose());

const SPECS: PivotSpecInput[] = [
  { kind: 'pivot', rows: ['ServiceName'], columns: ['month'] },
  { kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], measures: ['BilledCost', 'ListCost', 'ContractedCost', 'lines', 'usage', 'share'] },
  { kind: 'pivot', rows: ['ServiceName'], topN: [{ dimension: 'ServiceName', n: 2 }], columns: ['RegionId'] },
  { kind: 'pivot', rows: ['week'], filters: [{ dimension: 'SubAccountName', values: ['prod'] }], period: { from: '2026-01-26', to: '2026-03-01' } },
  { kind: 'pivot', rows: ['ServiceName'], columns: ['month'], measures: ['change', 'changePct'], period: { from: '2026-02-01' } },
  { kind: 'pivot', rows: ['billingPeriod', 'ChargeCategory'] },
  // tags through the aggregate's tag sets (migration 031)
  { kind: 'pivot', rows: ['tag:Team', 'ServiceName'], columns: ['month'], topN: [{ dimension: 'tag:Team', n: 1 }] },
  { kind: 'pivot', rows: ['SubAccountName'], filters: [{ dimension: 'tag:Team', values: ['payments', null] }] },
];

const strip = (r: { source: string }) => ({ ...r, source: undefined });

describe('pivot aggregate', () => {
  it('is not read before it is built', async () => {
    expect(await pivotAggregatesFresh(t.ws.db)).toBe(false);
    expect((await run(t.ws.db, SPECS[0]!)).source).toBe('focus');
  });

  it('gives the same result as the raw table for every spec it can answer', async () => {
    await refreshPivotAggregates(t.ws.db);
    expect(await pivotAggregatesFresh(t.ws.db)).toBe(true);
    expect(await t.ws.db.value(trusted('SELECT sum("LineCount") FROM pivot_agg'))).toBe(14);
    for (const spec of SPECS) {
      const fromAgg = await run(t.ws.db, spec);
      expect(fromAgg.source).toBe('aggregate');
      expect(strip(fromAgg)).toEqual(strip(await run(t.ws.db, spec, { source: 'focus' })));
    }
  });

  it('reads the raw table for cost categories, which the aggregate does not hold; tags it does', async () => {
    expect((await run(t.ws.db, { kind: 'pivot', rows: ['costCategory:Team'] })).source).toBe('focus');
    expect((await run(t.ws.db, { kind: 'pivot', rows: ['tag:Team'] })).source).toBe('aggregate');
  });

  it('is stale (and not read) after focus changes without a refresh, and fresh after one', async () => {
    await insertLines(t.ws, [['2026-03-20 00:00:00', 'Amazon EC2', 'dev', 'us-east-1', '5', '5', '5', '5', '1', 'Usage', null]]);
    expect(await pivotAggregatesFresh(t.ws.db)).toBe(false);
    const stale = await run(t.ws.db, { kind: 'pivot' });
    expect(stale.source).toBe('focus');
    expect(stale.totals).toEqual([676.88]); // 671.881 + 5
    await t.ws.db.transaction(() => refreshPivotAggregates(t.ws.db, { billingPeriods: ['2026-03'] }));
    const fresh = await run(t.ws.db, { kind: 'pivot' });
    expect(fresh.source).toBe('aggregate');
    expect(fresh.totals).toEqual([676.88]);
  });

  it('repairs itself when a caller names the wrong periods', async () => {
    await insertLines(t.ws, [['2026-01-02 00:00:00', 'Amazon S3', 'dev', 'us-west-2', '1', '1', '1', '1', '1', 'Usage', null]]);
    await refreshPivotAggregates(t.ws.db, { billingPeriods: ['2026-02'] });
    const r = await run(t.ws.db, { kind: 'pivot', columns: ['month'] });
    expect(r.source).toBe('aggregate');
    expect(r.totals).toEqual([291.75, 141.13, 245, 677.88]);
  });

  it('rolls back with the transaction that called it', async () => {
    const before = await run(t.ws.db, { kind: 'pivot' });
    await expect(
      t.ws.db.transaction(async () => {
        await insertLines(t.ws, [['2026-02-02 00:00:00', 'Amazon S3', 'dev', 'us-west-2', '9', '9', '9', '9', '1', 'Usage', null]]);
        await refreshPivotAggregates(t.ws.db, { billingPeriods: ['2026-02'] });
        throw new Error('ingest failed');
      }),
    ).rejects.toThrow('ingest failed');
    const after = await run(t.ws.db, { kind: 'pivot' });
    expect(after.source).toBe('aggregate');
    expect(after.totals).toEqual(before.totals);
  });
});
