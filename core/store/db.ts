// A connection that only takes queries built by core/sql, and returns JSON-safe rows.
import { structValue, type DuckDBConnection, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';
import type { SqlQuery, SqlValue } from '../sql/index.ts';
import { toJsonRow, toJsonValue, type JsonRow, type JsonValue } from './values.ts';

function bindable(params: readonly SqlValue[]): DuckDBValue[] {
  return params.map((p) => {
    if (p !== null && typeof p === 'object') return structValue({ ...p.fields });
    return typeof p === 'number' && Number.isInteger(p) && !Number.isSafeInteger(p) ? BigInt(p) : p;
  });
}

export class Db {
  constructor(readonly conn: DuckDBConnection) {}

  async run(q: SqlQuery): Promise<void> {
    if (q.params.length === 0) await this.conn.run(q.text);
    else await this.conn.run(q.text, bindable(q.params));
  }

  async read(q: SqlQuery): Promise<DuckDBResultReader> {
    return q.params.length === 0 ? this.conn.runAndReadAll(q.text) : this.conn.runAndReadAll(q.text, bindable(q.params));
  }

  async all(q: SqlQuery): Promise<JsonRow[]> {
    const reader = await this.read(q);
    return reader.getRowObjects().map(toJsonRow);
  }

  async one(q: SqlQuery): Promise<JsonRow | undefined> {
    return (await this.all(q))[0];
  }

  /** The first column of the first row, or null. */
  async value(q: SqlQuery): Promise<JsonValue> {
    const reader = await this.read(q);
    const first = reader.getRows()[0];
    return first ? toJsonValue(first[0] ?? null) : null;
  }

  /** Runs fn in one transaction: all of it, or nothing. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.conn.run('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.conn.run('COMMIT');
      return result;
    } catch (err) {
      try {
        await this.conn.run('ROLLBACK');
      } catch {
        // the transaction may already be aborted by DuckDB; nothing left to undo
      }
      throw err;
    }
  }

  interrupt(): void {
    this.conn.interrupt();
  }

  close(): void {
    this.conn.closeSync();
  }
}
