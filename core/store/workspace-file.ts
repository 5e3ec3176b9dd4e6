// What stands at a workspace path before DuckDB opens it, and DuckDB's open failures in words a
// person can act on. DuckDB opens a CSV or Parquet path as an empty in-memory database (so every
// import into it would silently vanish), and its lock message names a PID, not what to do.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ErrorCode, WorkbenchError } from '../errors.ts';

/** A DuckDB database file carries "DUCK" at byte 8 of its first block. */
const MAGIC = 'DUCK';
const MAGIC_OFFSET = 8;

export type WorkspaceFileState = 'missing' | 'empty' | 'workspace' | 'directory' | 'other';

export function workspaceFileState(path: string): WorkspaceFileState {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return 'directory';
    size = st.size;
  } catch {
    return 'missing';
  }
  if (size === 0) return 'empty';
  const head = Buffer.alloc(MAGIC_OFFSET + MAGIC.length);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, head, 0, head.length, 0);
  } catch {
    // unreadable: let DuckDB report it with its own reason (permissions and the like)
    return 'workspace';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return head.subarray(MAGIC_OFFSET).toString('latin1') === MAGIC ? 'workspace' : 'other';
}

/** Refuses a path that holds something other than a workspace (a folder, a CSV…). */
export function assertWorkspacePath(path: string): void {
  const state = workspaceFileState(path);
  if (state === 'directory') {
    throw new WorkbenchError(ErrorCode.WORKSPACE_NOT_A_WORKSPACE, `${path} is a folder, not a workspace file. Give the path of a workspace file (usually ending in .duckdb).`, { path });
  }
  if (state === 'other') {
    throw new WorkbenchError(
      ErrorCode.WORKSPACE_NOT_A_WORKSPACE,
      `${path} is not a FinOps Workbench workspace (it is not a DuckDB database file). If it holds billing data, import it into a workspace instead of opening it.`,
      { path },
    );
  }
}

/** DuckDB's reason for not opening a workspace, rewritten where we know what it means. */
export function openFailure(path: string, err: unknown): WorkbenchError {
  const reason = err instanceof Error ? err.message : String(err);
  const lock = /Conflicting lock is held in (.+?) \(PID (\d+)\)/.exec(reason);
  if (lock) {
    return new WorkbenchError(
      ErrorCode.WORKSPACE_LOCKED,
      `${path} is open in another program (${lock[1]}, process ${lock[2]}). A workspace can be open in one program at a time: close it there (or wait for that finops-workbench command to finish), then open it again.`,
      { path, holder: lock[1], pid: Number(lock[2]) },
    );
  }
  return new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `Cannot open workspace ${path}: ${reason}`, { path });
}
