// The utilization-metrics part of WorkbenchApi: removing a metrics (or Compute Optimizer) import.
// contract.ts spreads these schemas into requestSchemas and extends ResponseMap; guard.ts queues
// METRICS_WRITE_METHODS as writes. Only zod and types here: the preload bundles this file.
import * as z from 'zod';
import type { RemoveMetricsImportResult } from '../ingest/metrics/remove.ts';

export const metricsRequestSchemas = {
  /** Removes one metrics import's rows (the id from the import history); the import stays in the history as removed. */
  removeMetricsImport: z.strictObject({ importId: z.number().int().positive() }),
} as const;

export const METRICS_WRITE_METHODS = ['removeMetricsImport'] as const;

export interface MetricsResponseMap {
  removeMetricsImport: RemoveMetricsImportResult;
}

export type { RemoveMetricsImportResult };
