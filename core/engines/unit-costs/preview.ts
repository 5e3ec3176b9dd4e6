// What an import of business metrics would bring, before anything is saved: the file parsed as the
// import parses it (same coded errors, row and column), summarised per metric as listMetrics
// summarises the table, with the import's warnings. The Data view shows it before Import.
import type { Db } from '../../store/db.ts';
import { NO_KEY, type MetricGrain } from './constants.ts';
import { metricGrains } from './grain.ts';
import { unknownKeys } from './import.ts';
import { parseMetricsFile, type MetricRow } from './parse.ts';
import type { BusinessMetricSummary } from './result.ts';

export interface BusinessMetricsPreview {
  fileName: string;
  /** Rows the file holds (all would be imported). */
  rows: number;
  /** Per metric of the file, by name: its date range, rows, owners and services. */
  metrics: BusinessMetricSummary[];
  warnings: string[];
}

export async function previewMetricsText(db: Db, text: string, fileName: string, grain?: MetricGrain): Promise<BusinessMetricsPreview> {
  const rows = parseMetricsFile(text, fileName);
  const grains = metricGrains(rows, fileName, grain);
  return { fileName, rows: rows.length, metrics: summarise(rows, grains), warnings: await unknownKeys(db, rows) };
}

function summarise(rows: readonly MetricRow[], grains: ReadonlyMap<string, MetricGrain>): BusinessMetricSummary[] {
  const by = new Map<string, { from: string; to: string; rows: number; owners: Set<string>; services: Set<string> }>();
  for (const r of rows) {
    const m = by.get(r.metric) ?? { from: r.date, to: r.date, rows: 0, owners: new Set<string>(), services: new Set<string>() };
    if (r.date < m.from) m.from = r.date;
    if (r.date > m.to) m.to = r.date;
    m.rows += 1;
    if (r.owner !== NO_KEY) m.owners.add(r.owner);
    if (r.service !== NO_KEY) m.services.add(r.service);
    by.set(r.metric, m);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([metric, m]) => ({ metric, from: m.from, to: m.to, rows: m.rows, owners: m.owners.size, services: m.services.size, grain: grains.get(metric)! }));
}
