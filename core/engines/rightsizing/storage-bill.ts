// rightsizeDetail for storage (SPEC.md "Storage still paying"): what the bill shows of a volume,
// a snapshot or a stopped instance's volumes: each day's storage cost and GB-months over the bill
// window, the first and last day billed in the whole bill. Only their lines are read (values bound).
import { sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { EBS_SNAPSHOT_USAGE, EBS_VOLUME_LINES, EBS_VOLUME_USAGE } from './constants.ts';
import type { Window } from './read-metrics.ts';
import { SNAPSHOT_ID, utc } from './read-storage.ts';
import { timestampParam } from './read-metrics.ts';

const ID_SEPARATOR = '\u001f';
const ts = (d: Date) => sql`CAST(${timestampParam(d)} AS TIMESTAMP)`;

export interface BilledDay {
  /** UTC date, YYYY-MM-DD. */
  day: string;
  /** Effective cost of the day's lines (USD, to 1e-6). */
  cost: number;
  /** GB-months billed that day (the size lines' quantity). */
  gbMonths: number;
}

export interface StorageBill {
  /** The volumes or the snapshot whose lines these are. */
  resourceIds: string[];
  /** The bill window read (the lookback over the bill), ISO times. */
  from: string;
  to: string;
  /** Days of the window with lines, oldest first. */
  days: BilledDay[];
  /** Σ over the window. */
  cost: number;
  gbMonths: number;
  /** First and last day with a line in the whole bill (UTC dates); null when never billed. */
  firstBilledDay: string | null;
  lastBilledDay: string | null;
  /** The stopped instance whose storage these volumes are counted as, and when it last ran (ISO). */
  stoppedInstance: { resourceId: string; type: string; lastRunning: string } | null;
}

export type StorageLines = { volumeIds: readonly string[] } | { snapshotId: string };

function lines(of: StorageLines): { match: SqlQuery; size: SqlQuery } {
  if ('snapshotId' in of) {
    return { match: sql`contains(x_UsageType, ${EBS_SNAPSHOT_USAGE}) AND contains(ResourceId, ${of.snapshotId}) AND ${SNAPSHOT_ID} = ${of.snapshotId}`, size: sql`true` };
  }
  // one bound text split in DuckDB, list_contains not IN (../shared/STACK.md); no id holds the separator
  return {
    match: sql`starts_with(ResourceId, 'vol-') AND contains(x_UsageType, ${EBS_VOLUME_LINES}) AND list_contains(string_split(${of.volumeIds.join(ID_SEPARATOR)}, ${ID_SEPARATOR}), ResourceId)`,
    size: sql`contains(x_UsageType, ${EBS_VOLUME_USAGE})`,
  };
}

const dayOf = (v: unknown): string | null => (v === null || v === undefined ? null : utc(v).toISOString().slice(0, 10));

export async function readStorageBill(db: Db, of: StorageLines, bill: Window, stoppedInstance: StorageBill['stoppedInstance']): Promise<StorageBill> {
  const { match, size } = lines(of);
  const usage = sql`ChargeCategory = 'Usage' AND ${match}`;
  const inWindow = sql`ChargePeriodStart >= ${ts(bill.from)} AND ChargePeriodStart < ${ts(bill.to)}`;
  const rows = await db.all(sql`
    SELECT CAST(CAST(ChargePeriodStart AS DATE) AS VARCHAR) AS day, CAST(round(sum(EffectiveCost), 6) AS DOUBLE) AS cost,
      CAST(round(coalesce(sum(ConsumedQuantity) FILTER (${size}), 0), 6) AS DOUBLE) AS gb_months
    FROM focus WHERE ${usage} AND ${inWindow}
    GROUP BY ALL ORDER BY day`);
  // the window's totals from the exact DECIMALs, not from the rounded days
  const span = await db.one(sql`SELECT CAST(min(ChargePeriodStart) AS VARCHAR) AS first, CAST(max(ChargePeriodStart) AS VARCHAR) AS last,
      CAST(round(coalesce(sum(EffectiveCost) FILTER (${inWindow}), 0), 6) AS DOUBLE) AS cost,
      CAST(round(coalesce(sum(ConsumedQuantity) FILTER (${inWindow} AND ${size}), 0), 6) AS DOUBLE) AS gb_months
    FROM focus WHERE ${usage}`);
  const days = rows.map((r) => ({ day: String(r.day), cost: Number(r.cost), gbMonths: Number(r.gb_months) }));
  return {
    resourceIds: 'snapshotId' in of ? [of.snapshotId] : [...of.volumeIds],
    from: bill.from.toISOString(),
    to: bill.to.toISOString(),
    days,
    cost: Number(span?.cost ?? 0),
    gbMonths: Number(span?.gb_months ?? 0),
    firstBilledDay: dayOf(span?.first),
    lastBilledDay: dayOf(span?.last),
    stoppedInstance,
  };
}

/** Whether the bill has any line on this id (a volume's or instance's ResourceId), and its account. */
export async function billedAccountOf(db: Db, resourceId: string): Promise<string | null> {
  const account = await db.value(sql`SELECT any_value(SubAccountId) FROM focus WHERE ResourceId = ${resourceId}`);
  return typeof account === 'string' ? account : null;
}
