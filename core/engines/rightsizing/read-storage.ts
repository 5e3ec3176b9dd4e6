// SPEC.md "Storage still paying", its inputs: the bill's window (the lookback, or the bill's last
// lookback days when it ends first), EBS volumes and snapshots billed in it, instances whose
// instance-hours ended before it, and the EBS volume metrics. Each a GROUP BY; a few rows per
// resource leave DuckDB.
import { empty, join, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { EBS_SNAPSHOT_USAGE, EBS_VOLUME_LINES, EBS_VOLUME_USAGE, EbsMetric, OWNER_TAG_KEYS } from './constants.ts';
import { INSTANCE_USAGE, scopeSql } from './read-bill.ts';
import { timestampParam, type Window } from './read-metrics.ts';
import type { RightsizeSpec } from './spec.ts';

const MS_PER_DAY = 86_400_000;
const ID_SEPARATOR = '\u001f';

/** A DuckDB TIMESTAMP read as VARCHAR ('2026-03-01 00:00:00') → Date (UTC). */
export const utc = (v: unknown): Date => new Date(`${String(v).replace(' ', 'T')}Z`);
const ts = (d: Date) => sql`CAST(${timestampParam(d)} AS TIMESTAMP)`;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The lookback over the bill: the metrics' window, moved back to the bill's end when the bill ends first. */
export async function readBillWindow(db: Db, window: Window): Promise<Window> {
  const end = await db.value(sql`SELECT CAST(max(ChargePeriodEnd) AS VARCHAR) FROM focus WHERE ChargePeriodStart < ${ts(window.to)}`);
  if (typeof end !== 'string') return window;
  const billEnd = utc(end);
  if (billEnd >= window.to) return window;
  return { ...window, from: new Date(billEnd.getTime() - (window.to.getTime() - window.from.getTime())), to: billEnd };
}

/**
 * What rightsizeDetail narrows a storage reader to: one account (a volume's finding depends on its
 * account's EBS metrics and stopped instances, nothing wider) or one resource. Values bound.
 */
export interface Only {
  accountId?: string;
  resourceId?: string;
}
/** The bill's lines of `only` (focus columns). */
export function onlyBillSql(only: Only | undefined): SqlQuery {
  const parts: SqlQuery[] = [];
  if (only?.accountId !== undefined) parts.push(sql` AND SubAccountId = ${only.accountId}`);
  if (only?.resourceId !== undefined) parts.push(sql` AND ResourceId = ${only.resourceId}`);
  return parts.length ? join(parts, '') : empty;
}

/** What a storage resource costs in the bill window, and where it is. */
export interface BilledStorage {
  id: string;
  accountId: string;
  accountName: string | null;
  region: string | null;
  zone: string | null;
  owner: string | null;
  /** gp3, gp2, io1…: the usage type after its last dot ('standard' for magnetic). */
  volumeType: string;
  effectiveCost: number;
  listCost: number;
  /** Hours the size lines cover in the window. */
  hours: number;
  sizeGB: number | null;
  /** Snapshots: the first line in the whole bill. */
  firstBilled: Date | null;
}

const owner = () => join(OWNER_TAG_KEYS.map((k) => sql`Tags[${k}]`));
const lineSeconds = sql`date_diff('second', ChargePeriodStart, ChargePeriodEnd)`;
/** A line's GB-months × the hours of its month = GB × its hours: sizes from GB-month quantities. */
const gbHours = sql`ConsumedQuantity * date_diff('hour', date_trunc('month', ChargePeriodStart), date_trunc('month', ChargePeriodStart) + INTERVAL 1 MONTH)`;

function toStorage(r: Record<string, unknown>): BilledStorage {
  const hours = num(r.seconds) / 3600;
  return {
    id: String(r.id),
    accountId: String(r.account),
    accountName: str(r.account_name),
    region: str(r.region),
    zone: str(r.zone),
    owner: str(r.owner),
    volumeType: String(r.usage_type ?? '').split('.').pop() || 'standard',
    effectiveCost: num(r.effective),
    listCost: num(r.list),
    hours,
    sizeGB: hours > 0 && r.gb_hours !== null ? Math.round((num(r.gb_hours) / (hours)) * 100) / 100 : null,
    firstBilled: r.first ? utc(r.first) : null,
  };
}

/** EBS volumes (vol- ids) with lines in the bill window. */
export async function readBilledVolumes(db: Db, spec: RightsizeSpec, bill: Window, only?: Only): Promise<Map<string, BilledStorage>> {
  const size = sql`contains(x_UsageType, ${EBS_VOLUME_USAGE})`;
  const rows = await db.all(sql`
    SELECT ResourceId AS id, any_value(SubAccountId) AS account, any_value(SubAccountName) AS account_name, any_value(RegionId) AS region,
      any_value(AvailabilityZone) AS zone, any_value(coalesce(${owner()})) AS owner,
      arg_max(x_UsageType, ChargePeriodStart) FILTER (${size}) AS usage_type,
      CAST(sum(EffectiveCost) AS DOUBLE) AS effective, CAST(sum(ListCost) AS DOUBLE) AS list,
      CAST(sum(${lineSeconds}) FILTER (${size}) AS DOUBLE) AS seconds, CAST(sum(${gbHours}) FILTER (${size}) AS DOUBLE) AS gb_hours, NULL AS first
    FROM focus
    WHERE ChargeCategory = 'Usage' AND starts_with(ResourceId, 'vol-') AND contains(x_UsageType, ${EBS_VOLUME_LINES})${scopeSql(spec)}${onlyBillSql(only)}
      AND ChargePeriodStart >= ${ts(bill.from)} AND ChargePeriodStart < ${ts(bill.to)}
    GROUP BY ResourceId`);
  return new Map(rows.map((r) => [String(r.id), toStorage(r)]));
}

export const SNAPSHOT_ID = sql`regexp_extract(ResourceId, 'snap-[0-9A-Za-z]+')`;

/** EBS snapshots with lines in the bill window, by their snap- id (AWS bills them on the snapshot's ARN); `snapshotId`: that one only. */
export async function readBilledSnapshots(db: Db, spec: RightsizeSpec, bill: Window, snapshotId?: string): Promise<BilledStorage[]> {
  const inWindow = sql`ChargePeriodStart >= ${ts(bill.from)}`;
  const one = snapshotId === undefined ? empty : sql` AND contains(ResourceId, ${snapshotId}) AND ${SNAPSHOT_ID} = ${snapshotId}`;
  const rows = await db.all(sql`
    WITH lines AS (
      SELECT *, ${SNAPSHOT_ID} AS snap FROM focus
      WHERE ChargeCategory = 'Usage' AND contains(x_UsageType, ${EBS_SNAPSHOT_USAGE})${scopeSql(spec)}${one} AND ChargePeriodStart < ${ts(bill.to)})
    SELECT snap AS id, any_value(SubAccountId) AS account, any_value(SubAccountName) AS account_name, any_value(RegionId) AS region, NULL AS zone,
      any_value(coalesce(${owner()})) AS owner, any_value(x_UsageType) AS usage_type,
      CAST(sum(EffectiveCost) FILTER (${inWindow}) AS DOUBLE) AS effective, CAST(sum(ListCost) FILTER (${inWindow}) AS DOUBLE) AS list,
      CAST(sum(${lineSeconds}) FILTER (${inWindow}) AS DOUBLE) AS seconds, CAST(sum(${gbHours}) FILTER (${inWindow}) AS DOUBLE) AS gb_hours,
      CAST(min(ChargePeriodStart) AS VARCHAR) AS first
    FROM lines WHERE snap <> '' GROUP BY snap HAVING count(*) FILTER (${inWindow}) > 0`);
  return rows.map((r) => ({ ...toStorage(r), volumeType: 'snapshot' }));
}

/** An instance whose instance-hours all ended before the bill window. */
export interface EndedInstance {
  resourceId: string;
  accountId: string;
  zone: string | null;
  type: string;
  lastRunning: Date;
}

export async function readEndedInstances(db: Db, spec: RightsizeSpec, bill: Window, only?: Only): Promise<EndedInstance[]> {
  const rows = await db.all(sql`
    SELECT ResourceId AS id, any_value(SubAccountId) AS account, any_value(AvailabilityZone) AS zone, arg_max(x_InstanceType, ChargePeriodStart) AS type,
      CAST(max(ChargePeriodEnd) AS VARCHAR) AS last
    FROM focus WHERE ${INSTANCE_USAGE}${scopeSql(spec)}${onlyBillSql(only)} AND ChargePeriodStart < ${ts(bill.to)}
    GROUP BY ResourceId HAVING max(ChargePeriodEnd) <= ${ts(bill.from)}`);
  return rows.map((r) => ({ resourceId: String(r.id), accountId: String(r.account), zone: str(r.zone), type: String(r.type), lastRunning: utc(r.last) }));
}

/** A volume's EBS metrics: operations over the window, the days measured, and when its I/O last happened (any time before the window's end). */
export interface VolumeIo {
  accountId: string | null;
  /** Days of data in the window (the longer of reads and writes); 0 when only earlier periods exist. */
  days: number;
  /** Read + write operations in the window. */
  ops: number;
  /** End of the last period with any operation; null when none ever. */
  lastIo: Date | null;
}

/** `only`: the metrics naming the account, or of the volumes `volumeIds` (its billed ones: a metric may name no account). */
export async function readVolumeIo(db: Db, window: Window, only?: { accountId: string; volumeIds: readonly string[] }): Promise<Map<string, VolumeIo>> {
  const inWindow = sql`period_start >= ${ts(window.from)}`;
  // one bound text split in DuckDB, list_contains not IN (../shared/STACK.md); no id holds the separator
  const narrow = only ? sql` AND (account_id = ${only.accountId} OR list_contains(string_split(${only.volumeIds.join(ID_SEPARATOR)}, ${ID_SEPARATOR}), resource_id))` : empty;
  const ops = sql`coalesce(average * sample_count, 0)`;
  const rows = await db.all(sql`
    SELECT resource_id AS id, metric, any_value(account_id) AS account,
      CAST(coalesce(sum(period_seconds) FILTER (${inWindow}), 0) AS DOUBLE) / 86400 AS days,
      CAST(coalesce(sum(${ops}) FILTER (${inWindow}), 0) AS DOUBLE) AS ops,
      CAST(max(period_start + to_seconds(period_seconds)) FILTER (${ops} > 0) AS VARCHAR) AS last_io
    FROM resource_metrics
    WHERE metric IN (${join([EbsMetric.readOps, EbsMetric.writeOps])}) AND period_start < ${ts(window.to)}${narrow}
    GROUP BY resource_id, metric`);
  const out = new Map<string, VolumeIo>();
  for (const r of rows) {
    const id = String(r.id);
    const v = out.get(id) ?? { accountId: null, days: 0, ops: 0, lastIo: null };
    v.accountId ??= str(r.account);
    v.days = Math.max(v.days, Math.round(num(r.days) * 10) / 10);
    v.ops += num(r.ops);
    const last = r.last_io ? utc(r.last_io) : null;
    if (last && (!v.lastIo || last > v.lastIo)) v.lastIo = last;
    out.set(id, v);
  }
  return out;
}

export const daysBetween = (a: Date, b: Date): number => Math.floor((b.getTime() - a.getTime()) / MS_PER_DAY);
