// Switching workspaces through the session: a wrong path is refused in words a person can act
// on and the open workspace stays open; `create` makes a new one. Real DuckDB files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppSession } from './session.ts';
import { appMethodTable, dispatch } from './method-table.ts';

let dir: string;
let session: AppSession;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fw-session-'));
  const buildDemo = async () => {
    throw new Error('the demo is not built in this test');
  };
  session = await AppSession.open({ workspacePath: join(dir, 'a.duckdb'), demoPath: join(dir, 'demo.duckdb'), buildDemo });
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(payload: unknown) {
  return dispatch(appMethodTable(session.api), 'openWorkspace', payload);
}

describe('openWorkspace', () => {
  it('refuses a path with no file, creates nothing, and keeps the open workspace', async () => {
    const out = await open({ path: join(dir, 'typo.duckdb') });
    expect(out).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_FOUND' } });
    expect(!out.ok && out.error.message).toContain('typo.duckdb');
    expect(existsSync(join(dir, 'typo.duckdb'))).toBe(false);
    expect(session.info().workspacePath).toBe(join(dir, 'a.duckdb'));
    expect((await dispatch(appMethodTable(session.api), 'info', {})).ok).toBe(true);
  });

  it('refuses a billing CSV and a folder: neither is a workspace', async () => {
    writeFileSync(join(dir, 'cur.csv'), 'lineItem/UsageStartDate,lineItem/UnblendedCost\n2026-01-01T00:00:00Z,1\n');
    mkdirSync(join(dir, 'folder'));
    for (const name of ['cur.csv', 'folder']) {
      const out = await open({ path: join(dir, name) });
      expect(out).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_A_WORKSPACE' } });
    }
    expect(session.info().workspacePath).toBe(join(dir, 'a.duckdb'));
  });

  it('creates a new workspace when asked, then switches back to an existing one', async () => {
    const b = join(dir, 'b.duckdb');
    expect(await open({ path: b, create: true })).toMatchObject({ ok: true, result: { workspacePath: b, isDemo: false } });
    expect(existsSync(b)).toBe(true);
    expect(await open({ path: join(dir, 'a.duckdb') })).toMatchObject({ ok: true, result: { workspacePath: join(dir, 'a.duckdb') } });
  });

  it('creates nothing where the folder is missing, and says which folder', async () => {
    const out = await open({ path: join(dir, 'no-such-folder', 'new.duckdb'), create: true });
    expect(out).toMatchObject({ ok: false, error: { code: 'WORKSPACE_FOLDER_NOT_FOUND' } });
    expect(!out.ok && out.error.message).toContain(`The folder ${join(dir, 'no-such-folder')} does not exist`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    expect(session.info().workspacePath).toBe(join(dir, 'a.duckdb'));
  });

  it('will not turn a file that is not a workspace into one, and leaves it untouched', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    const out = await open({ path: join(dir, 'notes.txt'), create: true });
    expect(out).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_A_WORKSPACE' } });
    expect(!out.ok && out.error.message).toContain('already exists and is not a workspace');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
  });

  it('says whether it created the workspace or opened one that was already there', async () => {
    const b = join(dir, 'b.duckdb');
    expect(await open({ path: b, create: true })).toMatchObject({ ok: true, result: { workspacePath: b, created: true } });
    await open({ path: join(dir, 'a.duckdb') });
    expect(await open({ path: b, create: true })).toMatchObject({ ok: true, result: { workspacePath: b, created: false } });
  });

  it('validates create as a boolean', async () => {
    expect(await open({ path: join(dir, 'b.duckdb'), create: 'yes' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
