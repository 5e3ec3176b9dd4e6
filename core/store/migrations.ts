// Schema migrations: numbered .sql files applied in order, each in its own transaction,
// recorded in schema_version. A workspace newer than this build is refused, not touched.
// Every migration the workspace has not recorded is applied, not only those above its highest:
// numbers are handed out to parallel work, so 006 can land after 007, and a workspace already at
// 007 must still get 006.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ErrorCode, WorkbenchError } from '../errors.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

export const LATEST_SCHEMA_VERSION = Math.max(...listMigrations().map((m) => m.version));

export async function migrate(conn: DuckDBConnection, migrations = listMigrations()): Promise<number> {
  await conn.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)');
  const reader = await conn.runAndReadAll('SELECT coalesce(max(version), 0) AS v FROM schema_version');
  const current = Number(reader.getRows()[0]?.[0] ?? 0);
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  if (current > latest) {
    throw new WorkbenchError(
      ErrorCode.WORKSPACE_TOO_NEW,
      `This workspace has schema version ${current}, newer than this build knows (${latest}). Update FinOps Workbench to open it.`,
      { current, latest },
    );
  }
  const applied = new Set((await conn.runAndReadAll('SELECT version FROM schema_version')).getRows().map((r) => Number(r[0])));
  const pending = migrations.filter((x) => !applied.has(x.version));
  for (const m of pending) {
    await conn.run('BEGIN TRANSACTION');
    try {
      await conn.run(m.sql);
      await conn.run('INSERT INTO schema_version VALUES ($1, $2, now()::TIMESTAMP)', [m.version, m.name]);
      await conn.run('COMMIT');
    } catch (err) {
      await conn.run('ROLLBACK');
      throw err;
    }
  }
  // Schema changes go to the file now, not only to the WAL: DuckDB 1.5 cannot replay an
  // `ALTER TABLE … ADD COLUMN` from the WAL ("GetDefaultDatabase with no default database set"),
  // so a process that died before its first checkpoint left a workspace that no longer opened.
  if (pending.length > 0) await conn.run('CHECKPOINT');
  return latest;
}
