// The workspace: one DuckDB file holding the FOCUS table, the imports and everything the
// engines save. Opening it applies pending migrations.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { Db, workspaceClosing } from './db.ts';
import { trusted } from '../sql/index.ts';
import { NO_DOWNLOADS_CONFIG, lockDown } from './duckdb-config.ts';
import { isInvalidation } from './fatal.ts';
import { migrate } from './migrations.ts';
import { WriteQueue, type QueueOptions } from './write-queue.ts';
import { assertWorkspacePath, openFailure } from './workspace-file.ts';

export interface OpenOptions {
  readOnly?: boolean;
  /**
   * Let SQL read and write files anywhere (DuckDB's external access). Only the CLI's
   * `sql --allow-files` asks for it; every other open keeps files out of reach but for the
   * staging folder ingest reads from.
   */
  allowFiles?: boolean;
}

/** Beside the workspace: where ingest puts what DuckDB reads (see duckdb-config.ts). */
function stagingPath(workspace: string): string {
  return `${workspace}.staging`;
}

// Times are UTC everywhere. Progress tracking is on so long statements can report rows
// processed; DuckDB prints nothing.
const SESSION_SETTINGS = ["SET TimeZone = 'UTC'", 'SET enable_progress_bar = true', 'SET enable_progress_bar_print = false', 'SET progress_bar_time = 0'];

/**
 * DuckDB would take 80% of the machine's memory; a desktop app shares it. Past this limit DuckDB
 * spills to a temporary folder beside the workspace, so large loads stay within bounds (a
 * 5-million-line ingest peaks near 1.2 GB instead of 3.3 GB) at little cost in time.
 * FINOPS_WORKBENCH_MEMORY_LIMIT overrides it (DuckDB's syntax: '4GB').
 */
export const DEFAULT_MEMORY_LIMIT = '1GB';

function memoryLimit(): string {
  const v = process.env.FINOPS_WORKBENCH_MEMORY_LIMIT?.trim();
  return v && /^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(v) ? v : DEFAULT_MEMORY_LIMIT;
}

export class Workspace {
  /** Imports, period removals and saved views run one at a time (write-queue.ts). */
  readonly writes = new WriteQueue();
  private reopening: Promise<void> | null = null;
  /** Counts reopenings, so a call can tell that the instance it started on was replaced. */
  private gen = 0;
  /** Connections handed out by connect() and not yet closed. */
  private readonly others = new Set<Db>();
  private closing: Promise<void> | null = null;
  private isClosed = false;

