// Opening the workspace named by --db for one command, and closing it afterwards. A workspace
// file this command created is removed again when the command fails (a first ingest of a wrong
// file, Ctrl-C): an empty 1.3 MB workspace left behind looks like data that is not there.
// A file that existed before the command is never removed.
import { existsSync, rmSync } from 'node:fs';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { createWorkbench } from '../api/service.ts';
import type { WorkbenchApi } from '../api/contract.ts';
import { Workspace, type OpenOptions } from '../store/workspace.ts';
import { expandHome } from './paths.ts';

/** DuckDB's write-ahead log beside a workspace file. */
export const WAL_SUFFIX = '.wal';

export function removeWorkspaceFile(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}${WAL_SUFFIX}`, { force: true });
}

/**
 * The expanded path of a workspace that must already exist: commands that only read or change
 * what is saved in it refuse a missing file rather than create an empty workspace there.
 */
export function existingDb(db: string): string {
  const path = expandHome(db);
  if (!existsSync(path)) throw new WorkbenchError(ErrorCode.WORKSPACE_NOT_FOUND, `No workspace at ${db}. Create one with "finops-workbench ingest --db ${db} FILE" or "finops-workbench demo --db ${db}".`, { path });
  return path;
}

export async function withWorkspace<T>(
  db: string | undefined,
  fn: (api: WorkbenchApi, ws: Workspace) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  if (!db) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH (a .duckdb file; it is created if missing).');
  const path = expandHome(db);
  const existed = existsSync(path);
  const ws = await Workspace.open(path, options).catch((err: unknown) => {
    if (!existed) removeWorkspaceFile(path);
    throw err;
  });
  let failed = true;
  try {
    const result = await fn(createWorkbench(ws), ws);
    failed = false;
    return result;
  } finally {
    ws.close();
    if (failed && !existed) removeWorkspaceFile(ws.path);
  }
}
