// Test support: fresh workspaces in temporary folders, and the API over them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../../core/api/service.ts';
import type { WorkbenchApi } from '../../core/api/contract.ts';
import { Workspace } from '../../core/store/workspace.ts';

export const SHARED_DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface TestWorkspace {
  dir: string;
  ws: Workspace;
  api: WorkbenchApi;
  close: () => void;
}

export function tempDir(prefix = 'fw-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function openTestWorkspace(dir = tempDir()): Promise<TestWorkspace> {
  const ws = await Workspace.open(join(dir, 'workspace.duckdb'));
  return {
    dir,
    ws,
    api: createWorkbench(ws),
    close: () => {
      ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Rows of a query as plain objects, through the read-only SQL method, with DECIMAL columns as
 * numbers (the method returns them as exact text) so that tests can write `BilledCost: 0.96`.
 */
export async function query(api: WorkbenchApi, text: string): Promise<Record<string, unknown>[]> {
  const result = await api.sql({ query: text });
  const decimals = result.columns.filter((c) => c.type.startsWith('DECIMAL')).map((c) => c.name);
  return result.rows.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const name of decimals) if (typeof out[name] === 'string') out[name] = Number(out[name]);
    return out;
  });
}
