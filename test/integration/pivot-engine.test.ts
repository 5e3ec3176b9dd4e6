// Pivot results on the tiny-org fixture, against sums written by hand (see pivot-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type PivotResult, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { sql } from '../../core/sql/index.ts';
import { HOSTILE_TEAM, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
});
afterAll(() => t.dispose());

const pivot = (spec: Omit<PivotSpecInput, 'kind'>) => run(t.ws.db, { kind: 'pivot', ...spec }, { source: 'focus' });

/** rows as {label path: values} for compact expectations */
function table(r: PivotResult): Record<string, (number | null)[]> {
  return Object.fromEntries(r.rows.map((row) => [row.labels.join(' / '), row.values]));
}

describe('pivot engine on tiny-org', () => {
  it('sums EffectiveCost by service, sorted by value, with the grand total', async () => {
    const r = await pivot({ rows: ['ServiceName'] });
    expect(r.rows.map((x) => x.labels[0])).toEqual(['Amazon EC2', 'Amazon RDS', 'Amazon S3', 'AWS Lambda', 'Amazon CloudWatch']);
    expect(table(r)).toEqual({
      'Amazon EC2': [340.5],
      'Amazon RDS': [310],
      'Amazon S3': [20.26],
      'AWS Lambda': [1.11],
      'Amazon CloudWatch': [0.01],
    });
    expect(r.totals).toEqual([671.88]);
    expect(r.currencies).toEqual(['USD']);
  });

  it('pivots month columns with row totals and column totals', async () => {
    const r = await pivot({ rows: ['ServiceName'], columns: ['month'], measures: ['EffectiveCost'] });
    expect(r.columns.map((c) => (c.total ? 'Total' : c.keys[0]))).toEqual(['2026-01', '2026-02', '2026-03', 'Total']);
    expect(table(r)).toEqual({
      'Amazon EC2': [130.5, 130, 80, 340.5],
      'Amazon RDS': [150, null, 160, 310],
      'Amazon S3': [10.25, 10.01, null, 20.26],
      'AWS Lambda': [null, 1.11, null, 1.11],
      'Amazon CloudWatch': [null, 0.01, null, 0.01],
    });
    expect(r.totals).toEqual([290.75, 141.13, 240, 671.88]);
  });

  it('gives each basis its own column: Billed, List, Contracted', async () => {
    const r = await pivot({ rows: ['ServiceName'], measures: ['BilledCost', 'ListCost', 'ContractedCost', 'lines', 'usage'] });
    expect(table(r)['Amazon EC2']).toEqual([400.5, 495, 400.5, 6, 42]);
    expect(table(r)['Amazon S3']).toEqual([20.26, 20.26, 20.26, 3, 200]);
    // List: EC2 495 + RDS 500 + S3 20.26 + Lambda 1.111 + CloudWatch 0.01 = 1016.381
    expect(r.totals).toEqual([821.88, 1016.38, 821.88, 14, 1246]);
  });

  it('builds a two-level tree with subtotals and places the rounding remainder deterministically', async () => {
    const r = await pivot({ rows: ['ServiceName', 'SubAccountName'] });
    expect(r.rows.map((x) => [x.labels.join(' / '), x.depth, x.subtotal, x.values[0]])).toEqual([
      ['Amazon EC2', 1, true, 340.5],
      ['Amazon EC2 / prod', 2, false, 250],
      ['Amazon EC2 / dev', 2, false, 90.5],
      ['Amazon RDS', 1, true, 310],
      ['Amazon RDS / prod', 2, false, 310],
      ['Amazon S3', 1, true, 20.26],
      ['Amazon S3 / prod', 2, false, 10.25],
      ['Amazon S3 / dev', 2, false, 10.01],
      ['AWS Lambda', 1, true, 1.11],
      ['AWS Lambda / prod', 2, false, 1.11],
      // 0.005 + 0.005: each alone would round to 0.01; the parent's one cent goes to the first (dev, by key)
      ['Amazon CloudWatch', 1, true, 0.01],
      ['Amazon CloudWatch / dev', 2, false, 0.01],
      ['Amazon CloudWatch / prod', 2, false, 0],
    ]);
  });

  it('loads a tree level by level: depth 1, then the children of one parent', async () => {
    const top = await pivot({ rows: ['ServiceName', 'SubAccountName'], depth: 1 });
    expect(top.rows.map((x) => [x.labels[0], x.hasChildren, x.subtotal])).toEqual([
      ['Amazon EC2', true, false],
      ['Amazon RDS', true, false],
      ['Amazon S3', true, false],
      ['AWS Lambda', true, false],
      ['Amazon CloudWatch', true, false],
    ]);
    const kids = await pivot({ rows: ['ServiceName', 'SubAccountName'], parent: ['Amazon S3'], columns: ['month'] });
    expect(table(kids)).toEqual({ 'Amazon S3 / prod': [10.25, null, null, 10.25], 'Amazon S3 / dev': [null, 10.01, null, 10.01] });
  });

  it('keeps the top 2 services and folds the rest into Other', async () => {
    const r = await pivot({ rows: ['ServiceName'], topN: [{ dimension: 'ServiceName', n: 2 }] });
    expect(table(r)).toEqual({ 'Amazon EC2': [340.5], 'Amazon RDS': [310], Other: [21.38] });
    expect(r.rows[2]!.keys).toEqual([{ other: true }]);
    expect(r.totals).toEqual([671.88]);
  });

  it('filters on a column and a tag, and cuts the period (half-open, UTC)', async () => {
    const ec2Payments = await pivot({
      filters: [
        { dimension: 'ServiceName', values: ['Amazon EC2'] },
        { dimension: 'tag:Team', values: ['payments'] },
      ],
    });
    expect(ec2Payments.rows).toHaveLength(1);
    expect(ec2Payments.totals).toEqual([250]);
    const feb = await pivot({ rows: ['ServiceName'], period: { from: '2026-02-01', to: '2026-03-01' } });
    expect(feb.totals).toEqual([141.13]);
    const notEc2 = await pivot({ filters: [{ dimension: 'ServiceName', op: 'notIn', values: ['Amazon EC2'] }] });
    expect(notEc2.totals).toEqual([331.38]);
    const febByKey = await pivot({ filters: [{ dimension: 'month', values: ['2026-02'] }] });
    expect(febByKey.totals).toEqual([141.13]);
  });

  it('cuts time by every grain (weeks start on Monday)', async () => {
    const weeks = await pivot({ rows: ['week'], period: { from: '2026-01-26', to: '2026-02-02' } });
    // RDS on Sat 31 Jan (150) and EC2 on Sun 1 Feb (90) fall in the week of Monday 26 January
    expect(table(weeks)).toEqual({ '2026-01-26': [240] });
    const quarters = await pivot({ rows: ['quarter'], columns: ['year'] });
    expect(table(quarters)).toEqual({ '2026-Q1': [671.88, 671.88] });
    const days = await pivot({ rows: ['period'], grain: 'day', period: { from: '2026-02-15', to: '2026-02-17' } });
    // 5.005 + 5.005 = 10.01: the one cent left after the floors goes to the first day in time order
    expect(table(days)).toEqual({ '2026-02-15': [5.01], '2026-02-16': [5] });
    expect(days.totals).toEqual([10.01]);
    const billing = await pivot({ rows: ['billingPeriod'], sort: { by: 'key', direction: 'desc' } });
    expect(Object.keys(table(billing))).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('computes share of the column total and change vs the previous month', async () => {
    const share = await pivot({ rows: ['ServiceName'], measures: ['share'] });
    expect(table(share)['Amazon EC2']![0]).toBeCloseTo(340.5 / 671.881, 12);
    expect(share.totals).toEqual([1]);
    const change = await pivot({ rows: ['ServiceName'], columns: ['month'], measures: ['change'], period: { from: '2026-02-01', to: '2026-04-01' } });
    expect(change.columns.map((c) => (c.total ? 'Total' : c.keys[0]))).toEqual(['2026-02', '2026-03', 'Total']);
    expect(table(change)).toEqual({
      'Amazon EC2': [-0.5, -50, null],
      'Amazon RDS': [-150, 160, null],
      'Amazon S3': [-0.24, -10.01, null],
      'AWS Lambda': [1.11, -1.11, null],
      'Amazon CloudWatch': [0.01, -0.01, null],
    });
    expect(change.totals).toEqual([-149.62, 98.87, null]);
    // the data starts in January 2026: with a period from January there is no December to compare with
    const first = await pivot({ rows: ['ServiceName'], columns: ['month'], measures: ['change'], period: { from: '2026-01-01', to: '2026-03-01' } });
    expect(first.columns.map((c) => (c.total ? 'Total' : c.keys[0]))).toEqual(['2026-01', '2026-02', 'Total']);
    expect(table(first)['Amazon EC2']).toEqual([null, -0.5, null]);
    expect(first.totals).toEqual([null, -149.62, null]);
    const pct = await pivot({ columns: ['month'], measures: ['changePct'] });
    // no period start: January has nothing known before it
    expect(pct.rows[0]!.values[0]).toBeNull();
    expect(pct.rows[0]!.values[1]).toBeCloseTo((141.131 - 290.75) / 290.75, 12);
  });

  it('treats hostile tag keys and values as data', async () => {
    const team = await pivot({ rows: ['tag:Team'] });
    expect(table(team)).toEqual({
      payments: [260.26],
      dba: [160],
      search: [60.51],
      [HOSTILE_TEAM]: [40],
      '': [0],
      '(untagged)': [151.11],
    });
    const unicode = await pivot({ rows: ['tag:Équipe ☃'] });
    expect(table(unicode)).toEqual({ 'naïve': [1.11], '(untagged)': [670.77] });
    const emptyKey = await pivot({ filters: [{ dimension: 'tag:', values: ['empty-key'] }] });
    expect(emptyKey.totals).toEqual([1.11]);
    const quoted = await pivot({ rows: ['tag:Team"x'], filters: [{ dimension: 'tag:Team"x', values: ['quo"te'] }] });
    expect(table(quoted)).toEqual({ 'quo"te': [160] });
    const injected = await pivot({ rows: ["tag:x'] ; DROP TABLE focus; --"], filters: [{ dimension: 'tag:Team', values: [HOSTILE_TEAM] }] });
    expect(table(injected)).toEqual({ '(untagged)': [40] });
    // the table is still there and whole
    expect((await pivot({})).totals).toEqual([671.88]);
  });
});

describe('provider cost columns', () => {
  it('sums x_UnblendedCost like a basis, and shows null (not 0) where no line has it', async () => {
    const u = await tinyOrgWorkspace();
    try {
      await u.ws.db.run(sql`UPDATE focus SET x_UnblendedCost = BilledCost + 1 WHERE ServiceName = 'Amazon EC2'`);
      const r = await run(u.ws.db, { kind: 'pivot', rows: ['ServiceName'], measures: ['x_UnblendedCost', 'BilledCost'] });
      expect(r.source).toBe('focus');
      // EC2 billed 400.5 over 6 lines, +1 each
      expect(table(r)).toEqual({
        'Amazon EC2': [406.5, 400.5],
        'Amazon RDS': [null, 400],
        'Amazon S3': [null, 20.26],
        'AWS Lambda': [null, 1.11],
        'Amazon CloudWatch': [null, 0.01],
      });
      expect(r.totals).toEqual([406.5, 821.88]);
    } finally {
      u.dispose();
    }
  });
});
