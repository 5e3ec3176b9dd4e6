// The one implementation of WorkbenchApi, over an open workspace. Transports (CLI, IPC, HTTP)
// validate requests and call these methods; nothing here knows which transport called.
import type { Workspace } from '../store/workspace.ts';
import { ingestPaths } from '../ingest/index.ts';
import { readWorkspaceInfo, listImports } from '../store/info.ts';
import { removePeriod } from '../store/remove-period.ts';
import { runReadOnlySql } from '../store/read-only-sql.ts';
import type { WorkbenchApi } from './contract.ts';
import { createPivotMethods } from './pivot-service.ts';
import { validateFocus } from '../conformance/index.ts';
import { createSourcesMethods } from './sources-service.ts';

export function createWorkbench(ws: Workspace): WorkbenchApi {
  return {
    info: async () => readWorkspaceInfo(ws),
    ingest: async (req, ctx) => ingestPaths(ws, req.paths, ctx),
    sql: async (req) => runReadOnlySql(ws, req.query, { limit: req.limit }),
    listImports: async () => ({ imports: await listImports(ws.db) }),
    removePeriod: async (req) => removePeriod(ws, req),
    validate: async (req) => validateFocus(ws.db, req),
    ...createPivotMethods(ws),
    ...createSourcesMethods(ws),
  };
}
