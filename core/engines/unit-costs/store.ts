// business_metrics (migration 080): import (each metric in the file replaces its earlier rows, in
// one transaction), list and remove.
import { join, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { NO_KEY } from './constants.ts';
import { unitCostsError } from './errors.ts';
import type { MetricRow } from './parse.ts';
import type { BusinessMetricSummary } from './result.ts';

/** Rows per INSERT: a few hundred bound values per statement keeps large files quick. */
const INSERT_BATCH = 500;

/** Replaces every metric the rows hold (all of its dates, owners and services) with these rows. */
export async function replaceMetrics(db: Db, rows: readonly MetricRow[], source: string | null): Promise<string[]> {
  const metrics = [...new Set(rows.map((r) => r.metric))].sort();
  await db.transaction(async () => {
    await db.run(sql`DELETE FROM business_metrics WHERE list_contains(${sql`[${join(metrics)}]`}, metric)`);
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const values = rows.slice(i, i + INSERT_BATCH).map((r) => sql`(${r.metric}, CAST(${r.date} AS DATE), ${r.owner}, ${r.service}, CAST(${r.value} AS DECIMAL(38, 6)), ${source}, now()::TIMESTAMP)`);
      await db.run(sql`INSERT INTO business_metrics (metric, date, owner, service, value, source, imported_at) VALUES ${join(values)}`);
    }
  });
  return metrics;
}

export async function listMetrics(db: Db): Promise<BusinessMetricSummary[]> {
  const rows = await db.all(sql`
    SELECT metric, strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last, count(*) AS n,
      count(DISTINCT nullif(owner, ${NO_KEY})) AS owners, count(DISTINCT nullif(service, ${NO_KEY})) AS services
    FROM business_metrics GROUP BY metric ORDER BY metric`);
  return rows.map((r) => ({ metric: String(r.metric), from: String(r.first), to: String(r.last), rows: Number(r.n), owners: Number(r.owners), services: Number(r.services) }));
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
  await db.run(sql`DELETE FROM business_metrics WHERE metric = ${metric}`);
  return n;
}