  private constructor(
    readonly path: string,
    private inst: DuckDBInstance,
    private main: Db,
    readonly readOnly: boolean,
    /** The only folder the locked instance reads files from; null when opened read-only. */
    readonly stagingDir: string | null,
    private readonly allowFiles: boolean,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<Workspace> {
    const full = resolve(path);
    const readOnly = options.readOnly ?? false;
    if (readOnly && !existsSync(full)) {
      throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${full}. Create one with "finops-workbench ingest --db ${path} FILE" or "finops-workbench demo --db ${path}".`, { path: full });
    }
    assertWorkspacePath(full);
    if (!readOnly) mkdirSync(dirname(full), { recursive: true });
    const allowFiles = options.allowFiles ?? false;
    const { instance, db, stagingDir } = await openInstance(full, readOnly, allowFiles);
    return new Workspace(full, instance, db, readOnly, stagingDir, allowFiles);
  }

  /** The DuckDB instance; replaced when the workspace is reopened after a fatal error. */
  get instance(): DuckDBInstance {
    return this.inst;
  }

  /** The shared connection for short reads; read it at each use, never keep it. */
  get db(): Db {
    return this.main;
  }

  get generation(): number {
    return this.gen;
  }

  /** A separate connection, for long work that must be cancellable on its own. */
  async connect(): Promise<Db> {
    if (this.closing || this.isClosed) throw workspaceClosing();
    const conn = await this.inst.connect();
    if (this.closing || this.isClosed) {
      // the close began while DuckDB made the connection: it has not seen this one, so it is ours to drop
      conn.closeSync();
      throw workspaceClosing();
    }
    const db = new Db(conn, (closed) => this.others.delete(closed));
    this.others.add(db);
    try {
      // through the Db, so a close that begins meanwhile waits for the setting instead of cutting under it
      for (const s of SESSION_SETTINGS) await db.run(trusted(s));
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  }

  /** Runs a write after every write asked for before it (see write-queue.ts). */
  exclusive<T>(work: () => Promise<T>, options?: QueueOptions): Promise<T> {
    return this.writes.run(work, options);
  }

  /** False when DuckDB has invalidated the instance (after a FATAL or INTERNAL error). */
  async healthy(): Promise<boolean> {
    // a closing workspace is not reopened, and its connections take no new statement
    if (this.closing || this.isClosed) return true;
    try {
      // counted like any statement: a close meanwhile waits for it rather than disconnecting under
      // it (the DuckDB deadlock of db.ts, met by serve stopping while a view's calls failed)
      await this.main.run(trusted('SELECT 1'));
      return true;
    } catch (err) {
      return !isInvalidation(err);
    }
  }

  /**
   * Closes the invalidated instance and opens the file again. DuckDB replays only committed
   * transactions from its write-ahead log, so whatever the failed call had begun is gone.
   * Concurrent callers share one reopening.
   */
  reopen(): Promise<void> {
    // a workspace being closed stays closed: a new instance now would outlive the close
    if (this.closing || this.isClosed) return Promise.resolve();
    this.reopening ??= (async () => {
      try {
        closeQuietly(() => this.main.close());
        closeQuietly(() => this.inst.closeSync());
        const { instance, db } = await openInstance(this.path, this.readOnly, this.allowFiles);
        this.inst = instance;
        this.main = db;
        this.gen++;
      } finally {
        this.reopening = null;
      }
    })();
    return this.reopening;
  }

  /** Closes now when nothing runs; else stops what runs and closes once it has ended. */
  close(): void {
    if ([this.main, ...this.others].every((db) => db.idle)) this.closeNow();
    else void this.closeWhenIdle();
  }

  /**
   * Interrupts every running statement, waits for each to end, then closes: a connection closed
   * under a running query deadlocks DuckDB (db.ts), and the process could never exit.
   */
  closeWhenIdle(): Promise<void> {
    this.closing ??= (async () => {
      // each connection drains: no new statement starts, the running one is interrupted and awaited
      await Promise.all([this.main, ...this.others].map((db) => db.closeWhenIdle()));
      this.closeNow();
    })();
    return this.closing;
  }

  private closeNow(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const db of [...this.others]) db.close();
    this.main.close();
    this.inst.closeSync();
    if (this.stagingDir) rmSync(this.stagingDir, { recursive: true, force: true });
  }
}

interface Opened {
  instance: DuckDBInstance;
  db: Db;
  stagingDir: string | null;
}

async function openInstance(full: string, readOnly: boolean, allowFiles: boolean): Promise<Opened> {
  let instance: DuckDBInstance;
  try {
    const config: Record<string, string> = { ...NO_DOWNLOADS_CONFIG, memory_limit: memoryLimit() };
    if (readOnly) config.access_mode = 'READ_ONLY';
    instance = await DuckDBInstance.create(full, config);
  } catch (err) {
    throw openFailure(full, err);
  }
  // Only now, with DuckDB's lock on the workspace held, is a staging folder left by a crash ours to clear.
  const stagingDir = readOnly ? null : stagingPath(full);
  if (stagingDir) {
    rmSync(stagingDir, { recursive: true, force: true });
    mkdirSync(stagingDir);
  }
  const conn = await instance.connect();
  try {
    await lockDown(conn, { allowedDirectories: stagingDir ? [stagingDir] : [], externalAccess: allowFiles });
    for (const s of SESSION_SETTINGS) await conn.run(s);
    if (!readOnly) await migrate(conn);
  } catch (err) {
    // a workspace that cannot be opened must not stay locked by this process
    conn.closeSync();
    instance.closeSync();
    if (stagingDir) rmSync(stagingDir, { recursive: true, force: true });
    throw err;
  }
  return { instance, db: new Db(conn), stagingDir };
}

function closeQuietly(close: () => void): void {
  try {
    close();
  } catch {
    // an invalidated instance may refuse to close cleanly; it is dropped either way
  }
}
