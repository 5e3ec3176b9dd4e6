// Derived tables (store/derived-registry.ts) are refreshed inside the transaction that changes
// focus: a refresh that fails takes the whole change back with it, so focus and its aggregates
// never disagree. openTestWorkspace opens through the API, which registers the engines' tables.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerDerivedTable, registeredDerivedTables } from '../../core/store/derived-registry.ts';
import { curCsv, write } from '../support/files.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
let failNext = false;

beforeEach(async () => {
  t = await openTestWorkspace();
  failNext = false;
});
afterEach(() => t.close());

registerDerivedTable('test_failing_table', async () => {
  if (failNext) throw new Error('derived refresh failed on purpose');
});

describe('derived tables', () => {
  it('the API registers the pivot aggregate', () => {
    expect(registeredDerivedTables()).toContain('pivot_agg');
  });

  it('a failing refresh rolls back the ingest and the period removal with it', async () => {
    const nov = write(join(t.dir, 'nov.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '10.00' }, { id: 'b', month: '2025-11', cost: '5.00' }]));
    const dec = write(join(t.dir, 'dec.csv'), curCsv([{ id: 'c', month: '2025-12', cost: '7.00' }]));
    await t.api.ingest({ paths: [nov] });

    failNext = true;
    await expect(t.api.ingest({ paths: [dec] })).rejects.toThrow(/derived refresh failed on purpose/);
    await expect(t.api.removePeriod({ billingPeriod: '2025-11' })).rejects.toThrow(/derived refresh failed on purpose/);
    expect(await query(t.api, 'SELECT count(*) AS n, sum(BilledCost) AS cost FROM focus')).toEqual([{ n: 2, cost: 15 }]);
    expect(await query(t.api, 'SELECT sum(LineCount) AS n FROM pivot_agg')).toEqual([{ n: 2 }]);

    failNext = false;
    await t.api.removePeriod({ billingPeriod: '2025-11' });
    expect(await query(t.api, 'SELECT count(*) AS n FROM focus')).toEqual([{ n: 0 }]);
    expect(await query(t.api, 'SELECT count(*) AS n FROM pivot_agg')).toEqual([{ n: 0 }]);
  });
});
