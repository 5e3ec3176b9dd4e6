// business_metrics (migration 080): import (each metric in the file replaces its earlier rows, in
// one transaction), list and remove.
import { join, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { METRIC_GRAIN, NO_KEY, type MetricGrain } from './constants.ts';
import { unitCostsError } from './errors.ts';
import type { MetricRow } from './parse.ts';
import type { BusinessMetricSummary } from './result.ts';

/** Rows per INSERT: a few hundred bound values per statement keeps large files quick. */
const INSERT_BATCH = 500;

/** Replaces every metric the rows hold (all of its dates, owners and services, its grain) with these rows. */
export async function replaceMetrics(db: Db, rows: readonly MetricRow[], source: string | null, grains: ReadonlyMap<string, MetricGrain> = new Map()): Promise<string[]> {
  const metrics = [...new Set(rows.map((r) => r.metric))].sort();
  await db.transaction(async () => {
    await db.run(sql`DELETE FROM business_metrics WHERE list_contains(${sql`[${join(metrics)}]`}, metric)`);
    await db.run(sql`DELETE FROM business_metric_grains WHERE list_contains(${sql`[${join(metrics)}]`}, metric)`);
    await db.run(sql`INSERT INTO business_metric_grains VALUES ${join(metrics.map((m) => sql`(${m}, ${grains.get(m) ?? METRIC_GRAIN.day})`))}`);
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const values = rows.slice(i, i + INSERT_BATCH).map((r) => sql`(${r.metric}, CAST(${r.date} AS DATE), ${r.owner}, ${r.service}, CAST(${r.value} AS DECIMAL(38, 6)), ${source}, now()::TIMESTAMP)`);
      await db.run(sql`INSERT INTO business_metrics (metric, date, owner, service, value, source, imported_at) VALUES ${join(values)}`);
    }
  });
  return metrics;
}

export async function listMetrics(db: Db): Promise<BusinessMetricSummary[]> {
  const rows = await db.all(sql`
    SELECT m.metric, strftime(min(m.date), '%Y-%m-%d') AS first, strftime(max(m.date), '%Y-%m-%d') AS last, count(*) AS n,
      count(DISTINCT nullif(m.owner, ${NO_KEY})) AS owners, count(DISTINCT nullif(m.service, ${NO_KEY})) AS services,
      coalesce(any_value(g.grain), ${METRIC_GRAIN.day}) AS grain
    FROM business_metrics m LEFT JOIN business_metric_grains g ON g.metric = m.metric
    GROUP BY m.metric ORDER BY m.metric`);
  return rows.map((r) => ({ metric: String(r.metric), from: String(r.first), to: String(r.last), rows: Number(r.n), owners: Number(r.owners), services: Number(r.services), grain: String(r.grain) as MetricGrain }));
}

/** The metric's summary; UNIT_COSTS_UNKNOWN_METRIC (with the imported ones) when it was never imported. */
export async function metricSummary(db: Db, metric: string): Promise<BusinessMetricSummary> {
  const all = await listMetrics(db);
  const found = all.find((m) => m.metric === metric);
  if (found) return found;
  const near = all.find((m) => m.metric.toLowerCase() === metric.toLowerCase());
  const known = all.length ? `Imported metrics: ${all.map((m) => m.metric).join(', ')}.` : 'No metric is imported yet.';
  throw unitCostsError('UNIT_COSTS_UNKNOWN_METRIC', `No business metric "${metric}" is imported in this workspace.${near ? ` Did you mean "${near.metric}"?` : ''} ${known} Import one with \`unit-costs import FILE\` (CSV or JSON: date, metric, value, optional owner, service).`, { metric, suggestion: near?.metric ?? null, known: all.map((m) => m.metric) });
}

export async function removeMetric(db: Db, metric: string): Promise<number> {
  await metricSummary(db, metric);
  const n = Number(await db.value(sql`SELECT count(*) FROM business_metrics WHERE metric = ${metric}`));
  await db.transaction(async () => {
    await db.run(sql`DELETE FROM business_metrics WHERE metric = ${metric}`);
    await db.run(sql`DELETE FROM business_metric_grains WHERE metric = ${metric}`);
  });
  return n;
}
