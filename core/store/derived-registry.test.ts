// The store runs every registered derived-table refresh; with none registered it refuses to change
// focus rather than leave an engine's aggregate behind it (engines/register.ts was not loaded).
import { describe, expect, it } from 'vitest';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import type { Db } from './db.ts';
import { refreshDerivedTables, registerDerivedTable, registeredDerivedTables } from './derived-registry.ts';

const db = {} as Db;

describe('derived-table registry', () => {
  it('refuses to refresh when no engine registered its derived tables', async () => {
    expect(registeredDerivedTables()).toEqual([]);
    const err = await refreshDerivedTables(db, ['2024-01']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbenchError);
    expect((err as WorkbenchError).code).toBe(ErrorCode.INTERNAL);
    expect((err as WorkbenchError).message).toMatch(/engines\/register\.ts/);
  });

  it('runs every registered refresh, in order, with the connection and the periods touched', async () => {
    const calls: string[] = [];
    registerDerivedTable('agg_a', async (conn, periods) => void calls.push(`a ${conn === db} ${periods.join(',')}`));
    registerDerivedTable('agg_b', async (conn, periods) => void calls.push(`b ${conn === db} ${periods.join(',')}`));
    // registering a table again (a module loaded twice) replaces it instead of refreshing it twice
    registerDerivedTable('agg_a', async (conn, periods) => void calls.push(`a2 ${conn === db} ${periods.join(',')}`));
    expect(registeredDerivedTables()).toEqual(['agg_a', 'agg_b']);
    await refreshDerivedTables(db, ['2024-01', '2024-02']);
    expect(calls).toEqual(['a2 true 2024-01,2024-02', 'b true 2024-01,2024-02']);
  });
});
