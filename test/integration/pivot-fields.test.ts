// The field list and the filter-value picker on tiny-org: which columns hold data, which tag keys
// exist (hostile ones included), and the values of a dimension with their cost, honouring the
// spec's period and its other filters. Expected numbers are summed by hand from pivot-fixture.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../core/sql/index.ts';
import { createWorkbench, validateRequest, type WorkbenchApi } from '../../core/api/index.ts';
import { HOSTILE_TEAM, insertLines, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
let api: WorkbenchApi;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
  api = createWorkbench(t.ws);
});
afterAll(() => t.dispose());

const values = (req: unknown) => api.pivotValues(validateRequest('pivotValues', req));

describe('pivotFields', () => {
  it('lists columns with and without data, tag keys by use, the time buckets and the span of the data', async () => {
    const f = await api.pivotFields(validateRequest('pivotFields', {}));
    const col = (name: string) => f.columns.find((c) => c.name === name);
    expect(col('ServiceName')).toEqual({ name: 'ServiceName', type: 'VARCHAR', provider: false, filled: true, fast: true });
    expect(col('ResourceId')).toMatchObject({ filled: false, fast: false });
    expect(col('x_UsageType')).toMatchObject({ provider: true, filled: false });
    expect(col('Tags')).toBeUndefined();
    // Team is on 12 lines (all but RDS in January and Lambda); the others on one line each
    expect(f.tagKeys[0]).toEqual({ key: 'Team', lines: 12 });
    expect(f.tagKeys.slice(1).map((k) => k.key).sort()).toEqual(['', 'Team"x', 'Équipe ☃'].sort());
    expect(f.tagKeys.slice(1).every((k) => k.lines === 1)).toBe(true);
    expect(f.timeBuckets).toEqual(['period', 'day', 'week', 'month', 'quarter', 'year', 'billingPeriod']);
    expect(f.range).toEqual({ first: '2026-01-05', last: '2026-03-15' });
    expect(f.currencies).toEqual(['USD']);
    expect(f.lines).toBe(14);
    expect(f.bases).toEqual(['Billed', 'Effective', 'List', 'Contracted']);
  });

  it('sees lines added since it was last asked', async () => {
    const before = await api.pivotFields({});
    await insertLines(t.ws, [['2026-04-01 00:00:00', 'Amazon EC2', 'prod', 'us-east-1', '1', '1', '1', '1', '1', 'Usage', { CostCentre: 'cc-1' }]]);
    const after = await api.pivotFields({});
    expect(before.tagKeys.map((k) => k.key)).not.toContain('CostCentre');
    expect(after.tagKeys).toContainEqual({ key: 'CostCentre', lines: 1 });
    expect(after.range?.last).toBe('2026-04-01');
    await t.ws.db.run(sql`DELETE FROM focus WHERE "ChargePeriodStart" = TIMESTAMP '2026-04-01 00:00:00'`);
  });
});

describe('pivotValues', () => {
  it('gives each service with its effective cost, biggest first, over the spec period', async () => {
    const r = await values({ spec: { kind: 'pivot', period: { from: '2026-01-01', to: '2026-04-01' } }, dimension: 'ServiceName' });
    expect(r.values).toEqual([
      { key: 'Amazon EC2', label: 'Amazon EC2', cost: 340.5, lines: 6 },
      { key: 'Amazon RDS', label: 'Amazon RDS', cost: 310, lines: 2 },
      { key: 'Amazon S3', label: 'Amazon S3', cost: 20.26, lines: 3 },
      { key: 'AWS Lambda', label: 'AWS Lambda', cost: 1.11, lines: 1 },
      { key: 'Amazon CloudWatch', label: 'Amazon CloudWatch', cost: 0.01, lines: 2 },
    ]);
    expect(r.truncated).toBe(false);
  });

  it('applies the other filters but not its own, searches, limits, and names a missing tag "(untagged)"', async () => {
    const spec = { kind: 'pivot', basis: 'Billed', filters: [{ dimension: 'SubAccountName', values: ['dev'] }, { dimension: 'ServiceName', values: ['Amazon S3'] }] };
    // dev, billed: EC2 50.50 + 40 = 90.50; S3 5.005 × 2 = 10.01; CloudWatch 0.005 → 0.01 (half away from zero)
    const r = await values({ spec, dimension: 'ServiceName' });
    expect(r.values.map((v) => [v.key, v.cost])).toEqual([['Amazon EC2', 90.5], ['Amazon S3', 10.01], ['Amazon CloudWatch', 0.01]]);
    const searched = await values({ spec, dimension: 'ServiceName', search: 's3' });
    expect(searched.values.map((v) => v.key)).toEqual(['Amazon S3']);
    const limited = await values({ spec, dimension: 'ServiceName', limit: 2 });
    expect(limited.values).toHaveLength(2);
    expect(limited.truncated).toBe(true);
    // Team tag over all lines, effective: payments 80+10.25+90+0.005+100-20 = 260.255 → 260.26; untagged RDS 150 + Lambda 1.111
    const team = await values({ spec: { kind: 'pivot' }, dimension: 'tag:Team' });
    expect(team.values.find((v) => v.key === 'payments')).toEqual({ key: 'payments', label: 'payments', cost: 260.26, lines: 6 });
    expect(team.values.find((v) => v.key === null)).toEqual({ key: null, label: '(untagged)', cost: 151.11, lines: 2 });
    expect(team.values.find((v) => v.key === HOSTILE_TEAM)?.cost).toBe(40);
  });

  it('prints time buckets as pivot keys and refuses unknown columns', async () => {
    const months = await values({ spec: { kind: 'pivot' }, dimension: 'month' });
    expect(months.values.map((v) => [v.key, v.cost]).sort()).toEqual([['2026-01', 290.75], ['2026-02', 141.13], ['2026-03', 240]]);
    await expect(values({ spec: { kind: 'pivot' }, dimension: 'Service' })).rejects.toMatchObject({ code: 'PIVOT_UNKNOWN_COLUMN' });
  });
});
