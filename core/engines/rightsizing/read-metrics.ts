// SPEC.md steps 1-2: the lookback window (ending at the last CPU datapoint in the workspace) and,
// per resource and metric, the chosen percentile of the per-period maxima, the peak, the days
// of data and the total (average × samples: bytes for NetworkIn/Out). One GROUP BY; only
// ~4 rows per instance leave DuckDB. (A COUNT(DISTINCT day) for the days cost as much as the
// whole scan: the periods' seconds give them.)
import { join, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { Metric, PERCENTILE_FRACTION, type Percentile } from './constants.ts';

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;

export interface Window {
  from: Date;
  to: Date;
}

/** The lookback ending where the CPU metrics end; null when there are none. */
export async function readWindow(db: Db, lookbackDays: number): Promise<Window | null> {
  const end = await db.value(sql`SELECT CAST(max(period_start + to_seconds(period_seconds)) AS VARCHAR) FROM resource_metrics WHERE metric = ${Metric.cpu}`);
  if (typeof end !== 'string') return null;
  const to = new Date(`${end.replace(' ', 'T')}Z`);
  return { from: new Date(to.getTime() - lookbackDays * MS_PER_DAY), to };
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

export async function readMetrics(db: Db, window: Window, percentile: Percentile, includeMemory: boolean): Promise<ResourceMetrics> {
  const metrics: string[] = [Metric.cpu, Metric.networkIn, Metric.networkOut, ...(includeMemory ? [Metric.memory] : [])];
  const q = PERCENTILE_FRACTION[percentile];
  // 'max' needs no sort: the percentile is the peak.
  // Only CPU and memory are fitted: the sort a percentile needs is skipped for the network rows.
  const fitted = sql`metric = ${Metric.cpu} OR metric = ${Metric.memory}`;
  const pct = q === 1 ? sql`max(maximum)` : sql`quantile_cont(maximum, ${q}) FILTER (WHERE ${fitted})`;
  const reader = await db.read(sql`
    SELECT resource_id, metric, CAST(${pct} AS DOUBLE) AS pct, CAST(max(maximum) AS DOUBLE) AS peak,
      CAST(sum(period_seconds) AS DOUBLE) / ${SECONDS_PER_DAY} AS days,
      CAST(sum(average * sample_count) AS DOUBLE) AS total,
      CAST(count(*) - count(maximum) AS INTEGER) AS missing
    FROM resource_metrics
    WHERE metric IN (${join(metrics)})
      AND period_start >= CAST(${timestampParam(window.from)} AS TIMESTAMP) AND period_start < CAST(${timestampParam(window.to)} AS TIMESTAMP)
    GROUP BY resource_id, metric`);
  const out: ResourceMetrics = new Map();
  const cols = reader.getColumnsObjectJson() as Record<string, (string | number | null)[]>;
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
  }
  return out;
}
