// rightsizeDetail: one resource's metric series over the lookback (what a chart draws), its
// recommendation as the list gives it, or why there is none; for volumes, snapshots and stopped
// instances, what the bill shows (storage-bill.ts). Only that resource's rows are read (a volume
// or stopped instance: its account's storage, which decides its finding), through the same steps
// as `run`, narrowed, so the detail equals the list's entry
// (test/integration/rightsizing-detail.test.ts). A DB instance (its DBInstanceIdentifier) is sized
// as rds.ts sizes it, from its own lines and AWS/RDS metrics (test/integration/rightsizing-rds.test.ts).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { BYTES_PER_GIB, Metric, OLD_SNAPSHOT_DAYS, RdsMetric, ResourceKind } from './constants.ts';
import { readCatalog } from './instance-types.ts';
import { assessDatabase, DatabaseSkip } from './rds.ts';
import { noData, RightsizingErrorCode } from './errors.ts';
import { assessInstances, skipNote } from './instances.ts';
import { NO_METRICS_WARNING, readLookback } from './lookback.ts';
import { timestampParam, type Window } from './read-metrics.ts';
import { readBillWindow, readEndedInstances } from './read-storage.ts';
import type { Recommendation } from './result.ts';
import { parseRightsizeSpec } from './run.ts';
import { assessSnapshots } from './snapshots.ts';
import type { RightsizeSpec, RightsizeSpecInput } from './spec.ts';
import { assessVolumes } from './storage.ts';
import { billedAccountOf, readStorageBill, type StorageBill } from './storage-bill.ts';

export interface MetricPoint {
  /** ISO time of the period's start. */
  t: string;
  max: number | null;
  avg: number | null;
}

interface SeriesRow extends MetricPoint {
  min: number | null;
}

export interface RightsizeDetail {
  resourceId: string;
  spec: RightsizeSpec;
  kind: ResourceKind;
  periodSeconds: number | null;
  series: Record<string, MetricPoint[]>;
  recommendation: Recommendation | null;
  /** Why there is no recommendation, when there is none. */
  note: string | null;
  /** Volumes, snapshots and stopped instances: what the bill shows; null for an instance running in the lookback. */
  bill: StorageBill | null;
}

const SERIES = [Metric.cpu, Metric.memory, Metric.networkIn, Metric.networkOut];
/** An EC2 instance's id; any other id that is not a volume's or a snapshot's may be a DBInstanceIdentifier. */
const EC2_INSTANCE_ID = /^i-/;
const day = (iso: string): string => iso.slice(0, 10);

export function kindOf(resourceId: string): ResourceKind {
  if (resourceId.startsWith('vol-')) return ResourceKind.volume;
  if (/(^|[/:])snap-/.test(resourceId)) return ResourceKind.snapshot;
  return ResourceKind.instance;
}

type Series = Record<string, SeriesRow[]>;

async function readSeries(db: Db, resourceId: string, window: Window): Promise<{ series: Series; periodSeconds: number | null }> {
  const rows = await db.all(sql`
    SELECT metric, CAST(period_start AS VARCHAR) AS t, period_seconds, maximum, average, minimum FROM resource_metrics
    WHERE resource_id = ${resourceId} AND period_start >= CAST(${timestampParam(window.from)} AS TIMESTAMP) AND period_start < CAST(${timestampParam(window.to)} AS TIMESTAMP)
    ORDER BY metric, period_start`);
  const series: Series = {};
  for (const m of SERIES) series[m] = [];
  for (const r of rows) (series[String(r.metric)] ??= []).push({ t: `${String(r.t).replace(' ', 'T')}Z`, max: r.maximum as number | null, avg: r.average as number | null, min: r.minimum as number | null });
  return { series, periodSeconds: rows.length ? Math.min(...rows.map((r) => Number(r.period_seconds))) : null };
}

function unknown(resourceId: string, window: Window): WorkbenchError {
  return new WorkbenchError(RightsizingErrorCode.RIGHTSIZE_UNKNOWN_RESOURCE, `${resourceId} is neither in the bill nor in the metrics of the lookback (${day(window.from.toISOString())} to ${day(window.to.toISOString())}): check the id, or ingest its bill and CloudWatch metrics.`, { resourceId });
}

type Found = Pick<RightsizeDetail, 'recommendation' | 'note' | 'bill'>;

