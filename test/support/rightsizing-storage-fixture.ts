// Hand-built EBS storage for the rightsizing tests: one bill line a day per volume or snapshot (a
// daily cost a person can multiply, GB-months as AWS bills them: GB × 24 ÷ the month's hours) and
// daily VolumeReadOps / VolumeWriteOps rows in resource_metrics (operations a minute × 1,440).
import { join, sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';
import { ACCOUNT, dayOf, insertHandInstances } from './rightsizing-fixture.ts';

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

export const OTHER_ACCOUNT = '333333333333';

/**
 * The storage of the worked example (core/engines/rightsizing/SPEC.md "Storage still paying"),
 * for a 14-day lookback 2026-03-01 to 03-15 set by other instances' CPU metrics; figures in
 * test/integration/rightsizing-storage.test.ts.
 */
export async function insertStoppedInstanceAndStorage(ws: Workspace): Promise<void> {
  const instanceLike = { cpu: 40, memory: 40, networkPerDay: 5e9 };
  await insertHandInstances(ws, '2026-02-20', 9, [{ id: 'i-stopped', type: 'm5.large', effectiveRate: '0.096', onDemandRate: '0.096', ...instanceLike }]);
  await insertStorageLines(ws, [
    { resourceId: 'vol-unused', usageType: 'EBS:VolumeUsage.gp3', gb: 100, dailyCost: '0.24', from: '2026-03-01', days: 14 },
    { resourceId: 'vol-busy', usageType: 'EBS:VolumeUsage.gp3', gb: 100, dailyCost: '0.24', from: '2026-03-01', days: 14 },
    { resourceId: 'vol-nometrics', usageType: 'EBS:VolumeUsage.gp2', gb: 200, dailyCost: '0.12', from: '2026-03-01', days: 14 },
    { resourceId: 'vol-stopped', usageType: 'EBS:VolumeUsage.gp3', gb: 300, dailyCost: '0.48', from: '2026-02-20', days: 23 },
    { resourceId: 'vol-elsewhere', usageType: 'EBS:VolumeUsage.gp3', gb: 10, dailyCost: '0.024', from: '2026-03-01', days: 14, account: OTHER_ACCOUNT },
    // 2025-12-01 to 2026-03-15 is 31 + 31 + 28 + 14 = 104 days: old. 2026-02-01 to 03-15 is 28 + 14 = 42: not.
    { resourceId: 'arn:aws:ec2:us-east-1:222222222222:snapshot/snap-0old', usageType: 'EBS:SnapshotUsage', gb: 50, dailyCost: '0.12', from: '2025-12-01', days: 104 },
    { resourceId: 'snap-0new', usageType: 'EBS:SnapshotUsage', gb: 50, dailyCost: '0.12', from: '2026-02-01', days: 42 },
  ]);
  await insertVolumeIo(ws, [
    { volumeId: 'vol-unused', from: '2026-03-01', days: 14, opsPerMinute: 0 },
    { volumeId: 'vol-busy', from: '2026-03-01', days: 14, opsPerMinute: 10 },
    // written until 02-28 (its period ends 03-01 00:00, when i-stopped's last hour ends), then nothing
    { volumeId: 'vol-stopped', from: '2026-02-20', days: 23, opsPerMinute: [...Array<number>(9).fill(25), ...Array<number>(14).fill(0)] },
    { volumeId: 'vol-ghost', from: '2026-03-01', days: 14, opsPerMinute: 5 },
  ]);
}
