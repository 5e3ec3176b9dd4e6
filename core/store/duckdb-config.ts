// How every DuckDB instance of the app is configured so that nothing it runs can download,
// install, or reach files it was not meant to (issue 8; STACK.md "DuckDB pitfalls").
//
// DuckDB's safety settings are instance-global and one-way: once external access is off it cannot
// come back on, and once the configuration is locked no setting outside `allowed_configs` can
// change. A second instance cannot share the workspace file either: within one process it sees a
// stale snapshot, and closing it drops the process's lock on the file (POSIX locks are per
// process). So the workspace instance itself is locked down at open, and ingest reads the user's
// files from a staging folder that is the one place external access still reaches.
import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/** Instance options for every DuckDB instance the app creates: nothing installed or loaded on demand. */
export const NO_DOWNLOADS_CONFIG: Readonly<Record<string, string>> = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
};

/**
 * Settings the app's own code still changes on a locked instance: the per-connection session
 * settings of workspace.ts and `threads` (ingest's diagnosis reads a failed file single-threaded).
 */
export const SETTINGS_THE_APP_CHANGES = ['TimeZone', 'enable_progress_bar', 'enable_progress_bar_print', 'progress_bar_time', 'threads'] as const;

export interface LockdownOptions {
  /** Directories files may still be read from and written to (ingest's staging folder). */
  allowedDirectories: readonly string[];
  /** Leave external access on (the CLI's `sql --allow-files`, asked for by the user). */
  externalAccess: boolean;
}

function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

function sqlList(items: readonly string[]): string {
  return `[${items.map(sqlString).join(', ')}]`;
}

/**
 * Turns external access off (but for `allowedDirectories`) and locks the configuration. The
 * order matters: DuckDB refuses to change allowed_directories once external access is off, and
 * everything once the configuration is locked. The list values are app paths and constants, not
 * user input; SET takes no bound parameters.
 */
export async function lockDown(conn: DuckDBConnection, options: LockdownOptions): Promise<void> {
  // DuckDB resolves symbolic links before checking a path (macOS's /tmp is one): allow the real path.
  const dirs = options.allowedDirectories.map((d) => `${realpathSync(d)}${sep}`);
  if (dirs.length > 0) await conn.run(`SET allowed_directories = ${sqlList(dirs)}`);
  if (!options.externalAccess) await conn.run('SET enable_external_access = false');
  await conn.run(`SET allowed_configs = ${sqlList(SETTINGS_THE_APP_CHANGES)}`);
  await conn.run('SET lock_configuration = true');
}