export async function detail(db: Db, resourceId: string, input: RightsizeSpecInput | RightsizeSpec): Promise<RightsizeDetail> {
  const spec = parseRightsizeSpec(input);
  const lookback = await readLookback(db, spec.lookbackDays);
  if (!lookback) throw noData();
  const { window } = lookback;
  const billWindow = await readBillWindow(db, window);
  const { series, periodSeconds } = await readSeries(db, resourceId, window);
  let kind = kindOf(resourceId);
  const database = kind === ResourceKind.instance && !EC2_INSTANCE_ID.test(resourceId) ? await databaseDetail(db, spec, resourceId, window, lookback.metrics) : null;
  if (database) kind = ResourceKind.database;
  const found = database ?? (kind === ResourceKind.snapshot ? await snapshotDetail(db, spec, resourceId, billWindow)
    : kind === ResourceKind.volume ? await volumeDetail(db, spec, resourceId, window, billWindow, periodSeconds !== null)
    : await instanceDetail(db, spec, resourceId, window, billWindow, lookback.metrics, periodSeconds !== null));
  if (!found) throw unknown(resourceId, window);
  return { resourceId, spec, kind, periodSeconds, series: chartSeries(series, database?.memoryGiB ?? null), recommendation: found.recommendation, note: found.note, bill: found.bill };
}

/**
 * The points as the chart draws them. A DB instance's memory is FreeableMemory (bytes free): drawn
 * as the percent used of its class (SPEC.md "RDS DB instances" step 3), the most used from the
 * period's minimum free, under the EC2 memory metric's name; kept in bytes when the class is
 * unknown or the free memory exceeds it (wrong unit or class), as the list then ignores it.
 */
function chartSeries(series: Series, memoryGiB: number | null): Record<string, MetricPoint[]> {
  const free = series[RdsMetric.freeableMemory];
  const capacity = memoryGiB === null ? null : memoryGiB * BYTES_PER_GIB;
  const out: Record<string, MetricPoint[]> = {};
  for (const [metric, points] of Object.entries(series)) out[metric] = points.map(({ t, max, avg }) => ({ t, max, avg }));
  if (free?.length && capacity !== null && free.every((p) => Math.max(p.max ?? 0, p.avg ?? 0, p.min ?? 0) <= capacity)) {
    const used = (bytes: number | null) => (bytes === null ? null : (1 - bytes / capacity) * 100);
    out[Metric.memory] = free.map((p) => ({ t: p.t, max: used(p.min), avg: used(p.avg) }));
    delete out[RdsMetric.freeableMemory];
  }
  return out;
}

const DB_NOTES: Record<DatabaseSkip, string> = {
  [DatabaseSkip.noMetrics]: 'Not assessed: no CPUUtilization maximum under its DBInstanceIdentifier in the lookback. Ingest its AWS/RDS metrics.',
  [DatabaseSkip.unknownClass]: 'Not assessed: its DB instance class is not in the catalog (core/engines/rightsizing/catalog/rds-classes.ts), so its size is unknown.',
  [DatabaseSkip.noPrice]: 'Not assessed: it had no cost in the bill (EffectiveCost and ListCost 0: free tier, or a bill without prices), so no savings can be said.',
  [DatabaseSkip.badPercent]: 'Not assessed: it reported a CPU above 100%. Check the metric file\'s units.',
  [DatabaseSkip.ambiguous]: 'Not assessed: its DBInstanceIdentifier belongs to more than one DB instance in the bill (other accounts or regions), so their metrics cannot be told apart. Narrow the run with accounts.',
};

/** A DB instance billed in the lookback under this DBInstanceIdentifier, sized as the list sizes it (rds.ts); null when the bill has none. */
async function databaseDetail(db: Db, spec: RightsizeSpec, id: string, window: Window, metrics: boolean): Promise<(Found & { memoryGiB: number | null }) | null> {
  const a = await assessDatabase(db, spec, window, id);
  const billed = a.billed.get(id);
  if (!billed && !a.skipped.has(id)) return null;
  const memoryGiB = billed ? (await readCatalog(db)).byType.get(billed.type)?.memoryGiB ?? null : null;
  const recommendation = a.recommendations[0] ?? null;
  const skipped = a.skipped.get(id);
  const note = recommendation ? null
    : !metrics ? NO_METRICS_WARNING
    : skipped ? DB_NOTES[skipped]
    : 'No change advised: the DB instance is the smallest class of its family that fits, and no cheaper newer generation is priced in the bill for its engine and deployment.';
  return { recommendation, note, bill: null, memoryGiB };
}

