// DuckDB FATAL and INTERNAL errors invalidate the whole database instance: every later statement
// on any of its connections fails with "database has been invalidated" until the file is opened
// again. Here: recognising them, and the error a caller gets when its workspace was reopened.
import { ErrorCode, WorkbenchError } from '../errors.ts';

const INVALIDATION = /database has been invalidated|^(FATAL|INTERNAL) Error/m;

/** True for an error that means (or caused) an invalidated instance. */
export function isInvalidation(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return INVALIDATION.test(message);
}

/** The first line of DuckDB's reason, without its stack trace, bounded. */
export function duckdbReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.split('\n')[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}

export function workspaceReopened(path: string, cause: unknown): WorkbenchError {
  return new WorkbenchError(
    ErrorCode.WORKSPACE_REOPENED,
    `The database engine failed inside this workspace (${duckdbReason(cause)}), so ${path} was closed and opened again: ` +
      'the request that met the failure stopped and nothing of it was saved; everything saved before is there. Try again; if it fails the same way, report it with the file you were loading.',
    { path },
  );
}
