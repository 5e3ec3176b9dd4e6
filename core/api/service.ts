// The one implementation of WorkbenchApi, over an open workspace. Transports (CLI, IPC, HTTP)
// validate requests and call these methods; nothing here knows which transport called.
import type { Workspace } from '../store/workspace.ts';
// every workspace the API serves keeps the engines' derived tables (the pivot aggregate) fresh
import '../engines/register.ts';
import { ingestPaths, type IngestOptions } from '../ingest/index.ts';
import { readWorkspaceInfo, listImports } from '../store/info.ts';
import { removePeriod } from '../store/remove-period.ts';
import { runReadOnlySql } from '../store/read-only-sql.ts';
import type { IngestResult, WorkbenchApi } from './contract.ts';
import { ErrorCode, toApiError, WorkbenchError } from './errors.ts';
import { guarded } from './guard.ts';
import type { CallContext } from './progress.ts';
import { recordFailedImport } from '../store/failed-imports.ts';
import { createPivotMethods } from './pivot-service.ts';
import { summaryFromAggregate } from '../engines/pivot/index.ts';
import { validateFocus } from '../conformance/index.ts';
import { createSourcesMethods } from './sources-service.ts';
import { createForecastMethods } from './forecast-service.ts';
import { createAnomalyMethods } from './anomaly-service.ts';
import { listTagKeys, setTagKey } from '../ingest/aws/tag-key-edit.ts';
import { createTagsMethods } from './tags-service.ts';
import { createConnectionsMethods } from './connections-service.ts';
import { createBudgetsMethods } from './budgets-service.ts';
import { createChargebackMethods } from './chargeback-service.ts';
import { createChargebackKubernetesMethods } from './chargeback-k8s-service.ts';
import { createCommitmentsMethods } from './commitments-service.ts';
import { createChargebackExportMethods } from './chargeback-export-service.ts';
import { createRightsizingMethods } from './rightsizing-service.ts';
import { createReviewMethods } from './review-service.ts';
import { createUnitCostsMethods } from './unit-costs-service.ts';
import { createMetricsMethods } from './metrics-service.ts';

export function createWorkbench(ws: Workspace): WorkbenchApi {
  // the review pack reads the engines through this same guarded API (review-service.ts)
  const guardedApi: { api?: WorkbenchApi } = {};
  const api = methods(ws, () => guardedApi.api!);
  const out: Record<string, (req: unknown, ctx?: CallContext) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(api) as [string, (req: unknown, ctx?: CallContext) => Promise<unknown>][]) {
    out[name] = (req, ctx) => guarded(ws, name, ctx, () => fn(req, ctx));
  }
  guardedApi.api = out as WorkbenchApi;
  return guardedApi.api;
}

function methods(ws: Workspace, self: () => WorkbenchApi): WorkbenchApi {
  return {
    info: async () => readWorkspaceInfo(ws, summaryFromAggregate),
    ingest: async (req, ctx) => ingestRecordingFailure(ws, req.paths, ctx, { overlap: req.overlap }),
    sql: async (req) => runReadOnlySql(ws, req.query, { limit: req.limit }),
    listImports: async () => ({ imports: await listImports(ws.db) }),
    removePeriod: async (req) => removePeriod(ws, req),
    validate: async (req) => validateFocus(ws.db, req),
    ...createPivotMethods(ws),
    ...createSourcesMethods(ws),
    ...createForecastMethods(ws),
    ...createAnomalyMethods(ws),
    tagKeys: async () => listTagKeys(ws.db),
    setTagKey: async (req) => setTagKey(ws, req),
    ...createTagsMethods(ws),
    ...createConnectionsMethods(ws),
    ...createBudgetsMethods(ws),
    ...createChargebackMethods(ws),
    ...createChargebackKubernetesMethods(ws),
    ...createCommitmentsMethods(ws),
    ...createChargebackExportMethods(ws),
    ...createRightsizingMethods(ws),
    ...createReviewMethods(ws, self),
    ...createUnitCostsMethods(ws),
    ...createMetricsMethods(ws),
  };
}

/** An ingest whose failure (or cancellation) is kept in the import history, then rethrown as is. */
async function ingestRecordingFailure(ws: Workspace, paths: string[], ctx: CallContext | undefined, options: IngestOptions): Promise<IngestResult> {
  try {
    return await ingestPaths(ws, paths, ctx, undefined, options);
  } catch (err) {
    // a question (replace or append?) is not a failed attempt: the person answers and runs it again
    if (err instanceof WorkbenchError && err.code === ErrorCode.INGEST_REPLACE_OR_APPEND) throw err;
    // best effort: a workspace DuckDB has invalidated cannot record anything, and the person
    // must still see the ingest's own error rather than this one
    await recordFailedImport(ws.db, paths, toApiError(err)).catch(() => undefined);
    throw err;
  }
}
