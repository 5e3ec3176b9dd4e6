// RDS DB instances (core/engines/rightsizing/SPEC.md "RDS DB instances") from a hand-written legacy
// CUR and a CloudWatch Metric Streams file (test/fixtures/rightsizing: 14 days, 2026-03-01 to
// 03-14, one daily record a metric), ingested as a user would. Every expected number is worked
// out by hand below; 730 hours make a month; p95, headroom 20%.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, run, type Recommendation, type RightsizeResult } from '../../core/engines/rightsizing/index.ts';
import { sql } from '../../core/sql/index.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const DIR = join(FIXTURES, 'rightsizing');
let t: TestWorkspace;
let result: RightsizeResult;
let metricsWarnings: string[];
const rec = (id: string): Recommendation | undefined => result.recommendations.find((r) => r.resourceId === id);

beforeAll(async () => {
  t = await openTestWorkspace();
  await t.api.ingest({ paths: [join(DIR, 'rds-bill.csv')] });
  metricsWarnings = (await t.api.ingest({ paths: [join(DIR, 'rds-metrics.json')] })).files[0]?.warnings ?? [];
  result = await run(t.ws.db, { kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20 });
});
afterAll(() => t?.close());

describe('ingest of AWS/RDS metrics', () => {
  it('keys them by DBInstanceIdentifier, which the bill\'s DB ARNs end with, and keeps FreeableMemory in Bytes', async () => {
    expect(metricsWarnings).toEqual([]);
    const units = await t.ws.db.all(sql`SELECT DISTINCT metric, namespace, unit FROM resource_metrics WHERE resource_id = 'orders-db' ORDER BY metric`);
    expect(units).toEqual([
      { metric: 'CPUUtilization', namespace: 'AWS/RDS', unit: 'Percent' },
      { metric: 'DatabaseConnections', namespace: 'AWS/RDS', unit: 'Count' },
      { metric: 'FreeableMemory', namespace: 'AWS/RDS', unit: 'Bytes' },
    ]);
  });
});

describe('an oversized Multi-AZ DB instance', () => {
  it('is downsized within db.r5 on CPU and FreeableMemory, at the Multi-AZ rate the bill charges, and stays Multi-AZ', () => {
    const r = rec('orders-db')!;
    // db.r5.2xlarge: 8 vCPU, 64 GiB. CPU peaks at 10% every day: 0.8 vCPU. FreeableMemory's daily
    // minima are 44 GiB on 13 days and 40 GiB on one: used memory at p95 is read at the 5th
    // percentile of free, rank 0.05 × 13 = 0.65 → 40 + 0.65 × 4 = 42.6 GiB free, 21.4 GiB used
    // (21.4 ÷ 64 = 33.4375%). db.r5.large keeps 16 × 0.8 = 12.8 GiB: too little; db.r5.xlarge keeps
    // 4 × 0.8 = 3.2 vCPU and 32 × 0.8 = 25.6 GiB: it fits.
    expect(r).toMatchObject({ action: 'downsize', currentType: 'db.r5.2xlarge', recommendedType: 'db.r5.xlarge', needsTesting: false, accountId: '222222222222', region: 'us-east-1' });
    // Multi-AZ at 2.000/h (twice Single-AZ's 1.000): 2.000 × 730 = 1,460.00 a month; xlarge is 8 of
    // 2xlarge's 16 units: 1,460 × 8/16 = 730.00 saved (Multi-AZ kept: the standby shrinks too).
    expect(r.monthlyCost).toBe(1460);
    expect(r.monthlySavings).toBe(730);
    expect(r.price).toEqual({ source: 'bill' });
    // 14 days, memory measured; the peak (0.8 vCPU, 64 − 40 = 24 GiB) fits xlarge's 4 vCPU and 32 GiB: low risk.
    expect(r.risk).toBe('low');
    expect(r.evidence).toMatchObject({ days: 14, cpu: 10, cpuMax: 10, networkBytesPerDay: null, vcpu: { current: 8, target: 4 }, memoryGiB: { current: 64, target: 32 } });
    expect(r.evidence.memory).toBeCloseTo(33.4375, 9);
    expect(r.evidence.database).toEqual({ arn: 'arn:aws:rds:us-east-1:222222222222:db:orders-db', engine: 'PostgreSQL', multiAZ: true, connectionsMax: 40 });
  });
});

