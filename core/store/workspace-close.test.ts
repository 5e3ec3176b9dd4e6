// Closing a workspace while a statement runs (serve stopped while a view's forecast still
// queries): DuckDB 1.5 deadlocks if the connection is disconnected under the running query, and
// the process never exits. The close must stop the statement, wait for it, then close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sql } from '../sql/index.ts';
import type { Db } from './db.ts';
import { runReadOnlySql } from './read-only-sql.ts';
import { Workspace } from './workspace.ts';

// seconds of work on any machine, so the close surely lands while it runs
const LONG = sql`SELECT count(*) FROM range(4000000000) t(i) WHERE hash(i) % 7 = 3`;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The outcome is wrapped: an async function returning a promise would wait for it. */
async function started(ws: Workspace): Promise<{ outcome: Promise<unknown> }> {
  const running = ws.db.value(LONG).then(
    () => 'finished',
    (err: unknown) => err,
  );
  // the statement counts as running from the moment it is handed to DuckDB
  while (ws.db.idle) await new Promise((r) => setImmediate(r));
  return { outcome: running };
}

describe('closing a workspace under a running statement', () => {
  it('closeWhenIdle interrupts the statement, resolves, and releases the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-close-'));
    const path = join(dir, 'w.duckdb');
    const ws = await Workspace.open(path);
    const running = await started(ws);
    await ws.closeWhenIdle();
    const outcome = await running.outcome;
    expect(outcome).toBeInstanceOf(Error);
    expect(String(outcome)).toMatch(/interrupt/i);
    // the file lock is gone: the workspace opens again in this process
    const again = await Workspace.open(path);
    expect(await again.db.value(sql`SELECT 42`)).toBe(42);
    again.close();
  });

  it('close() under a running statement returns at once and closes when the statement has ended', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-close-'));
    const path = join(dir, 'w.duckdb');
    const ws = await Workspace.open(path);
    const running = await started(ws);
    ws.close();
    expect(String(await running.outcome)).toMatch(/interrupt/i);
    await ws.closeWhenIdle();
    await expect(ws.db.value(sql`SELECT 1`)).rejects.toMatchObject({ code: 'WORKSPACE_CLOSING' });
  });

  it('a separate connection running a statement is stopped too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-close-'));
    const ws = await Workspace.open(join(dir, 'w.duckdb'));
    const conn = await ws.connect();
    const running = conn.value(LONG).catch((err: unknown) => err);
    while (conn.idle) await new Promise((r) => setImmediate(r));
    await ws.closeWhenIdle();
    expect(String(await running)).toMatch(/interrupt/i);
    expect(conn.isClosed).toBe(true);
  });

  // The statements below were sent to DuckDB behind the connection's count: a close saw it idle
  // and disconnected under them (serve hung after SIGTERM when the Forecast view's calls failed
  // and the guard asked the workspace whether it was healthy).
  it('a health check counts as a running statement, so a close waits for it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-close-'));
    const ws = await Workspace.open(join(dir, 'w.duckdb'));
    const check = ws.healthy();
    expect(ws.db.idle).toBe(false);
    await ws.closeWhenIdle();
    expect(await check).toBe(true);
  });

  it('a connection asked for while the workspace closes is refused', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-close-'));
    const ws = await Workspace.open(join(dir, 'w.duckdb'));
    const running = await started(ws);
    const closing = ws.closeWhenIdle();
    await expect(ws.connect()).rejects.toMatchObject({ code: 'WORKSPACE_CLOSING' });
    await closing;
    expect(String(await running.outcome)).toMatch(/interrupt/i);
  });

  it("a user's read-only SQL on its own connection counts as running: the close interrupts it and waits", async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-close-'));
    const ws = await Workspace.open(join(dir, 'w.duckdb'));
    const connect = ws.connect.bind(ws);
    let conn: Db | undefined;
    vi.spyOn(ws, 'connect').mockImplementation(async () => (conn = await connect()));
    const running = runReadOnlySql(ws, LONG.text).catch((err: unknown) => err);
    while (!conn || conn.idle) await new Promise((r) => setImmediate(r));
    await ws.closeWhenIdle();
    expect(String(await running)).toMatch(/interrupt/i);
    expect(conn.isClosed).toBe(true);
  });
});
