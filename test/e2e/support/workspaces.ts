// Prepared workspaces for the workspace-switch e2e: the real FOCUS sample loaded through the
// normal ingest, and a lock held on a workspace the way another program would hold it.
import { createWorkbench } from '../../../core/api/service.ts';
import { Workspace } from '../../../core/store/workspace.ts';
import { FOCUS_SAMPLE } from './files.ts';

export async function focusSampleWorkspace(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await createWorkbench(ws).ingest({ paths: [FOCUS_SAMPLE] });
  } finally {
    ws.close();
  }
}

/** Opens the workspace in this (the test's) process, so the server's DuckDB finds it locked. */
export async function holdWorkspace(path: string): Promise<() => void> {
  const ws = await Workspace.open(path);
  return () => ws.close();
}
