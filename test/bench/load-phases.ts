// The two ways of loading a bill that the ingest and scale benches compare, each run as a phase
// (phases.ts) so its time and peak memory are its own: the workbench's ingest into a fresh
// workspace, and bare DuckDB copying the same Parquet files into a fresh database file.
import { DuckDBInstance } from '@duckdb/node-api';
import { Workspace } from '../../core/store/workspace.ts';
import { ingestPaths } from '../../core/ingest/index.ts';
// it ingests without the API, so it loads the engines' derived tables itself
import '../../core/engines/register.ts';

/** `CREATE TABLE t AS SELECT * FROM read_parquet(files)` into `db` (DuckDB's defaults); rows copied. */
export async function bareCopy(a: { files: string[]; db: string }): Promise<number> {
  const db = await DuckDBInstance.create(a.db);
  const conn = await db.connect();
  await conn.run(`CREATE TABLE t AS SELECT * FROM read_parquet([${a.files.map((f) => `'${f}'`).join(', ')}])`);
  const rows = Number((await conn.runAndReadAll('SELECT count(*) FROM t')).getRows()[0]?.[0] ?? 0);
  conn.closeSync();
  db.closeSync();
  return rows;
}

/** ingestPaths of `path` into a workspace at `db`; rows loaded. */
export async function ingestWorkspace(a: { path: string; db: string }): Promise<number> {
  const ws = await Workspace.open(a.db);
  try {
    return (await ingestPaths(ws, [a.path])).rowsLoaded;
  } finally {
    ws.close();
  }
}
