// Pivots over the real samples loaded by the real ingest: the ingest keeps the daily aggregate
// fresh (no rebuild needed), the aggregate answers exactly what focus answers, and displayed
// cents add up to the source totals (figures summed independently in ingest-real-samples.test.ts).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pivotAggregatesFresh, run, type PivotResult, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { openTestWorkspace, SHARED_DATA, type TestWorkspace } from '../support/workspace.ts';

const LEGACY = join(SHARED_DATA, 'aws-cur-legacy-sample', 'sample-anonymous-aws-export-dataset.csv');
const FOCUS10 = join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv');

let t: TestWorkspace;
beforeAll(async () => {
  t = await openTestWorkspace();
  await t.api.ingest({ paths: [LEGACY, FOCUS10] });
});
afterAll(() => t.close());

const byLabel = (r: PivotResult) => Object.fromEntries(r.rows.map((row) => [row.labels.join(' / '), row.values]));

describe('pivot over ingested samples', () => {
  it('finds the aggregate fresh right after ingest', async () => {
    expect(await pivotAggregatesFresh(t.ws.db)).toBe(true);
  });

  it('splits the source total into displayed cents that add up (largest remainder)', async () => {
    const r = await run(t.ws.db, { kind: 'pivot', rows: ['ProviderName'], measures: ['BilledCost', 'EffectiveCost'] });
    expect(r.source).toBe('aggregate');
    // Billed: AWS 18.0066386184 (FOCUS) + 1.6823086974 (legacy CUR) = 19.6889473158, Microsoft 1.97651418586,
    // Oracle 0.53707392473; total 22.20253542639 -> 22.20. Floors 19.68 + 1.97 + 0.53 = 22.18: the two cents
    // left go to the largest remainders, AWS (0.89c) and Oracle (0.71c); Microsoft (0.65c) keeps 1.97.
    // Effective: AWS 13 + 1.6823086974 = 14.6823086974, Microsoft 1.97651418586, Oracle 0; total 16.65882288326
    // -> 16.66. Floors 14.68 + 1.97 + 0 = 16.65: the cent left goes to Microsoft (0.65c beats AWS's 0.23c).
    expect(byLabel(r)).toEqual({ AWS: [19.69, 14.68], Microsoft: [1.97, 1.98], Oracle: [0.54, 0] });
    expect(r.totals).toEqual([22.2, 16.66]);
  });

  it('reconciles the legacy CUR by charge category', async () => {
    const r = await run(t.ws.db, { kind: 'pivot', rows: ['ChargeCategory'], measures: ['BilledCost', 'lines'], filters: [{ dimension: 'BillingAccountId', values: ['123412340534'] }] });
    expect(byLabel(r)).toEqual({ Usage: [1.6, 1269], Tax: [0.08, 12] });
    expect(r.totals).toEqual([1.68, 1281]);
  });

  it('answers from the aggregate exactly as from focus', async () => {
    const specs: PivotSpecInput[] = [
      { kind: 'pivot', rows: ['ProviderName', 'ServiceName'], columns: ['day'], measures: ['BilledCost', 'EffectiveCost', 'ListCost', 'lines', 'usage'] },
      { kind: 'pivot', rows: ['SubAccountName'], columns: ['billingPeriod'], topN: [{ dimension: 'SubAccountName', n: 3 }], measures: ['cost', 'share'] },
      { kind: 'pivot', rows: ['RegionId', 'ChargeCategory'], basis: 'Billed', sort: { by: 'key', direction: 'asc' } },
    ];
    for (const spec of specs) {
      const agg = await run(t.ws.db, spec);
      const raw = await run(t.ws.db, spec, { source: 'focus' });
      expect(agg.source).toBe('aggregate');
      expect({ ...agg, source: 'x' }).toEqual({ ...raw, source: 'x' });
    }
  });

  it('loads children level by level whose cents add up to the parent shown before', async () => {
    const spec = { kind: 'pivot' as const, rows: ['ServiceName', 'ResourceType'], columns: ['ProviderName'], basis: 'Billed' as const };
    const top = await run(t.ws.db, { ...spec, depth: 1 });
    expect(top.rows.length).toBeGreaterThan(10);
    for (const parent of top.rows) {
      const kids = await run(t.ws.db, { ...spec, parent: parent.keys });
      expect(kids.rows.length).toBeGreaterThan(0);
      parent.values.forEach((v, i) => {
        const cents = kids.rows.reduce((sum, k) => sum + Math.round((k.values[i] ?? 0) * 100), 0);
        expect(cents).toBe(Math.round((v ?? 0) * 100));
      });
    }
  });

  it('stays fresh when a period is removed', async () => {
    await t.api.removePeriod({ billingPeriod: '2023-11' });
    expect(await pivotAggregatesFresh(t.ws.db)).toBe(true);
    const r = await run(t.ws.db, { kind: 'pivot', measures: ['BilledCost', 'lines'], filters: [{ dimension: 'BillingAccountId', values: ['123412340534'] }] });
    expect(r.source).toBe('aggregate');
    // no line is left: no money value (null, not a made-up 0), zero lines
    expect(r.totals).toEqual([null, 0]);
  });
});
