// Turning a failed load into words a person can act on: which file, which line, which column,
// what value, and what was expected. Runs only after a failure, on a single thread so that row
// numbers follow the file.
import { ErrorCode, snippet, WorkbenchError } from '../errors.ts';
import { duckdbReason } from '../store/fatal.ts';
import { importCancelled } from './cancelled.ts';
import type { Db } from '../store/db.ts';
import { MONEY_TYPE } from '../store/focus-columns.ts';
import { empty, raw, sql, type SqlQuery } from '../sql/index.ts';
import type { PreparedFile } from './prepare.ts';
import { mapSource } from './select.ts';
import { colRef, readRelation } from './source.ts';

function lineOf(prepared: PreparedFile, rowNumber: number): string {
  // CSV: the header is line 1, so data row n is line n + 1. Parquet has rows, not lines.
  return prepared.src.container === 'csv' ? `line ${rowNumber + 1}` : `row ${rowNumber}`;
}

async function singleThreaded<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const threads = await db.value(sql`SELECT current_setting('threads')`);
  await db.run(sql`SET threads = 1`);
  try {
    return await fn();
  } finally {
    await db.run(sql`SET threads = ${raw(String(Number(threads) || 1))}`);
  }
}

/** The first row (1-based) where `predicate` holds of `v`, the selected value of each row, or null. */
async function firstRow(db: Db, prepared: PreparedFile, select: SqlQuery, predicate: SqlQuery, joins: SqlQuery = empty): Promise<{ row: number; value: unknown } | null> {
  // Numbered before any join so that row numbers follow the file.
  const q = sql`SELECT rn, v FROM (SELECT rn, ${select} AS v FROM (SELECT row_number() OVER () AS rn, * FROM ${readRelation(prepared.src)}) AS src ${joins}) WHERE ${predicate} ORDER BY rn LIMIT 1`;
  const r = await singleThreaded(db, () => db.one(q)).catch(() => undefined);
  return r ? { row: Number(r.rn), value: r.v } : null;
}

const CSV_LINE = /CSV Error on Line: (\d+)/;
const COLUMN_COUNT = /Expected Number of Columns: (\d+) Found: (\d+)/;

/** Explains a DuckDB failure while reading or converting one file. */
export async function explainLoadError(db: Db, prepared: PreparedFile, err: unknown): Promise<WorkbenchError> {
  const file = prepared.src.displayPath;
  const message = err instanceof Error ? err.message : String(err);
  if (/interrupt/i.test(message)) return importCancelled();
  const csvLine = CSV_LINE.exec(message);
  if (csvLine) {
    const counts = COLUMN_COUNT.exec(message);
    // DuckDB's message also quotes the whole line ("Original Line: ..."): that is never passed on
    const reason = message.split('\n').find((l) => /quote|Invalid|error/i.test(l) && !l.startsWith('CSV Error') && !/^\s*Original Line/i.test(l));
    const what = counts ? `it has ${counts[2]} fields where the header has ${counts[1]}` : (reason ?? 'it cannot be parsed').trim().slice(0, 160);
    return new WorkbenchError(
      ErrorCode.INGEST_MALFORMED_CSV,
      `${file}, line ${csvLine[1]}: the CSV row is broken (${what}). Fix or re-export the file; nothing was loaded.`,
      { file, line: Number(csvLine[1]) },
    );
  }
  if (/CSV Parser|CSV Error/i.test(message)) {
    return new WorkbenchError(ErrorCode.INGEST_MALFORMED_CSV, `${file}: the CSV cannot be parsed (${duckdbReason(err)}). Fix or re-export the file; nothing was loaded.`, { file });
  }
  if (/Conversion Error|Could not convert|Malformed JSON|JSON/i.test(message)) {
    const { converted } = mapSource(prepared.src, prepared.format);
    for (const [column, kind] of converted) {
      const type = raw(kind === 'number' ? MONEY_TYPE : 'TIMESTAMPTZ');
      const hit = await firstRow(db, prepared, sql`${colRef(column)}`, sql`NULLIF(trim(v), '') IS NOT NULL AND TRY_CAST(NULLIF(trim(v), '') AS ${type}) IS NULL`);
      if (hit) {
        const expected = kind === 'number' ? 'a number' : 'a date and time such as 2024-01-31T00:00:00Z';
        return new WorkbenchError(
          ErrorCode.INGEST_BAD_VALUE,
          `${file}, ${lineOf(prepared, hit.row)}, column ${column.name}: ${snippet(hit.value)} is not ${expected}. Fix the value or re-export the file; nothing was loaded.`,
          { file, row: hit.row, column: column.name, value: snippet(hit.value) },
        );
      }
    }
    for (const name of ['Tags', 'resource_tags', 'product']) {
      const column = prepared.src.columns.find((c) => c.name === name && c.type === 'VARCHAR');
      if (!column) continue;
      const hit = await firstRow(db, prepared, sql`${colRef(column)}`, sql`NULLIF(v, '') IS NOT NULL AND NOT json_valid(NULLIF(v, ''))`);
      if (hit) {
        return new WorkbenchError(
          ErrorCode.INGEST_BAD_VALUE,
          `${file}, ${lineOf(prepared, hit.row)}, column ${name}: ${snippet(hit.value)} is not a JSON object of key/value pairs. Fix the value or re-export the file; nothing was loaded.`,
          { file, row: hit.row, column: name, value: snippet(hit.value) },
        );
      }
    }
  }
  return new WorkbenchError(ErrorCode.INGEST_BAD_VALUE, `${file}: the file could not be loaded (${duckdbReason(err)}). Nothing was loaded.`, { file });
}

/** Finds the first source row where a mapped FOCUS column comes out null. */
export async function firstNullRow(db: Db, prepared: PreparedFile, focusColumn: string): Promise<number | null> {
  const { exprs, joins } = mapSource(prepared.src, prepared.format);
  const e = exprs[focusColumn];
  if (!e) return null;
  const hit = await firstRow(db, prepared, e, sql`v IS NULL`, joins);
  return hit?.row ?? null;
}

/** Finds the first source row whose mapped FOCUS column differs from `value`. */
export async function firstRowNotEqual(db: Db, prepared: PreparedFile, focusColumn: string, value: string): Promise<number | null> {
  const { exprs, joins } = mapSource(prepared.src, prepared.format);
  const e = exprs[focusColumn];
  if (!e) return null;
  const hit = await firstRow(db, prepared, e, sql`v IS DISTINCT FROM ${value}`, joins);
  return hit?.row ?? null;
}

export { lineOf };
