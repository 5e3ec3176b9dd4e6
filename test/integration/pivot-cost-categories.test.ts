// Pivots by AWS cost category (`costCategory:NAME`, read from x_CostCategories), through the
// engine and through the API, on test/fixtures/cur/legacy-cost-categories-split.csv. Hand totals
// (billed = effective here: net of discounts, no commitments):
//   CostCenter Platform: instance 0.936 + four pod lines at 0          = 0.936 → $0.94
//   CostCenter Data:     S3 4.50                                        → $4.50
//   (uncategorized):     CloudWatch 1.80 + tax 0.85                     → $2.65
//   grand total 8.086 → $8.09 (0.94 + 4.50 + 2.65 = 8.09)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/index.ts';
import { run, type PivotResult, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { PivotNoticeCode } from '../../core/engines/pivot/notices.ts';
import { LEGACY_CSV } from '../fixtures/cur/cost-categories-split-forms.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await openTestWorkspace();
  await t.api.ingest({ paths: [LEGACY_CSV] });
});
afterAll(() => t.close());

function table(r: PivotResult): Record<string, (number | null)[]> {
  return Object.fromEntries(r.rows.map((row) => [row.labels.join(' / '), row.values]));
}

describe('pivot by cost category: engine', () => {
  const pivot = (spec: Omit<PivotSpecInput, 'kind'>) => run(t.ws.db, { kind: 'pivot', ...spec });

  it('groups by a cost category, with the lines no rule matched as (uncategorized)', async () => {
    const r = await pivot({ rows: ['costCategory:CostCenter'], basis: 'Billed' });
    expect(table(r)).toEqual({ Data: [4.5], '(uncategorized)': [2.65], Platform: [0.94] });
    expect(r.totals).toEqual([8.09]);
  });

  it('crosses two cost categories and filters by one', async () => {
    const r = await pivot({ rows: ['costCategory:Environment'], columns: ['costCategory:CostCenter'], measures: ['EffectiveCost'] });
    expect(r.columns.map((c) => (c.total ? 'Total' : c.labels[0]))).toEqual(['Data', 'Platform', '(uncategorized)', 'Total']);
    expect(table(r)).toEqual({ staging: [4.5, null, null, 4.5], '(uncategorized)': [null, null, 2.65, 2.65], prod: [null, 0.94, null, 0.94] });
    const platform = await pivot({ rows: ['ServiceName'], filters: [{ dimension: 'costCategory:CostCenter', values: ['Platform'] }], measures: ['EffectiveCost', 'lines'] });
    expect(table(platform)).toEqual({ 'Amazon Elastic Compute Cloud': [0.94, 1], 'Amazon Elastic Kubernetes Service': [0, 4] });
    const none = await pivot({ filters: [{ dimension: 'costCategory:CostCenter', values: [null] }] });
    expect(none.totals).toEqual([2.65]);
  });

  it('splits a cost category by namespace with the split cost measures', async () => {
    const r = await pivot({
      rows: ['tag:aws:eks:namespace'],
      filters: [{ dimension: 'costCategory:CostCenter', values: ['Platform'] }],
      measures: ['x_SplitNetCost', 'x_SplitNetUnusedCost'],
    });
    // checkout 0.162 + 0.072 split, 0.054 + 0.072 unused; search 0.324 + 0.072, 0.108 + 0.072
    expect(table(r)).toEqual({ checkout: [0.23, 0.13], search: [0.4, 0.18], '(untagged)': [null, null] });
  });

  it('names a cost category no line has, with the nearest one', async () => {
    const r = await pivot({ rows: ['costCategory:cost_center'] });
    expect(r.notices.map((n) => [n.code, n.value, n.suggestions])).toEqual([[PivotNoticeCode.COST_CATEGORY_UNKNOWN, 'cost_center', ['CostCenter']]]);
  });
});

describe('pivot by cost category: API', () => {
  const SPEC = { kind: 'pivot' as const, rows: ['costCategory:CostCenter'], basis: 'Billed' as const };

  it('lists the cost categories in the field list, apart from the columns', async () => {
    const fields = await t.api.pivotFields({});
    expect(fields.costCategories).toEqual([
      { name: 'CostCenter', lines: 6 },
      { name: 'Environment', lines: 6 },
    ]);
    expect(fields.columns.map((c) => c.name)).not.toContain('x_CostCategories');
    expect(fields.columns.map((c) => c.name)).not.toContain('x_Discounts');
  });

  it('answers the pivot from the line items, with hand totals', async () => {
    const r = await t.api.pivot(validateRequest('pivot', { spec: SPEC }));
    expect(r.source).toBe('focus');
    expect(table(r)).toEqual({ Data: [4.5], '(uncategorized)': [2.65], Platform: [0.94] });
    expect(r.totals).toEqual([8.09]);
  });

  it('drills into a cost category and into (uncategorized)', async () => {
    const platform = await t.api.pivotDrill(validateRequest('pivotDrill', { spec: SPEC, cell: { rows: ['Platform'] }, columns: ['x_LineItemId', 'BilledCost', 'x_CostCategories'], sort: [{ column: 'x_LineItemId' }] }));
    expect(platform.totals).toEqual({ lines: 5, cost: 0.936 });
    expect(platform.rows.map((x) => x.x_LineItemId)).toEqual(['S01', 'S02', 'S03', 'S04', 'S05']);
    expect(platform.rows[0]!.x_CostCategories).toEqual({ CostCenter: 'Platform', Environment: 'prod' });
    const uncategorized = await t.api.pivotDrill(validateRequest('pivotDrill', { spec: SPEC, cell: { rows: [null] }, columns: ['x_LineItemId', 'BilledCost'] }));
    expect(uncategorized.totals).toEqual({ lines: 2, cost: 2.65 });
  });
});
