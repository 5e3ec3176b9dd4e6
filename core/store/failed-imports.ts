// Import attempts that failed (or were cancelled): kept in their own table so the import history
// still shows them after a reload or a restart. Written only after the ingest has rolled back,
// on the workspace's own connection, and never at the cost of the error the person must see.
import type { ApiError } from '../errors.ts';
import { join, sql } from '../sql/index.ts';
import type { Db } from './db.ts';

/** An import attempt that failed or was cancelled: nothing was loaded, the workspace is as it was. */
export interface FailedImportRecord {
  id: number;
  /** The paths the ingest was given (files or folders). */
  paths: string[];
  /** The error's code: INGEST_*, CANCELLED… */
  code: string;
  message: string;
  attemptedAt: string;
}

/** How many failed attempts the history shows (the newest); older ones stay in the table. */
export const FAILED_IMPORTS_SHOWN = 50;

export async function recordFailedImport(db: Db, paths: readonly string[], error: ApiError): Promise<void> {
  // each path a bound value; CAST keeps the list typed when DuckDB cannot infer it from parameters
  const list = paths.length ? sql`CAST(list_value(${join(paths.map((p) => sql`CAST(${p} AS VARCHAR)`))}) AS VARCHAR[])` : sql`CAST([] AS VARCHAR[])`;
  await db.run(sql`INSERT INTO failed_imports (paths, error_code, message) VALUES (${list}, ${error.code}, ${error.message})`);
}

export async function listFailedImports(db: Db, limit = FAILED_IMPORTS_SHOWN): Promise<FailedImportRecord[]> {
  const rows = await db.all(sql`SELECT id, paths, error_code, message, attempted_at FROM failed_imports ORDER BY id DESC LIMIT ${limit}`);
  return rows.map((r) => ({
    id: Number(r.id),
    paths: (r.paths as string[]) ?? [],
    code: String(r.error_code),
    message: String(r.message),
    attemptedAt: String(r.attempted_at),
  }));
}
