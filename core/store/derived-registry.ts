// Tables derived from focus (an engine's aggregates that speed it up) must always equal focus.
// Engines sit above the store, so the store cannot name them: each engine registers its derived
// tables here (all of them in core/engines/register.ts, which every path that opens a workspace
// for writing loads), and everything that changes focus rows (ingest's load, removePeriod) calls
// refreshDerivedTables inside its own transaction, naming the billing periods it touched.
import { ErrorCode, WorkbenchError } from '../errors.ts';
import type { Db } from './db.ts';

/** Brings one derived table back to equal focus after rows of these billing periods ('YYYY-MM') changed. */
export type DerivedRefresh = (db: Db, billingPeriods: readonly string[]) => Promise<void>;

const refreshers = new Map<string, DerivedRefresh>();

/** Registers (or replaces, by table name) the refresh of one derived table. */
export function registerDerivedTable(table: string, refresh: DerivedRefresh): void {
  refreshers.set(table, refresh);
}

export function registeredDerivedTables(): string[] {
  return [...refreshers.keys()];
}

/**
 * Runs every registered refresh on the caller's connection (so inside its transaction). With none
 * registered it throws, and the caller's transaction rolls back: a write that forgot to load the
 * engines must fail, not leave their aggregates silently behind focus.
 */
export async function refreshDerivedTables(db: Db, billingPeriods: readonly string[]): Promise<void> {
  if (refreshers.size === 0) {
    throw new WorkbenchError(
      ErrorCode.INTERNAL,
      'No derived table is registered, so this change to the workspace was not made (the pivot aggregate would have fallen behind). Import core/engines/register.ts in the code that opens the workspace.',
    );
  }
  for (const refresh of refreshers.values()) await refresh(db, billingPeriods);
}

/** Rebuilds one table that reads tags through aliases (engines/tags/aliases) after an alias changed. */
export type AliasRefresh = (db: Db) => Promise<void>;

const aliasRefreshers = new Map<string, AliasRefresh>();

/** Registers (or replaces, by table name) a table that must follow every alias change. */
export function registerAliasDependentTable(table: string, refresh: AliasRefresh): void {
  aliasRefreshers.set(table, refresh);
}

/** Runs every registered alias refresh on the caller's connection, inside the alias change's transaction. */
export async function refreshAliasDependentTables(db: Db): Promise<void> {
  if (aliasRefreshers.size === 0) {
    throw new WorkbenchError(ErrorCode.INTERNAL, 'No table that follows tag aliases is registered, so the alias was not changed (the pivot\'s tag aggregate would have fallen behind). Import core/engines/register.ts in the code that opens the workspace.');
  }
  for (const refresh of aliasRefreshers.values()) await refresh(db);
}
