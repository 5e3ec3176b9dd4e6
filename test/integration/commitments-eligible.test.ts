// Eligible spend per commitment type and scope, hour by hour (issue 16, item 2), and the status on
// the real FOCUS sample. Figures by hand: the hand-built export's hours are listed in
// commitments-status.test.ts; the sample's rows were read off ../shared/data/focus-sample-1.0.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { FIXTURES, openTestWorkspace, SHARED_DATA, type TestWorkspace } from '../support/workspace.ts';

const eligible = (t: TestWorkspace, spec: Record<string, unknown>) => t.api.commitmentsEligible(validateRequest('commitmentsEligible', { spec }));
const status = (t: TestWorkspace, spec: Record<string, unknown>) => t.api.commitmentsStatus(validateRequest('commitmentsStatus', { spec }));

describe('eligible spend on the hand-built FOCUS export', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'focus', 'commitments-status.csv')] });
  });
  afterAll(() => t.close());

  it('pools: Compute SP over EC2, Fargate and Lambda; EC2 Instance SP by family and region; RIs by family (Linux) or type (RDS)', async () => {
    const r = await eligible(t, { kind: 'commitments-eligible' });
    expect(r.approximate).toBe(false);
    expect(r.pools.map((p) => [p.type, p.region, p.instance, p.service, p.eligible, p.covered, p.hours])).toEqual([
      // 0.751 + 1.855 + 1.25; covered 0.585 + 1.495 + 1.25
      ['ComputeSavingsPlan', null, null, null, 3.856, 3.33, 3],
      // i-1 0.50 + 1.25 + 0.30 + 1.25 and i-3 0.16; c5 2 × 0.085; r5 0.126
      ['EC2InstanceSavingsPlan', 'us-east-1', 'm5', null, 3.46, 3.16, 3],
      ['EC2InstanceSavingsPlan', 'us-east-1', 'c5', null, 0.17, 0.17, 2],
      ['EC2InstanceSavingsPlan', 'us-east-1', 'r5', null, 0.126, 0, 1],
      ['ReservedInstance', 'us-east-1', 'm5', 'Amazon Elastic Compute Cloud', 3.46, 3.16, 3],
      ['ReservedInstance', 'us-east-1', 'db.r6g.large', 'Amazon Relational Database Service', 0.2, 0, 1],
      ['ReservedInstance', 'us-east-1', 'c5', 'Amazon Elastic Compute Cloud', 0.17, 0.17, 2],
      ['ReservedInstance', 'us-east-1', 'r5', 'Amazon Elastic Compute Cloud', 0.126, 0, 1],
    ]);
    expect(r.pools[0]!.series).toBeUndefined();
  });

  it('hour by hour on request', async () => {
    const r = await eligible(t, { kind: 'commitments-eligible', includeHours: true });
    const compute = r.pools.find((p) => p.type === 'ComputeSavingsPlan')!;
    // 22:00 sp-a 0.50 + ri-b 0.085 + r5 0.126 + Fargate 0.04; 23:00 sp-a 1.25 + 0.30 + ri-b 0.085 + sp-c 0.16 + Lambda 0.06
    expect(compute.series!.map((h) => [h.hour, h.eligible, h.covered])).toEqual([
      ['2025-11-30T22:00:00Z', expect.closeTo(0.751, 12), expect.closeTo(0.585, 12)],
      ['2025-11-30T23:00:00Z', expect.closeTo(1.855, 12), expect.closeTo(1.495, 12)],
      ['2025-12-01T00:00:00Z', 1.25, 1.25],
    ]);
  });
});

describe('eligible spend from daily rows', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    // one day of m5.large on demand (2.40) and one hour of Lambda duration (0.06)
    const header = 'BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeFrequency,BilledCost,EffectiveCost,ListCost,ContractedCost,PricingCategory,ProviderName,PublisherName,InvoiceIssuerName,RegionId,ServiceName,ServiceCategory,SubAccountId,x_UsageType,x_Operation';
    const rows = [
      '111111111111,USD,2025-11-01T00:00:00Z,2025-12-01T00:00:00Z,2025-11-05T00:00:00Z,2025-11-06T00:00:00Z,Usage,Usage-Based,2.40,2.40,2.40,2.40,Standard,AWS,AWS,AWS,us-east-1,Amazon Elastic Compute Cloud,Compute,222222222222,USE1-BoxUsage:m5.large,RunInstances',
      '111111111111,USD,2025-11-01T00:00:00Z,2025-12-01T00:00:00Z,2025-11-05T10:00:00Z,2025-11-05T11:00:00Z,Usage,Usage-Based,0.06,0.06,0.06,0.06,Standard,AWS,AWS,AWS,us-east-1,AWS Lambda,Compute,222222222222,USE1-Lambda-GB-Second,Invoke',
    ];
    const file = join(t.dir, 'daily.csv');
    writeFileSync(file, [header, ...rows].join('\n') + '\n');
    await t.api.ingest({ paths: [file] });
  });
  afterAll(() => t.close());

  it('spreads a day over its 24 hours and says the result is approximate', async () => {
    const r = await eligible(t, { kind: 'commitments-eligible', includeHours: true });
    expect(r.approximate).toBe(true);
    expect(r.approximateShare).toBeCloseTo(2.4 / 2.46, 12);
    const compute = r.pools.find((p) => p.type === 'ComputeSavingsPlan')!;
    expect([compute.eligible, compute.hours]).toEqual([2.46, 24]);
    // 2.40 / 24 = 0.10 an hour, plus the Lambda hour at 10:00
    expect(compute.series!.filter((h) => h.hour === '2025-11-05T10:00:00Z' || h.hour === '2025-11-05T23:00:00Z').map((h) => [h.hour, h.eligible])).toEqual([
      ['2025-11-05T10:00:00Z', expect.closeTo(0.16, 12)],
      ['2025-11-05T23:00:00Z', expect.closeTo(0.1, 12)],
    ]);
  });
});

// The real FOCUS 1.0 sample: two AWS Savings Plans with four covered rows, no fee and no unused
// rows, and effective costs anonymized to 0. Covered on demand: 493f… t2.medium 0.0464;
// 3798… t3.micro 0.0112 + c5.large 0.085 + Fargate memory 0.0000790222. Eligible (EC2 "On Demand
// … Instance Hour" and Fargate rows, by their descriptions: the sample has no usage types) 37 rows,
// ListCost 17.3172032862, of which 0.1426790222 covered.
describe('commitments status on the real FOCUS sample', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv')] });
  });
  afterAll(() => t.close());

  it('lists both plans, says their utilization is unknown, and measures coverage', async () => {
    const r = await status(t, { kind: 'commitments-status' });
    expect(r.commitments.map((c) => [c.id.slice(-12), c.type, c.category, c.onDemandEquivalent, c.committed, c.utilization, c.netSavings])).toEqual([
      ['e524c80342a2', 'SavingsPlan', 'Spend', 0.096279, 0, null, null],
      ['ee9a66fa6d3f', 'SavingsPlan', 'Spend', 0.0464, 0, null, null],
    ]);
    expect(r.notices).toEqual([expect.stringMatching(/^2 commitments have no commitment cost in the data .* utilization is unknown/)]);
    expect(r.totals).toMatchObject({ eligible: 17.317203, covered: 0.142679 });
    expect(r.coverage).toBeCloseTo(0.1426790222 / 17.3172032862, 12);
    expect(r.utilization).toBeNull();
  });
});
