import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate } from './migrations.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fw-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe('migrate', () => {
  it('applies a migration numbered below one the workspace already has (parallel work lands out of order)', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      await migrate(conn, listMigrations(folder({ '001-a.sql': 'CREATE TABLE a (x INTEGER)', '003-c.sql': 'CREATE TABLE c (x INTEGER)' })));
      await migrate(conn, listMigrations(folder({ '001-a.sql': 'CREATE TABLE a (x INTEGER)', '002-b.sql': 'CREATE TABLE b (x INTEGER)', '003-c.sql': 'CREATE TABLE c (x INTEGER)' })));
      const versions = (await conn.runAndReadAll('SELECT version FROM schema_version ORDER BY version')).getRows().map((r) => Number(r[0]));
      expect(versions).toEqual([1, 2, 3]);
      expect((await conn.runAndReadAll(`SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'`)).getRows()[0]![0]).toBe(1n);
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });
});
