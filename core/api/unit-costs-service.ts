// The unit economics methods of WorkbenchApi over an open workspace. Importing and removing
// metrics are writes: guard.ts queues them with the workspace's other writes (WRITE_METHODS).
import type * as z from 'zod';
import { importMetricsFile, importMetricsText, listMetrics, previewMetricsText, removeMetric, run } from '../engines/unit-costs/index.ts';
import type { Workspace } from '../store/workspace.ts';
import type { unitCostsRequestSchemas, UnitCostsResponseMap } from './unit-costs-contract.ts';
import type { CallContext } from './progress.ts';

export type UnitCostsApi = {
  [M in keyof UnitCostsResponseMap]: (request: z.infer<(typeof unitCostsRequestSchemas)[M]>, ctx?: CallContext) => Promise<UnitCostsResponseMap[M]>;
};

export function createUnitCostsMethods(ws: Workspace): UnitCostsApi {
  return {
    businessMetricsImport: async (req) => (req.path !== undefined ? importMetricsFile(ws.db, req.path, req.grain) : importMetricsText(ws.db, req.text ?? '', req.fileName ?? 'the metrics file', req.grain)),
    businessMetricsPreview: async (req) => previewMetricsText(ws.db, req.text, req.fileName),
    businessMetrics: async () => ({ metrics: await listMetrics(ws.db) }),
    businessMetricsRemove: async (req) => ({ removed: await removeMetric(ws.db, req.metric) }),
    unitCosts: async (req) => run(ws.db, req),
  };
}