/** An instance: running in the lookback (sized as the list sizes it), or stopped before it (its storage). */
async function instanceDetail(db: Db, spec: RightsizeSpec, id: string, window: Window, bill: Window, metrics: boolean, hasSeries: boolean): Promise<Found | null> {
  const [ended] = await readEndedInstances(db, spec, bill, { resourceId: id });
  if (ended) {
    const storage = await assessVolumes(db, spec, window, bill, ended.accountId);
    const recommendation = storage.recommendations.find((r) => r.resourceId === id) ?? null;
    const volumeIds = recommendation?.evidence.storage?.volumeIds ?? [];
    const lastRunning = ended.lastRunning.toISOString();
    return {
      recommendation,
      bill: await readStorageBill(db, { volumeIds }, bill, { resourceId: id, type: ended.type, lastRunning }),
      note: recommendation ? null : `Not running in the lookback: its last instance-hour ended ${day(lastRunning)}. No billed volume without reads or writes is linked to it by its last I/O (SPEC.md "Storage still paying"), so no storage is advised${metrics ? '' : '; without EBS metrics no volume can be linked'}.`,
    };
  }
  if (!metrics) return (await billedAccountOf(db, id)) === null && !hasSeries ? null : { recommendation: null, bill: null, note: NO_METRICS_WARNING };
  const a = await assessInstances(db, spec, window, new Set(), id);
  const recommendation = a.recommendations[0] ?? null;
  const skipped = a.skipped.get(id);
  if (recommendation) return { recommendation, bill: null, note: null };
  if (skipped) return { recommendation, bill: null, note: skipNote(skipped.reason, skipped.type) };
  if (a.assessed.has(id)) return { recommendation, bill: null, note: 'No change advised: the instance is the smallest size of its family that fits, and no cheaper newer generation is priced in the bill.' };
  if (!hasSeries) return null;
  return { recommendation, bill: null, note: 'Not assessed: it has metrics but no instance-hours in the bill in the lookback (or none within the filters), so its type and price are unknown.' };
}

async function volumeDetail(db: Db, spec: RightsizeSpec, id: string, window: Window, bill: Window, hasSeries: boolean): Promise<Found | null> {
  const account = await billedAccountOf(db, id);
  if (account === null) return hasSeries ? { recommendation: null, bill: null, note: 'Not assessed: the volume has EBS metrics but no storage lines in the bill, so its cost is unknown.' } : null;
  const storage = await assessVolumes(db, spec, window, bill, account);
  const recommendation = storage.recommendations.find((r) => r.resourceId === id) ?? null;
  const linked = storage.stoppedVolumes.get(id) ?? null;
  const stoppedInstance = linked && { resourceId: linked.resourceId, type: linked.type, lastRunning: linked.lastRunning.toISOString() };
  const shown = await readStorageBill(db, { volumeIds: [id] }, bill, stoppedInstance);
  let note: string | null = null;
  if (recommendation) note = null;
  else if (linked) note = `Counted as the storage of ${linked.resourceId} (${linked.type}), stopped since ${day(linked.lastRunning.toISOString())}: see that instance's stop-storage recommendation.`;
  else if (!shown.days.length) note = `Not billed in the lookback (${day(shown.from)} to ${day(shown.to)}${spec.accounts?.length || spec.tag ? ', within the filters' : ''}): nothing to save now.`;
  else if (storage.unmeasured.includes(id)) note = 'Not assessed: its account has no EBS volume metrics, so whether it is attached is unknown. Ingest its VolumeReadOps and VolumeWriteOps.';
  else note = 'In use: it had reads or writes in the lookback, so nothing is advised.';
  return { recommendation, bill: shown, note };
}

async function snapshotDetail(db: Db, spec: RightsizeSpec, id: string, bill: Window): Promise<Found | null> {
  const snapshotId = /snap-[0-9A-Za-z]+/.exec(id)?.[0] ?? id;
  const snapshots = await assessSnapshots(db, spec, bill, snapshotId);
  const recommendation = snapshots.recommendations[0] ?? null;
  const shown = await readStorageBill(db, { snapshotId }, bill, null);
  if (shown.firstBilledDay === null) return null;
  const age = snapshots.ages.get(snapshotId);
  let note: string | null = null;
  if (!recommendation) {
    note = age === undefined ? `Not billed in the lookback (${day(shown.from)} to ${day(shown.to)}): nothing to save now.` : `Billed for ${age} days, fewer than ${OLD_SNAPSHOT_DAYS}: not old enough to advise deleting it.`;
    if (snapshots.warnings.length) note += ` ${snapshots.warnings.join(' ')}`;
  }
  return { recommendation, bill: shown, note };
}
