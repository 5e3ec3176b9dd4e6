// SPEC.md steps 1-2: the lookback window (ending at the last CPU datapoint in the workspace) and,
// per resource and metric, the chosen percentile of the per-period maxima, the peak, the days
// of data and the total (average × samples: bytes for NetworkIn/Out). One GROUP BY; only
// ~4 rows per instance leave DuckDB. (A COUNT(DISTINCT day) for the days cost as much as the
// whole scan: the periods' seconds give them.)
// The percentile is quantile_cont's, to the bit, without its cost: quantile_cont keeps every
// value of a group (44.6 M doubles at 10,000 instances × 93 days hourly) to select two ranks,
// both within the group's largest n − ⌊q(n − 1)⌋ values. So the GROUP BY keeps only the top K
// of each group (max(x, K), a heap), K sized from the lookback and the shortest CPU period, and
// interpolates between those two ranks as quantile_cont does; a group with more periods than
// K covers (a finer metric than CPU's, periods at odd offsets) gets quantile_cont itself.
import { empty, join, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { Metric, PERCENTILE_FRACTION, type Percentile } from './constants.ts';

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;

export interface Window {
  from: Date;
  to: Date;
  /** The shortest period of the CPU metrics (seconds): it bounds how many periods a lookback holds. */
  shortestPeriodSeconds: number;
}

/** The lookback ending where the CPU metrics end; null when there are none. */
export async function readWindow(db: Db, lookbackDays: number): Promise<Window | null> {
  // Integer microseconds: adding an INTERVAL to each of 22 M timestamps took twice the time.
  const r = await db.one(sql`SELECT CAST(make_timestamp(max(epoch_us(period_start) + CAST(period_seconds AS BIGINT) * 1000000)) AS VARCHAR) AS end,
      min(period_seconds) AS shortest FROM resource_metrics WHERE metric = ${Metric.cpu}`);
  if (typeof r?.end !== 'string') return null;
  const to = new Date(`${r.end.replace(' ', 'T')}Z`);
  return { from: new Date(to.getTime() - lookbackDays * MS_PER_DAY), to, shortestPeriodSeconds: Math.max(1, Number(r.shortest)) };
}

export interface MetricSummary {
  /** The chosen percentile of the per-period maxima (CPU and memory only). */
  percentile: number | null;
  peak: number | null;
  /** Time the periods cover, in days (Σ period_seconds ÷ 86,400): the days of data. */
  days: number;
  /** Σ average × sample_count: for a Sum-kind metric (bytes), its total over the lookback. */
  total: number | null;
  /** Periods whose maximum is missing (the file lacked the statistic). */
  missingMaximum: number;
}

/** Per resource, per metric name. */
export type ResourceMetrics = Map<string, Map<string, MetricSummary>>;

export const timestampParam = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

/** How many of n values, from the largest, quantile_cont at q reads: down to rank ⌊q(n − 1)⌋ (0-based, ascending). */
export function topValuesNeeded(n: number, q: number): number {
  return n - Math.floor((n - 1) * q);
}

/** Separates ids in one bound text parameter (no resource id holds it). */
const ID_SEPARATOR = '\u001f';

/** `resourceId`: that resource's rows only (rightsizeDetail), with the same window and K as the whole run. */
export async function readMetrics(db: Db, window: Window, percentile: Percentile, includeMemory: boolean, resourceId?: string): Promise<ResourceMetrics> {
  const metrics: string[] = [Metric.cpu, Metric.networkIn, Metric.networkOut, ...(includeMemory ? [Metric.memory] : [])];
  const q = PERCENTILE_FRACTION[percentile];
  const inWindow = sql`metric IN (${join(metrics)})${resourceId === undefined ? empty : sql` AND resource_id = ${resourceId}`}
      AND period_start >= CAST(${timestampParam(window.from)} AS TIMESTAMP) AND period_start < CAST(${timestampParam(window.to)} AS TIMESTAMP)`;
  // Only CPU and memory are fitted. The network rows (daily, a few) keep their top values too: a
  // FILTER on the heap costs more than it saves; their percentile is dropped after.
  const fitted = sql`metric = ${Metric.cpu} OR metric = ${Metric.memory}`;
  const periods = Math.ceil((window.to.getTime() - window.from.getTime()) / 1000 / window.shortestPeriodSeconds);
  const k = topValuesNeeded(periods, q);
  // 'max' needs no ranks: the percentile is the peak. Else quantile_cont's rule for DOUBLE, to
  // the bit: rn = (n − 1)·q, d = rn − ⌊rn⌋, lo·(1 − d) + hi·d between the values at ranks ⌊rn⌋
  // and ⌈rn⌉; top is descending, so ascending rank r is top[n − r] (1-based).
  const rn = sql`CAST(n - 1 AS DOUBLE) * CAST(${q} AS DOUBLE)`;
  const lo = sql`top[n - CAST(floor(${rn}) AS BIGINT)]`;
  const hi = sql`top[n - CAST(ceil(${rn}) AS BIGINT)]`;
  const pct: SqlQuery = q === 1 ? sql`CASE WHEN ${fitted} THEN peak END` : sql`CASE WHEN NOT (${fitted}) OR n = 0 THEN NULL WHEN n - floor(${rn}) <= ${k} THEN ${lo} * (1 - (${rn} - floor(${rn}))) + ${hi} * (${rn} - floor(${rn})) END`;
  const beyond = q === 1 ? sql`false` : sql`(${fitted}) AND n > 0 AND n - floor(${rn}) > ${k}`;
  const reader = await db.read(sql`
    WITH g AS (
      SELECT resource_id, metric, CAST(max(maximum) AS DOUBLE) AS peak, count(maximum) AS n,
        ${q === 1 ? sql`NULL` : sql`max(maximum, ${k})`} AS top,
        CAST(sum(period_seconds) AS DOUBLE) / ${SECONDS_PER_DAY} AS days,
        CAST(sum(average * sample_count) AS DOUBLE) AS total,
        CAST(count(*) - count(maximum) AS INTEGER) AS missing
      FROM resource_metrics WHERE ${inWindow}
      GROUP BY resource_id, metric)
    SELECT resource_id, metric, ${pct} AS pct, peak, days, total, missing, ${beyond} AS beyond FROM g`);
  const out: ResourceMetrics = new Map();
  const beyondK: string[] = [];
  const cols = reader.getColumnsObjectJson() as Record<string, (string | number | boolean | null)[]>;
  const n = reader.currentRowCount;
  for (let i = 0; i < n; i++) {
    const id = String(cols.resource_id![i]);
    let m = out.get(id);
    if (!m) out.set(id, (m = new Map()));
    m.set(String(cols.metric![i]), {
      percentile: cols.pct![i] as number | null,
      peak: cols.peak![i] as number | null,
      days: Math.round(Number(cols.days![i]) * 10) / 10,
      total: cols.total![i] as number | null,
      missingMaximum: Number(cols.missing![i]),
    });
    if (cols.beyond![i] === true) beyondK.push(id);
  }
  if (beyondK.length) await exactBeyondTop(db, out, inWindow, fitted, q, [...new Set(beyondK)]);
  return out;
}

/** quantile_cont itself, for the groups holding more periods than the top K covers. */
async function exactBeyondTop(db: Db, out: ResourceMetrics, inWindow: SqlQuery, fitted: SqlQuery, q: number, ids: string[]): Promise<void> {
  const reader = await db.read(sql`
    SELECT resource_id, metric, CAST(quantile_cont(maximum, ${q}) AS DOUBLE) AS pct FROM resource_metrics
    WHERE ${inWindow} AND (${fitted}) AND list_contains(string_split(${ids.join(ID_SEPARATOR)}, ${ID_SEPARATOR}), resource_id)
    GROUP BY resource_id, metric`);
  const cols = reader.getColumnsObjectJson() as Record<string, (string | number | null)[]>;
  for (let i = 0; i < reader.currentRowCount; i++) {
    const s = out.get(String(cols.resource_id![i]))?.get(String(cols.metric![i]));
    if (s) s.percentile = cols.pct![i] as number | null;
  }
}
