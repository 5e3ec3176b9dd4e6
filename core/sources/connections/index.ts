// Saved connections: where billing data lives and how to reach it (never a secret), tested with
// the cheapest real call, previewed and pulled. See ../README.md.
export { ConnectionKind, CONNECTION_KINDS, connectionSpecSchema, connectionName, credentialsLabel, type ConnectionKindName, type ConnectionSpec, type SavedConnection } from './spec.ts';
export { listConnections, getConnection, saveConnection, deleteConnection } from './store.ts';
export { testConnection, DEFAULT_WORKGROUP, type ConnectionTestResult, type ConnectionCheck } from './test-connection.ts';
export { connectionPullSchema, connectionPullFields, pullLabel, type ConnectionPullRequest } from './pull-request.ts';
export { pullWithConnection, previewPull, type ConnectionPullResult, type ConnectionPullPreview, type AthenaQueryPreview } from './pull.ts';
