// SPEC.md step 1, with and without metrics: the lookback ends where the CPU metrics end; a
// workspace without CPU metrics still has recommendations the bill alone gives (old snapshots),
// so its lookback ends where the bill ends, and instance sizing is skipped with a warning.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { readWindow, type Window } from './read-metrics.ts';
import { utc } from './read-storage.ts';

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_HOUR = 3600;

export interface Lookback {
  window: Window;
  /** CPU metrics were found: instances can be sized. */
  metrics: boolean;
}

export const NO_METRICS_WARNING = 'No utilization metrics imported: instance sizing skipped; import CloudWatch metrics with `ingest` (CPUUtilization, and mem_used_percent from the CloudWatch agent). The recommendations shown come from the bill alone.';

/** The metrics' lookback, else the bill's; null when the workspace holds neither. */
export async function readLookback(db: Db, lookbackDays: number): Promise<Lookback | null> {
  const window = await readWindow(db, lookbackDays);
  if (window) return { window, metrics: true };
  const end = await db.value(sql`SELECT CAST(max(ChargePeriodEnd) AS VARCHAR) FROM focus`);
  if (typeof end !== 'string') return null;
  const to = utc(end);
  return { window: { from: new Date(to.getTime() - lookbackDays * MS_PER_DAY), to, shortestPeriodSeconds: SECONDS_PER_HOUR }, metrics: false };
}
