// The connections methods of WorkbenchApi over an open workspace. A pull through a connection
// that fails (or is cancelled) is kept in the import history like a failed file import.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { recordFailedImport } from '../store/failed-imports.ts';
import { deleteConnection, getConnection, listConnections, previewPull, pullLabel, pullWithConnection, saveConnection, testConnection } from '../sources/connections/index.ts';
import { toApiError } from './errors.ts';
import type { CallContext } from './progress.ts';
import type { connectionsRequestSchemas, ConnectionsResponseMap } from './connections-contract.ts';

export type ConnectionsApi = {
  [M in keyof ConnectionsResponseMap]: (request: z.infer<(typeof connectionsRequestSchemas)[M]>, ctx?: CallContext) => Promise<ConnectionsResponseMap[M]>;
};

export function createConnectionsMethods(ws: Workspace): ConnectionsApi {
  return {
    connectionsList: async () => ({ connections: await listConnections(ws.db) }),
    connectionSave: async (req) => saveConnection(ws.db, req.connection, req.previousName),
    connectionDelete: async (req) => {
      await deleteConnection(ws.db, req.name);
      return { name: req.name, deleted: true };
    },
    connectionTest: async (req, ctx) => {
      const c = req.connection ?? (await getConnection(ws.db, req.name!)).connection;
      return testConnection(c, { confirmCost: req.confirmCost, signal: ctx?.signal });
    },
    connectionPreview: async (req, ctx) => previewPull((await getConnection(ws.db, req.name)).connection, req, ctx?.signal),
    connectionPull: async (req, ctx) => {
      const { connection } = await getConnection(ws.db, req.name);
      try {
        return await pullWithConnection(ws, connection, req, ctx);
      } catch (err) {
        // best effort, as for a file import: the person must see the pull's own error
        await recordFailedImport(ws.db, [pullLabel(connection, req)], toApiError(err)).catch(() => undefined);
        throw err;
      }
    },
  };
}
