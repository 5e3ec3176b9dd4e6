// rightsizeDetail: one resource's metric series over the lookback (what a chart draws) and its
// recommendation (the fit), or why there is none.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { Metric } from './constants.ts';
import { noMetrics, RightsizingErrorCode } from './errors.ts';
import { readWindow, timestampParam } from './read-metrics.ts';
import type { Recommendation } from './result.ts';
import { parseRightsizeSpec, run } from './run.ts';
import type { RightsizeSpec, RightsizeSpecInput } from './spec.ts';

export interface MetricPoint {
  /** ISO time of the period's start. */
  t: string;
  max: number | null;
  avg: number | null;
}

export interface RightsizeDetail {
  resourceId: string;
  spec: RightsizeSpec;
  periodSeconds: number | null;
  series: Record<string, MetricPoint[]>;
  recommendation: Recommendation | null;
  /** Why there is no recommendation, when there is none. */
  note: string | null;
}

const SERIES = [Metric.cpu, Metric.memory, Metric.networkIn, Metric.networkOut];

export async function detail(db: Db, resourceId: string, input: RightsizeSpecInput | RightsizeSpec): Promise<RightsizeDetail> {
  const spec = parseRightsizeSpec(input);
  const window = await readWindow(db, spec.lookbackDays);
  if (!window) throw noMetrics();
  const rows = await db.all(sql`
    SELECT metric, CAST(period_start AS VARCHAR) AS t, period_seconds, maximum, average FROM resource_metrics
    WHERE resource_id = ${resourceId} AND period_start >= CAST(${timestampParam(window.from)} AS TIMESTAMP) AND period_start < CAST(${timestampParam(window.to)} AS TIMESTAMP)
    ORDER BY metric, period_start`);
  if (!rows.length) throw new WorkbenchError(RightsizingErrorCode.RIGHTSIZE_UNKNOWN_RESOURCE, `No metrics for ${resourceId} in the lookback (${window.from.toISOString().slice(0, 10)} to ${window.to.toISOString().slice(0, 10)}): check the id, or ingest its CloudWatch metrics.`, { resourceId });
  const series: Record<string, MetricPoint[]> = {};
  for (const m of SERIES) series[m] = [];
  for (const r of rows) {
    const metric = String(r.metric);
    (series[metric] ??= []).push({ t: `${String(r.t).replace(' ', 'T')}Z`, max: r.maximum as number | null, avg: r.average as number | null });
  }
  const all = await run(db, spec);
  const recommendation = all.recommendations.find((r) => r.resourceId === resourceId) ?? null;
  return {
    resourceId,
    spec,
    periodSeconds: Math.min(...rows.map((r) => Number(r.period_seconds))),
    series,
    recommendation,
    note: recommendation ? null : 'No change advised: the instance is the smallest size of its family that fits, and no cheaper newer generation is priced in the bill (or it was not assessed: see the warnings of rightsize).',
  };
}
