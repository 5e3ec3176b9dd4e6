// The workspace: one DuckDB file holding the FOCUS table, the imports and everything the
// engines save. Opening it applies pending migrations.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { Db } from './db.ts';
import { NO_DOWNLOADS_CONFIG, lockDown } from './duckdb-config.ts';
import { migrate } from './migrations.ts';
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
  private constructor(
    readonly path: string,
    readonly instance: DuckDBInstance,
    readonly db: Db,
    readonly readOnly: boolean,
    /** The only folder the locked instance reads files from; null when opened read-only. */
    readonly stagingDir: string | null,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<Workspace> {
    const full = resolve(path);
    const readOnly = options.readOnly ?? false;
    if (readOnly && !existsSync(full)) {
      throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${full}. Create one with "finops-workbench ingest --db ${path} FILE" or "finops-workbench demo --db ${path}".`, { path: full });
    }
    assertWorkspacePath(full);
    if (!readOnly) mkdirSync(dirname(full), { recursive: true });
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
      await lockDown(conn, { allowedDirectories: stagingDir ? [stagingDir] : [], externalAccess: options.allowFiles ?? false });
      for (const s of SESSION_SETTINGS) await conn.run(s);
      if (!readOnly) await migrate(conn);
    } catch (err) {
      // a workspace that cannot be opened must not stay locked by this process
      conn.closeSync();
      instance.closeSync();
      if (stagingDir) rmSync(stagingDir, { recursive: true, force: true });
      throw err;
    }
    return new Workspace(full, instance, new Db(conn), readOnly, stagingDir);
  }

  /** A separate connection, for long work that must be cancellable on its own. */
  async connect(): Promise<Db> {
    const conn = await this.instance.connect();
    for (const s of SESSION_SETTINGS) await conn.run(s);
    return new Db(conn);
  }

  close(): void {
    this.db.close();
    this.instance.closeSync();
    if (this.stagingDir) rmSync(this.stagingDir, { recursive: true, force: true });
  }
}
