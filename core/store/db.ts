// A connection that only takes queries built by core/sql, and returns JSON-safe rows.
import { structValue, type DuckDBConnection, type DuckDBDataChunk, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import type { SqlQuery, SqlValue } from '../sql/index.ts';
import { toJsonRow, toJsonValue, type JsonRow, type JsonValue } from './values.ts';

function bindable(params: readonly SqlValue[]): DuckDBValue[] {
  return params.map((p) => {
    if (p !== null && typeof p === 'object') return structValue({ ...p.fields });
    return typeof p === 'number' && Number.isInteger(p) && !Number.isSafeInteger(p) ? BigInt(p) : p;
  });
}

/** How often closeWhenIdle() repeats its interrupt while a statement has not ended. */
const INTERRUPT_RETRY_MS = 25;

export class Db {
  /** Statements running on this connection now (see close()). */
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private closed = false;
  /** Set by closeWhenIdle(): no new statement starts, so the running ones can only end. */
  private draining = false;

  constructor(
    readonly conn: DuckDBConnection,
    private readonly onClose?: (db: Db) => void,
  ) {}

  async run(q: SqlQuery): Promise<void> {
    await this.track(() => (q.params.length === 0 ? this.conn.run(q.text) : this.conn.run(q.text, bindable(q.params))));
  }

  async read(q: SqlQuery): Promise<DuckDBResultReader> {
    return this.track(() => (q.params.length === 0 ? this.conn.runAndReadAll(q.text) : this.conn.runAndReadAll(q.text, bindable(q.params))));
  }

  /**
   * Hands each chunk of the result to `onChunk`: for engines that read numeric columns as typed
   * arrays (a vector's items), where row objects would cost seconds. The result is materialized
   * first, never streamed: other calls share this connection, and a statement run on it while a
   * stream is open ends the stream early without an error (DuckDB 1.5), which would hand the
   * engine a part of its rows as if it were all of them.
   */
  async chunks(q: SqlQuery, onChunk: (chunk: DuckDBDataChunk) => void): Promise<void> {
    await this.track(async () => {
      const result = q.params.length === 0 ? await this.conn.run(q.text) : await this.conn.run(q.text, bindable(q.params));
      for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) onChunk(chunk);
    });
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

  /**
   * Work that drives the DuckDB connection itself (a prepared statement streamed by hand, as the
   * read-only SQL of a user is): counted as one running statement from start to end, so a close
   * interrupts it and waits for it instead of disconnecting under it (see close()).
   */
  async withConnection<T>(work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.track(() => work(this.conn));
  }

  /** Runs fn in one transaction: all of it, or nothing. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.track(() => this.conn.run('BEGIN TRANSACTION'));
    try {
      const result = await fn();
      await this.track(() => this.conn.run('COMMIT'));
      return result;
    } catch (err) {
      try {
        await this.track(() => this.conn.run('ROLLBACK'));
      } catch {
        // the transaction may already be aborted by DuckDB; nothing left to undo
      }
      throw err;
    }
  }

  interrupt(): void {
    this.conn.interrupt();
  }

  get idle(): boolean {
    return this.inFlight === 0;
  }

  /** Resolves once no statement runs on this connection. */
  whenIdle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Never while a statement runs: DuckDB 1.5 deadlocks when a connection is disconnected under
   * a running query (the query ends holding the last reference to its client context, whose
   * destructor waits on the lock the query holds), and the process can never exit. So with a
   * statement running, this interrupts it and closes once it has ended (closeWhenIdle()).
   */
  close(): void {
    if (this.closed) return;
    if (this.inFlight > 0) {
      void this.closeWhenIdle();
      return;
    }
    this.closed = true;
    this.conn.closeSync();
    this.onClose?.(this);
  }

  /** Stops what runs on the connection (it fails with an interruption), then closes it. */
  async closeWhenIdle(): Promise<void> {
    this.draining = true;
    // an interrupt lands only on a statement DuckDB has begun, and a statement handed to the
    // native side a moment ago may not have begun yet: interrupt until the connection is idle
    while (this.inFlight > 0) {
      this.conn.interrupt();
      await Promise.race([this.whenIdle(), new Promise((r) => setTimeout(r, INTERRUPT_RETRY_MS))]);
    }
    this.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async track<T>(statement: () => Promise<T>): Promise<T> {
    if (this.closed || this.draining) throw workspaceClosing();
    this.inFlight++;
    try {
      return await statement();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }
}

/** A statement asked for while the workspace closes (serve or the app stopping): refused, never run. */
export function workspaceClosing(): WorkbenchError {
  return new WorkbenchError(ErrorCode.WORKSPACE_CLOSING, 'The workspace is closing (the app or browser mode is stopping), so this statement was not run. Open the workspace again and repeat it.');
}
