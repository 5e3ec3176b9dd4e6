// Unit economics: business metrics imported into the workspace, and cost per unit of them.
export { run, DEFAULT_BASIS, type UnitCostsRequest } from './run.ts';
export { parseMetricsFile, type MetricRow } from './parse.ts';
export { replaceMetrics, listMetrics, metricSummary, removeMetric } from './store.ts';
export { importMetricsFile, importMetricsText } from './import.ts';
export { resolveOwnerTag } from './owner-tag.ts';
export { parseVolume, unitCostOf } from './ratio.ts';
export type { UnitCostResult, UnitCostRow, BusinessMetricSummary, BusinessMetricsImportResult } from './result.ts';
export { previewMetricsText, type BusinessMetricsPreview } from './preview.ts';
