// Read-only SQL for analysts (issue 8). Four locks, each enough against a different mistake:
// 1. the workspace instance runs with external access off and its configuration locked
//    (duckdb-config.ts), so no statement reaches a file, an extension or a setting;
// 2. the text must parse, in DuckDB's own parser, as exactly one SELECT (json_serialize_sql
//    serializes nothing else: EXPLAIN, and so EXPLAIN ANALYZE, which runs its statement, is refused);
// 3. the prepared statement must be of type SELECT;
// 4. it runs on its own connection inside a READ ONLY transaction that is rolled back.
// Results are bounded by rows and by bytes, read chunk by chunk and row by row, so a
// `SELECT * FROM focus` cannot fill the heap; DECIMAL values come out as exact decimal text.
import { StatementType, type DuckDBConnection, type DuckDBPreparedStatement, type DuckDBResult } from '@duckdb/node-api';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { toJsonValue, type JsonRow } from './values.ts';
import type { Workspace } from './workspace.ts';

export interface SqlResult {
  columns: { name: string; type: string }[];
  /** DECIMAL values (money) are exact decimal text, e.g. "12345678901234.123456789012". */
  rows: JsonRow[];
  truncated: boolean;
  /** Which bound stopped the rows: the row limit, or the byte budget of one result. */
  truncatedBy: 'rows' | 'bytes' | null;
  /** Why the rows stop, in words, when they do. */
  note: string | null;
}

export const DEFAULT_SQL_LIMIT = 10_000;
/** JSON bytes of rows one call returns at most (the transports send them as one JSON document). */
export const SQL_RESULT_MAX_BYTES = 16 * 1024 * 1024;

const ONE_SELECT = 'Only one read-only query (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW) runs here';
const FILE_ACCESS_OFF = /file system operations are disabled|Cannot access (file|directory)|external (access|extensions) is disabled|Loading external extensions is disabled/i;

export interface ReadOnlySqlOptions {
  limit?: number;
  maxBytes?: number;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'SQL failed';
}

function failure(err: unknown): WorkbenchError {
  const message = firstLine(err);
  if (FILE_ACCESS_OFF.test(message)) {
    return new WorkbenchError(
      ErrorCode.SQL_FILE_ACCESS,
      `SQL here reads the workspace only, not files or the network (${message}). To query a file on this computer, use the command line: finops-workbench sql --allow-files --db W "SELECT ...".`,
    );
  }
  return new WorkbenchError(ErrorCode.SQL_FAILED, message);
}

/** The statement's first word, only to name it in the refusal; the check itself is DuckDB's parse. */
function leadingWord(text: string): string {
  const words = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim().split(/\s+/);
  const lead = (words[0] ?? '').toUpperCase();
  return lead === 'EXPLAIN' && /^ANALY[SZ]E$/i.test(words[1] ?? '') ? `EXPLAIN ANALYZE ${(words[2] ?? '').toUpperCase()}` : lead;
}

/** True when DuckDB's parser reads `text` as exactly one SELECT statement. */
async function parsesAsOneSelect(conn: DuckDBConnection, text: string): Promise<boolean> {
  const reader = await conn.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS ast', [text]);
  const ast = JSON.parse(String(reader.getRows()[0]?.[0] ?? '{}')) as { error?: boolean; statements?: unknown[] };
  return ast.error !== true && ast.statements?.length === 1;
}

async function prepareSelect(conn: DuckDBConnection, text: string): Promise<DuckDBPreparedStatement> {
  let count: number;
  let extracted;
  try {
    extracted = await conn.extractStatements(text);
    count = extracted.count;
  } catch (err) {
    throw new WorkbenchError(ErrorCode.SQL_FAILED, `The SQL cannot be parsed: ${firstLine(err)}`);
  }
  if (count !== 1) throw new WorkbenchError(ErrorCode.SQL_NOT_READ_ONLY, `${ONE_SELECT}; got ${count} statements.`);
  if (!(await parsesAsOneSelect(conn, text))) {
    throw new WorkbenchError(ErrorCode.SQL_NOT_READ_ONLY, `${ONE_SELECT}; this is a ${leadingWord(text)} statement. Nothing was run.`);
  }
  let prepared: DuckDBPreparedStatement;
  try {
    prepared = await extracted.prepare(0);
  } catch (err) {
    throw failure(err);
  }
  if (prepared.statementType !== StatementType.SELECT) {
    throw new WorkbenchError(ErrorCode.SQL_NOT_READ_ONLY, `${ONE_SELECT}; this is a ${StatementType[prepared.statementType]} statement. Nothing was run.`);
  }
  return prepared;
}

