// The utilization-metrics methods of WorkbenchApi over an open workspace. Removing is a write:
// guard.ts queues it (METRICS_WRITE_METHODS).
import type * as z from 'zod';
import { removeMetricsImport } from '../ingest/metrics/remove.ts';
import type { Workspace } from '../store/workspace.ts';
import type { metricsRequestSchemas, MetricsResponseMap } from './metrics-contract.ts';
import type { CallContext } from './progress.ts';

export type MetricsApi = {
  [M in keyof MetricsResponseMap]: (request: z.infer<(typeof metricsRequestSchemas)[M]>, ctx?: CallContext) => Promise<MetricsResponseMap[M]>;
};

export function createMetricsMethods(ws: Workspace): MetricsApi {
  return {
    removeMetricsImport: async (req) => removeMetricsImport(ws, req.importId),
  };
}
