// Hand-built EBS storage for the rightsizing tests: one bill line a day per volume or snapshot (a
// daily cost a person can multiply, GB-months as AWS bills them: GB × 24 ÷ the month's hours) and
// daily VolumeReadOps / VolumeWriteOps rows in resource_metrics (operations a minute × 1,440).
import { join, sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';
import { ACCOUNT, dayOf } from './rightsizing-fixture.ts';

const MINUTES_PER_DAY = 1440;

export interface HandStorage {
  /** vol-…, or a snapshot's ResourceId (its ARN, as AWS bills it, or a bare snap- id). */
  resourceId: string;
  usageType: string;
  gb: number;
  /** EffectiveCost (and ListCost) of each day's line. */
  dailyCost: string;
  from: string;
  days: number;
  account?: string;
  zone?: string;
}

export async function insertStorageLines(ws: Workspace, items: readonly HandStorage[]): Promise<void> {
  const rows = [];
  for (const x of items) {
    for (let i = 0; i < x.days; i++) {
      const start = sql`CAST(${`${dayOf(x.from, i)} 00:00:00`} AS TIMESTAMP)`;
      const month = sql`date_trunc('month', ${start})`;
      rows.push(sql`(${start}, ${start} + INTERVAL 1 DAY, ${month}, ${month} + INTERVAL 1 MONTH, 'AWS', '111111111111', 'USD', ${x.account ?? ACCOUNT}, 'prod',
        'Amazon Elastic Compute Cloud', 'AmazonEC2', 'us-east-1', ${x.zone ?? 'us-east-1a'}, ${x.usageType}, ${x.resourceId}, 'Usage', 'Usage-Based',
        CAST(${x.gb} * 24 / date_diff('hour', ${month}, ${month} + INTERVAL 1 MONTH) AS DECIMAL(38, 12)), 'GB-Mo',
        CAST(${x.dailyCost} AS DECIMAL(38, 12)), CAST(${x.dailyCost} AS DECIMAL(38, 12)), 1)`);
    }
  }
  await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName", "BillingAccountId",
    "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "x_ServiceCode", "RegionId", "AvailabilityZone", "x_UsageType", "ResourceId", "ChargeCategory",
    "ChargeFrequency", "ConsumedQuantity", "PricingUnit", "EffectiveCost", "ListCost", "x_ImportId") VALUES ${join(rows)}`);
}

export interface HandVolumeIo {
  volumeId: string;
  from: string;
  /** Read and write operations a minute on each day (a number: the same every day). */
  opsPerMinute: number[] | number;
  days: number;
  account?: string | null;
}

export async function insertVolumeIo(ws: Workspace, volumes: readonly HandVolumeIo[]): Promise<void> {
  const rows = [];
  for (const v of volumes) {
    for (let i = 0; i < v.days; i++) {
      const ops = Array.isArray(v.opsPerMinute) ? v.opsPerMinute[i]! : v.opsPerMinute;
      for (const metric of ['VolumeReadOps', 'VolumeWriteOps']) {
        rows.push(sql`(1, ${v.volumeId}, ${v.account === undefined ? ACCOUNT : v.account}, 'us-east-1', 'AWS/EBS', ${metric}, CAST(${`${dayOf(v.from, i)} 00:00:00`} AS TIMESTAMP), 86400,
          ${ops * 2}, ${ops}, 0, ${MINUTES_PER_DAY}, 'Count')`);
      }
    }
  }
  await ws.db.run(sql`INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds,
    maximum, average, minimum, sample_count, unit) VALUES ${join(rows)}`);
}
