// Every DuckDB instance the app creates refuses to install or load extensions on demand, and the
// workspace's instance is locked down at open. The first test reads the source: a new
// `DuckDBInstance.create` in core/ without NO_DOWNLOADS_CONFIG fails here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { NO_DOWNLOADS_CONFIG, lockDown } from './duckdb-config.ts';

const CORE = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('DuckDB instances of the app', () => {
  it('are all created with NO_DOWNLOADS_CONFIG', () => {
    const sites = sources(CORE).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/DuckDBInstance\.create\(([^)]*)\)/g)].map((m) => ({ file: relative(CORE, file), args: m[1]! }));
    });
    expect(sites.map((s) => s.file).sort()).toEqual(['store/workspace.ts', 'synth/generate.ts']);
    for (const s of sites) expect(s.args.includes('NO_DOWNLOADS_CONFIG') || /config\b/.test(s.args), s.file).toBe(true);
    expect(readFileSync(join(CORE, 'store', 'workspace.ts'), 'utf8')).toMatch(/\.\.\.NO_DOWNLOADS_CONFIG/);
  });

  it('still have the built-in parquet, json and icu without downloading anything', async () => {
    const staging = mkdtempSync(join(tmpdir(), 'fw-staging-'));
    const db = await DuckDBInstance.create(':memory:', { ...NO_DOWNLOADS_CONFIG });
    const conn = await db.connect();
    try {
      await lockDown(conn, { allowedDirectories: [staging], externalAccess: false });
      const part = join(staging, 'p.parquet').replaceAll("'", "''");
      await conn.run(`COPY (SELECT 42 AS n) TO '${part}' (FORMAT parquet)`);
      const r = await conn.runAndReadAll(
        `SELECT json_extract('{"a": 7}', '$.a')::INTEGER AS j, strftime(TIMESTAMPTZ '2026-01-01 00:00:00+05:00' AT TIME ZONE 'UTC', '%H') AS h,
           (SELECT n FROM read_parquet('${part}')) AS parquet`,
      );
      expect(r.getRowObjectsJson()).toEqual([{ j: 7, h: '19', parquet: 42 }]);
      await expect(conn.run(`COPY (SELECT 1) TO '${join(tmpdir(), 'fw-outside.csv')}'`)).rejects.toThrow(/disabled/);
      await expect(conn.run('INSTALL httpfs')).rejects.toThrow(/disabled/);
      await expect(conn.run("SET memory_limit = '8GB'")).rejects.toThrow(/locked/);
    } finally {
      conn.closeSync();
      db.closeSync();
      rmSync(staging, { recursive: true, force: true });
    }
  });
});
