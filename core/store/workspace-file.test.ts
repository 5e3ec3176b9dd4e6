import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFailure, workspaceFileState } from './workspace-file.ts';
import { Workspace } from './workspace.ts';

const dir = mkdtempSync(join(tmpdir(), 'fw-wsfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workspaceFileState', () => {
  it('tells a workspace from a CSV, a folder, an empty and a missing file', async () => {
    const ws = await Workspace.open(join(dir, 'w.duckdb'));
    ws.close();
    writeFileSync(join(dir, 'x.csv'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'empty.duckdb'), '');
    mkdirSync(join(dir, 'sub'));
    expect(workspaceFileState(join(dir, 'w.duckdb'))).toBe('workspace');
    expect(workspaceFileState(join(dir, 'x.csv'))).toBe('other');
    expect(workspaceFileState(join(dir, 'empty.duckdb'))).toBe('empty');
    expect(workspaceFileState(join(dir, 'sub'))).toBe('directory');
    expect(workspaceFileState(join(dir, 'none.duckdb'))).toBe('missing');
  });

  it('Workspace.open refuses a CSV instead of opening it as an empty in-memory database', async () => {
    await expect(Workspace.open(join(dir, 'x.csv'))).rejects.toMatchObject({ code: 'WORKSPACE_NOT_A_WORKSPACE' });
  });
});

describe('openFailure', () => {
  it('turns DuckDB lock conflicts into which program holds the workspace and what to do', () => {
    const err = openFailure('/w.duckdb', new Error('IO Error: Could not set lock on file "/w.duckdb": Conflicting lock is held in /usr/bin/node (PID 1555). See also https://duckdb.org/docs/stable/connect/concurrency'));
    expect(err.code).toBe('WORKSPACE_LOCKED');
    expect(err.message).toBe('/w.duckdb is open in another program (/usr/bin/node, process 1555). A workspace can be open in one program at a time: close it there (or wait for that finops-workbench command to finish), then open it again.');
  });
  it('keeps other reasons as they are', () => {
    expect(openFailure('/w.duckdb', new Error('IO Error: disk full'))).toMatchObject({ code: 'WORKSPACE_OPEN_FAILED', message: 'Cannot open workspace /w.duckdb: IO Error: disk full' });
  });
});
