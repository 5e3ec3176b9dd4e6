// SPEC.md "RDS DB instances", the metrics beside CPU: FreeableMemory (bytes free; the memory a DB
// uses is the class's memory less it) and DatabaseConnections, per DBInstanceIdentifier over the
// lookback. Memory used is highest when free memory is lowest, so the percentile of use is read
// at the other end of each period's MINIMUM free: used at p95 = memory − the 5th percentile of
// the minima (quantile_cont is linear between ranks, so the two readings are the same number).
// Read only for the DB instances the bill has (a few): the CPU percentile comes from read-metrics.ts.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { PERCENTILE_FRACTION, RdsMetric, type Percentile } from './constants.ts';
import { timestampParam, type Window } from './read-metrics.ts';

export interface DatabaseMetrics {
  /** FreeableMemory bytes at the percentile's other end (1 − q) of the per-period minima; null without Minimum. */
  freeAtPercentile: number | null;
  /** The lowest FreeableMemory of the lookback, bytes. */
  freeLowest: number | null;
  /** The highest FreeableMemory, bytes: above the class's memory, the file is not this class's (or not in bytes). */
  freeHighest: number | null;
  /** The most connections open in any period; null without DatabaseConnections. */
  connectionsMax: number | null;
}

/** Separates ids in one bound text parameter (no DB identifier holds it). */
const ID_SEPARATOR = '\u001f';

export async function readDatabaseMetrics(db: Db, window: Window, percentile: Percentile, ids: readonly string[]): Promise<Map<string, DatabaseMetrics>> {
  const out = new Map<string, DatabaseMetrics>();
  if (!ids.length) return out;
  const low = 1 - PERCENTILE_FRACTION[percentile];
  const rows = await db.all(sql`
    SELECT resource_id, metric, CAST(quantile_cont(minimum, ${low}) AS DOUBLE) AS low, CAST(min(minimum) AS DOUBLE) AS lowest,
      CAST(max(coalesce(maximum, average, minimum)) AS DOUBLE) AS highest, CAST(max(maximum) AS DOUBLE) AS peak
    FROM resource_metrics
    WHERE metric IN (${RdsMetric.freeableMemory}, ${RdsMetric.connections})
      AND period_start >= CAST(${timestampParam(window.from)} AS TIMESTAMP) AND period_start < CAST(${timestampParam(window.to)} AS TIMESTAMP)
      AND list_contains(string_split(${ids.join(ID_SEPARATOR)}, ${ID_SEPARATOR}), resource_id)
    GROUP BY resource_id, metric`);
  for (const r of rows) {
    const id = String(r.resource_id);
    const m = out.get(id) ?? { freeAtPercentile: null, freeLowest: null, freeHighest: null, connectionsMax: null };
    if (r.metric === RdsMetric.freeableMemory) {
      m.freeAtPercentile = r.low as number | null;
      m.freeLowest = r.lowest as number | null;
      m.freeHighest = r.highest as number | null;
    } else {
      m.connectionsMax = r.peak as number | null;
    }
    out.set(id, m);
  }
  return out;
}
