// Opening the workspace named by --db for one command, and closing it afterwards.
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { createWorkbench } from '../api/service.ts';
import type { WorkbenchApi } from '../api/contract.ts';
import { Workspace, type OpenOptions } from '../store/workspace.ts';

export async function withWorkspace<T>(
  db: string | undefined,
  fn: (api: WorkbenchApi, ws: Workspace) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  if (!db) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH (a .duckdb file; it is created if missing).');
  const ws = await Workspace.open(db, options);
  try {
    return await fn(createWorkbench(ws), ws);
  } finally {
    ws.close();
  }
}
