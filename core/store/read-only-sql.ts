// Read-only SQL for analysts: only SELECT-like statements run (each statement is prepared and its
// type checked before anything executes), and results come back as JSON-safe rows.
import { StatementType } from '@duckdb/node-api';
import type { SqlResult } from '../api/contract.ts';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { toJsonRow } from './values.ts';
import type { Workspace } from './workspace.ts';

const READ_ONLY = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);
export const DEFAULT_SQL_LIMIT = 10_000;

export async function runReadOnlySql(ws: Workspace, text: string, limit = DEFAULT_SQL_LIMIT): Promise<SqlResult> {
  const conn = ws.db.conn;
  let extracted;
  try {
    extracted = await conn.extractStatements(text);
  } catch (err) {
    throw new WorkbenchError(ErrorCode.SQL_FAILED, `The SQL cannot be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (extracted.count !== 1) throw new WorkbenchError(ErrorCode.SQL_NOT_READ_ONLY, `Give exactly one SELECT statement (got ${extracted.count}).`);
  let prepared;
  try {
    prepared = await extracted.prepare(0);
  } catch (err) {
    throw new WorkbenchError(ErrorCode.SQL_FAILED, (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'SQL failed');
  }
  if (!READ_ONLY.has(prepared.statementType)) {
    throw new WorkbenchError(ErrorCode.SQL_NOT_READ_ONLY, `Only read-only queries (SELECT) are allowed here; this is a ${StatementType[prepared.statementType]} statement.`);
  }
  try {
    const result = await prepared.stream();
    const columns = result.columnNames().map((name, i) => ({ name, type: result.columnTypes()[i]!.toString() }));
    const rows = [];
    let truncated = false;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (const row of chunk.getRowObjects(result.columnNames())) {
        if (rows.length >= limit) {
          truncated = true;
          break;
        }
        rows.push(toJsonRow(row));
      }
      if (truncated) break;
    }
    return { columns, rows, truncated };
  } catch (err) {
    throw new WorkbenchError(ErrorCode.SQL_FAILED, (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'SQL failed');
  }
}
