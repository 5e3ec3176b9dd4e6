// The connections part of WorkbenchApi: saved connections (CRUD), "test connection", a preview
// of a pull (the Athena query, Cost Explorer's requests and price) and the pull itself.
// contract.ts spreads these schemas into requestSchemas and extends ResponseMap with these
// responses. A connection names its credentials (a profile, or keys in the OS keychain) and
// never carries a secret: the schemas are strict, so a secret field is refused on the way in,
// and the keychain name is resolved in core only.
import * as z from 'zod';
// Values from the schema files only: the preload bundles this contract, and the connections
// barrel reaches the keychain's native module, which a bundle cannot hold.
import { connectionName, connectionSpecSchema } from '../sources/connections/spec.ts';
import { connectionPullSchema } from '../sources/connections/pull-request.ts';
import type { ConnectionPullPreview, ConnectionPullResult, ConnectionTestResult, SavedConnection } from '../sources/connections/index.ts';

export const connectionsRequestSchemas = {
  connectionsList: z.strictObject({}),
  /** Adds a connection; with previousName, replaces (and may rename) that one. */
  connectionSave: z.strictObject({ connection: connectionSpecSchema, previousName: connectionName.optional() }),
  connectionDelete: z.strictObject({ name: connectionName }),
  /** Tests a saved connection (name) or one not saved yet (connection); confirmCost allows Cost Explorer's $0.01. */
  connectionTest: z
    .strictObject({ name: connectionName.optional(), connection: connectionSpecSchema.optional(), confirmCost: z.boolean().optional() })
    .refine((r) => (r.name === undefined) !== (r.connection === undefined), { message: 'give either the name of a saved connection or a connection to test' }),
  connectionPreview: connectionPullSchema,
  connectionPull: connectionPullSchema,
} as const;

export interface ConnectionsResponseMap {
  connectionsList: { connections: SavedConnection[] };
  connectionSave: SavedConnection;
  connectionDelete: { name: string; deleted: true };
  connectionTest: ConnectionTestResult;
  connectionPreview: ConnectionPullPreview;
  connectionPull: ConnectionPullResult;
}

/** A pull runs long: it reports progress and can be cancelled. */
export const CONNECTIONS_LONG_METHODS = ['connectionPull'] as const;

/** Methods that change the workspace: they wait their turn in its write queue. */
export const CONNECTIONS_WRITE_METHODS = ['connectionSave', 'connectionDelete', 'connectionPull'] as const;

export type { SavedConnection, ConnectionPullPreview, ConnectionPullResult, ConnectionTestResult };
export type { ConnectionSpec, ConnectionKindName, ConnectionCheck, AthenaQueryPreview } from '../sources/connections/index.ts';
