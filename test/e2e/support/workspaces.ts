// Prepared workspaces: `inWorkspace` builds one before serve opens it; for the workspace-switch
// e2e the real FOCUS sample loaded through the normal ingest, and a lock held on a workspace the
// way another program would hold it.
import type { WorkbenchApi } from '../../../core/api/contract.ts';
import { createWorkbench } from '../../../core/api/service.ts';
import { Workspace } from '../../../core/store/workspace.ts';
import { FOCUS_SAMPLE } from './files.ts';

/** Opens the workspace at `path`, lets `build` fill it, and closes it again (serve must find it unlocked). */
export async function inWorkspace(path: string, build: (api: WorkbenchApi, ws: Workspace) => Promise<unknown>): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await build(createWorkbench(ws), ws);
  } finally {
    ws.close();
  }
}

export async function focusSampleWorkspace(path: string): Promise<void> {
  await inWorkspace(path, (api) => api.ingest({ paths: [FOCUS_SAMPLE] }));
}

/** Opens the workspace in this (the test's) process, so the server's DuckDB finds it locked. */
export async function holdWorkspace(path: string): Promise<() => void> {
  const ws = await Workspace.open(path);
  return () => ws.close();
}
