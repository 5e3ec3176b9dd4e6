// Hand-built instances for the rightsizing tests: a day's instance-hours in the focus table (one
// line of 24 hours a day, at a rate a person can multiply) and daily CloudWatch-style metric rows
// in resource_metrics (max, average, samples of 1,440 minutes), as the generator's files give them.
import { join, sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';

export const ACCOUNT = '222222222222';
const MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;

export interface HandInstance {
  id: string;
  type: string;
  /** USD per hour the user pays (EffectiveCost ÷ hours). */
  effectiveRate: string;
  /** Public on-demand USD per hour (ListCost ÷ hours). */
  onDemandRate: string;
  commitment?: 'Savings Plan' | 'Reserved Instances (RI)';
  region?: string;
  /** CPU maximum of each day (a number: the same every day). */
  cpu?: number | number[];
  memory?: number;
  /** Network bytes a day, in and out each. */
  networkPerDay?: number;
  /** No bill lines (metrics only). */
  unbilled?: boolean;
}

export const dayOf = (from: string, i: number): string => new Date(Date.parse(`${from}T00:00:00Z`) + i * MS_PER_DAY).toISOString().slice(0, 10);

export async function insertHandInstances(ws: Workspace, from: string, days: number, instances: readonly HandInstance[]): Promise<void> {
  const bill = [];
  const metrics = [];
  for (const x of instances) {
    const region = x.region ?? 'us-east-1';
    for (let i = 0; i < days; i++) {
      const start = `${dayOf(from, i)} 00:00:00`;
      if (!x.unbilled) {
        bill.push(sql`(CAST(${start} AS TIMESTAMP), CAST(${start} AS TIMESTAMP) + INTERVAL 1 DAY, date_trunc('month', CAST(${start} AS TIMESTAMP)),
          date_trunc('month', CAST(${start} AS TIMESTAMP)) + INTERVAL 1 MONTH, 'AWS', '111111111111', 'USD', ${ACCOUNT}, 'prod', 'Amazon Elastic Compute Cloud', 'AmazonEC2',
          ${region}, ${`BoxUsage:${x.type}`}, ${x.type}, ${x.id}, 'Usage', 'Usage-Based', 24, 'Hrs',
          CAST(${x.effectiveRate} AS DECIMAL(38, 12)) * 24, CAST(${x.onDemandRate} AS DECIMAL(38, 12)) * 24, ${x.commitment ?? null}, 1)`);
      }
      const cpu = Array.isArray(x.cpu) ? x.cpu[i] : x.cpu;
      const row = (metric: string, unit: string, max: number, perDay: number | null) =>
        sql`(1, ${x.id}, ${ACCOUNT}, ${region}, 'AWS/EC2', ${metric}, CAST(${start} AS TIMESTAMP), 86400, ${max}, ${perDay === null ? max / 2 : perDay / MINUTES_PER_DAY}, 0, ${MINUTES_PER_DAY}, ${unit})`;
      if (cpu !== undefined) metrics.push(row('CPUUtilization', 'Percent', cpu, null));
      if (x.memory !== undefined) metrics.push(row('mem_used_percent', 'Percent', x.memory, null));
      if (x.networkPerDay !== undefined) {
        metrics.push(row('NetworkIn', 'Bytes', x.networkPerDay / 100, x.networkPerDay));
        metrics.push(row('NetworkOut', 'Bytes', x.networkPerDay / 100, x.networkPerDay));
      }
    }
  }
  if (bill.length) {
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName", "BillingAccountId",
      "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "x_ServiceCode", "RegionId", "x_UsageType", "x_InstanceType", "ResourceId", "ChargeCategory",
      "ChargeFrequency", "ConsumedQuantity", "PricingUnit", "EffectiveCost", "ListCost", "CommitmentDiscountType", "x_ImportId") VALUES ${join(bill)}`);
  }
  if (metrics.length) {
    await ws.db.run(sql`INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds,
      maximum, average, minimum, sample_count, unit) VALUES ${join(metrics)}`);
  }
}

/**
 * The instances of the method's worked examples (core/engines/rightsizing/SPEC.md), 14 days from
 * 2026-03-01; their figures are worked out in test/integration/rightsizing-engine.test.ts.
 */
export const HAND_INSTANCES: readonly HandInstance[] = [
  // m5.2xlarge (8 vCPU, 32 GiB) at 15% CPU and 18% memory: needs 1.2 vCPU and 5.76 GiB; m5.large
  // keeps 2 × 0.8 = 1.6 vCPU and 8 × 0.8 = 6.4 GiB: it fits.
  { id: 'i-ondemand', type: 'm5.2xlarge', effectiveRate: '0.384', onDemandRate: '0.384', cpu: 15, memory: 18, networkPerDay: 5e9 },
  // The same, covered by a Savings Plan at 40% off: 0.2304/h.
  { id: 'i-sp', type: 'm5.2xlarge', effectiveRate: '0.2304', onDemandRate: '0.384', commitment: 'Savings Plan', cpu: 15, memory: 18, networkPerDay: 5e9 },
  // t3.medium whose CPU never passes 0.8% and moves 1 MB in + 1 MB out a day: idle.
  { id: 'i-idle', type: 't3.medium', effectiveRate: '0.0416', onDemandRate: '0.0416', cpu: 0.8, memory: 5, networkPerDay: 1e6 },
  // m5.4xlarge (16 vCPU) at 5% on 13 days and 30% on one; memory 10% (6.4 GiB).
  { id: 'i-spiky', type: 'm5.4xlarge', effectiveRate: '0.768', onDemandRate: '0.768', cpu: [5, 5, 5, 5, 5, 5, 30, 5, 5, 5, 5, 5, 5, 5], memory: 10, networkPerDay: 5e9 },
  // m5.xlarge at 50%: needs 2 vCPU, m5.large keeps 1.6; right-sized. m7g.large is in the bill at
  // 0.0816/h, so m7g.xlarge costs 0.0816 ÷ 4 × 8 = 0.1632/h on demand.
  { id: 'i-modern', type: 'm5.xlarge', effectiveRate: '0.192', onDemandRate: '0.192', cpu: 50, memory: 50, networkPerDay: 5e9 },
  // m7g.large at 70%: right-sized, no newer generation priced in the bill.
  { id: 'i-graviton', type: 'm7g.large', effectiveRate: '0.0816', onDemandRate: '0.0816', cpu: 70, memory: 60, networkPerDay: 5e9 },
  { id: 'i-nometrics', type: 'm5.large', effectiveRate: '0.096', onDemandRate: '0.096' },
  { id: 'i-unbilled', type: 'm5.large', effectiveRate: '0', onDemandRate: '0', cpu: 3, unbilled: true },
];