describe('right-sized DB instances', () => {
  it('get no advice when no newer class is priced for their engine: db.m5.large is the smallest db.m5 RDS sells', () => {
    // 60% of 2 vCPU = 1.2 ≤ 1.6 usable; 8 − 3 = 5 GiB used ≤ 6.4. The bill prices db.m6g.large for
    // PostgreSQL only (0.152/h, graviton-db); reports-db runs MySQL, whose licence-free rate may
    // differ: no newer generation is priced for it.
    expect(rec('reports-db')).toBeUndefined();
    // graviton-db: db.m6g.large at 70% (1.4 of 1.6 vCPU) and 6 of 6.4 GiB; no db.m7g/m8g rate.
    expect(rec('graviton-db')).toBeUndefined();
  });

  it('may move to Graviton of the same size, priced from the bill\'s on-demand rate for the same engine and deployment, needs testing', () => {
    const r = rec('search-db')!;
    // db.m5.xlarge at 50% of 4 vCPU = 2 > db.m5.large's 1.6: right-sized. db.m6g.xlarge for
    // PostgreSQL Single-AZ = 0.152 ÷ 4 × 8 = 0.304/h against 0.356/h: 0.356 × 730 = 259.88 a month,
    // (0.356 − 0.304) × 730 = 37.96 saved (14.6%, over the 5% a migration must save). arm64: high risk.
    expect(r).toMatchObject({ action: 'modernize', currentType: 'db.m5.xlarge', recommendedType: 'db.m6g.xlarge', needsTesting: true, monthlyCost: 259.88, monthlySavings: 37.96, risk: 'high', price: { source: 'on-demand' } });
    expect(r.evidence.database).toMatchObject({ engine: 'PostgreSQL', multiAZ: false });
  });
});

describe('an idle DB instance', () => {
  it('is terminated when its CPU stays at or under 1% and nobody connects', () => {
    const r = rec('old-db')!;
    // 0.072 × 730 = 52.56 a month, all saved.
    expect(r).toMatchObject({ action: 'terminate', currentType: 'db.t3.medium', recommendedType: null, monthlyCost: 52.56, monthlySavings: 52.56, risk: 'low' });
    expect(r.evidence.database).toEqual({ arn: 'arn:aws:rds:us-east-1:222222222222:db:old-db', engine: 'PostgreSQL', multiAZ: false, connectionsMax: 0 });
  });
});

describe('what cannot be priced', () => {
  it('says so instead of inventing a price', () => {
    expect(rec('free-db')).toBeUndefined();
    expect(result.warnings).toEqual([
      '1 DB instance had no cost in the bill (EffectiveCost and ListCost 0: free tier, or a bill without prices) and was not assessed (free-db): no price, so no savings can be said.',
    ]);
  });

  it('adds up the summary: 730.00 + 52.56 + 37.96', () => {
    expect(result.summary).toEqual({
      count: 3,
      monthlySavings: 820.52,
      byAction: { downsize: { count: 1, monthlySavings: 730 }, terminate: { count: 1, monthlySavings: 52.56 }, modernize: { count: 1, monthlySavings: 37.96 } },
    });
  });
});

describe('the detail of a DB instance (rightsizeDetail, SPEC.md "One resource")', () => {
  const SPEC = { kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20 } as const;

  it('gives every DB instance\'s recommendation exactly as the list does, by its DBInstanceIdentifier', async () => {
    const databases = result.recommendations.filter((r) => r.evidence.database);
    expect(databases.map((r) => r.resourceId)).toEqual(['orders-db', 'old-db', 'search-db']);
    for (const r of databases) expect(await detail(t.ws.db, r.resourceId, SPEC)).toMatchObject({ kind: 'database', recommendation: r, note: null, bill: null });
  });

  it('says why the right-sized and the unpriced ones get no advice', async () => {
    const rightSized = 'No change advised: the DB instance is the smallest class of its family that fits, and no cheaper newer generation is priced in the bill for its engine and deployment.';
    expect(await detail(t.ws.db, 'reports-db', SPEC)).toMatchObject({ kind: 'database', recommendation: null, note: rightSized });
    expect(await detail(t.ws.db, 'graviton-db', SPEC)).toMatchObject({ kind: 'database', recommendation: null, note: rightSized });
    expect((await detail(t.ws.db, 'free-db', SPEC)).note).toBe('Not assessed: it had no cost in the bill (EffectiveCost and ListCost 0: free tier, or a bill without prices), so no savings can be said.');
  });

  it('draws CPU and the memory used (the class\'s memory less FreeableMemory) as percents for the chart', async () => {
    const d = await detail(t.ws.db, 'orders-db', SPEC);
    expect(d.periodSeconds).toBe(86400);
    expect(d.series.CPUUtilization).toHaveLength(14);
    expect(d.series.CPUUtilization![0]).toEqual({ t: '2026-03-01T00:00:00Z', max: 10, avg: 5 });
    // db.r5.2xlarge has 64 GiB. Free at least 44 GiB (40 on 03-07), 46 on average: the most used is
    // 64 − 44 = 20 GiB = 31.25% (24 GiB = 37.5% on 03-07), on average 18 GiB = 28.125%.
    const memory = d.series.mem_used_percent!;
    expect(memory).toHaveLength(14);
    expect(memory[0]).toEqual({ t: '2026-03-01T00:00:00Z', max: 31.25, avg: 28.125 });
    expect(memory[6]).toEqual({ t: '2026-03-07T00:00:00Z', max: 37.5, avg: 28.125 });
    expect(d.series.FreeableMemory).toBeUndefined();
  });
});