/** Streams the rows of one read-only query to `onRow` until the row or byte bound; returns how it ended. */
export async function streamReadOnlySql(
  ws: Workspace,
  text: string,
  onRow: (row: JsonRow, bytes: number) => void,
  options: ReadOnlySqlOptions = {},
): Promise<Omit<SqlResult, 'rows'> & { rowCount: number }> {
  const limit = options.limit ?? DEFAULT_SQL_LIMIT;
  const maxBytes = options.maxBytes ?? SQL_RESULT_MAX_BYTES;
  const db = await ws.connect();
  try {
    // the whole read counts as one running statement: a workspace closing meanwhile interrupts it
    // and waits for it, never disconnecting under it (db.ts)
    return await db.withConnection((conn) => streamSelect(conn, text, onRow, limit, maxBytes));
  } finally {
    db.close();
  }
}

async function streamSelect(
  conn: DuckDBConnection,
  text: string,
  onRow: (row: JsonRow, bytes: number) => void,
  limit: number,
  maxBytes: number,
): Promise<Omit<SqlResult, 'rows'> & { rowCount: number }> {
  const prepared = await prepareSelect(conn, text);
  await conn.run('BEGIN TRANSACTION READ ONLY');
  try {
    const result = await prepared.stream().catch((err: unknown) => {
      throw failure(err);
    });
    const names = result.columnNames();
    const columns = names.map((name, i) => ({ name, type: result.columnTypes()[i]!.toString() }));
    let rowCount = 0;
    let bytes = 2; // the array's brackets
    let truncatedBy: SqlResult['truncatedBy'] = null;
    reading: for (;;) {
      const chunk = await result.fetchChunk().catch((err: unknown) => {
        throw failure(err);
      });
      if (!chunk || chunk.rowCount === 0) break;
      const vectors = names.map((_, c) => chunk.getColumnVector(c));
      for (let r = 0; r < chunk.rowCount; r++) {
        if (rowCount >= limit) {
          truncatedBy = 'rows';
          break reading;
        }
        const row: JsonRow = {};
        for (let c = 0; c < names.length; c++) row[names[c]!] = toJsonValue(vectors[c]!.getItem(r), true);
        const size = Buffer.byteLength(JSON.stringify(row)) + 1;
        if (bytes + size > maxBytes) {
          truncatedBy = 'bytes';
          break reading;
        }
        bytes += size;
        rowCount++;
        onRow(row, size);
      }
    }
    if (truncatedBy) await abandon(conn, result);
    return { columns, rowCount, truncated: truncatedBy !== null, truncatedBy, note: truncationNote(truncatedBy, rowCount, limit, maxBytes) };
  } finally {
    // never a write to undo; ending the transaction must not hide the error that ended the query
    await conn.run('ROLLBACK').catch(() => {});
  }
}

/**
 * Ends a result read only in part. A streaming result left open keeps DuckDB's database alive,
 * and the workspace file locked, after the instance is closed (until the garbage collector frees
 * it); interrupting and draining it lets go at once without running the rest of the query.
 */
async function abandon(conn: DuckDBConnection, result: DuckDBResult): Promise<void> {
  conn.interrupt();
  try {
    while ((await result.fetchChunk())?.rowCount) {
      // nothing to read: the interrupt ends the stream within a chunk or two
    }
  } catch {
    // "Interrupted!": the stream is over, which is what we want
  }
}

function truncationNote(by: SqlResult['truncatedBy'], rows: number, limit: number, maxBytes: number): string | null {
  const n = rows.toLocaleString('en-US');
  if (by === 'rows') return `Only the first ${n} rows are shown (the row limit is ${limit.toLocaleString('en-US')}); raise the limit, or aggregate in SQL.`;
  if (by === 'bytes') {
    return `Only the first ${n} rows are shown: the result passed ${Math.round(maxBytes / (1024 * 1024))} MB, the most one query returns. Select fewer columns, aggregate in SQL (GROUP BY), or page with LIMIT and OFFSET.`;
  }
  return null;
}

export async function runReadOnlySql(ws: Workspace, text: string, options: ReadOnlySqlOptions = {}): Promise<SqlResult> {
  const rows: JsonRow[] = [];
  const end = await streamReadOnlySql(ws, text, (row) => rows.push(row), options);
  return { columns: end.columns, rows, truncated: end.truncated, truncatedBy: end.truncatedBy, note: end.note };
}
