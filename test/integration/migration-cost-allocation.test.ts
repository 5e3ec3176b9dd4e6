// Migration 007 on a workspace made before it: the cost allocation columns are appended, the
// rows already loaded keep their values and carry NULL there, and new CUR files fill them.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../core/api/service.ts';
import { ALLOCATION_COLUMNS, COMMITMENT_TERM_COLUMNS } from '../../core/store/focus-columns.ts';
import { listMigrations, migrate } from '../../core/store/migrations.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { LEGACY_CSV } from '../fixtures/cur/cost-categories-split-forms.ts';
import { query, tempDir } from '../support/workspace.ts';

describe('migration 007: cost allocation columns on an existing workspace', () => {
  const dir = tempDir();
  const file = join(dir, 'workspace.duckdb');
  let ws: Workspace | undefined;
  afterAll(() => ws?.close());

  it('adds the columns after the old ones; old rows keep their money and read NULL there', async () => {
    const old = await DuckDBInstance.create(file);
    const c = await old.connect();
    await migrate(c, listMigrations().filter((m) => m.version <= 4));
    await c.run(`INSERT INTO focus (BilledCost, EffectiveCost, BillingAccountId, BillingCurrency, ChargeCategory, ProviderName, x_LineItemId)
      VALUES (12.5, 12.5, 'acct-old', 'USD', 'Usage', 'AWS', 'OLD-1')`);
    c.closeSync();
    old.closeSync();

    ws = await Workspace.open(file);
    const api = createWorkbench(ws);
    const described = await query(api, "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = 'focus' ORDER BY ordinal_position");
    // then migration 060's commitment terms, appended after them (later migrations append more)
    const first007 = described.findIndex((r) => r.name === ALLOCATION_COLUMNS[0]!.name);
    const after007 = described.slice(first007, first007 + ALLOCATION_COLUMNS.length + COMMITMENT_TERM_COLUMNS.length);
    expect(after007.map((r) => r.name)).toEqual([...ALLOCATION_COLUMNS, ...COMMITMENT_TERM_COLUMNS].map((col) => col.name));
    expect(described.find((r) => r.name === 'x_Discounts')?.type).toBe('MAP(VARCHAR, DECIMAL(38,12))');
    const [row] = await query(api, "SELECT BilledCost, x_CostCategories, x_Discounts, x_SplitCost FROM focus WHERE x_LineItemId = 'OLD-1'");
    expect(row).toEqual({ BilledCost: 12.5, x_CostCategories: null, x_Discounts: null, x_SplitCost: null });

    await api.ingest({ paths: [LEGACY_CSV] });
    const [after] = await query(api, "SELECT count(*) AS lines, sum(BilledCost) AS billed, count(x_CostCategories) AS categorized FROM focus");
    // 1 old line ($12.50) + the fixture's 8 lines ($8.086), 6 of which have a cost category
    expect(after).toEqual({ lines: 9, billed: 20.586, categorized: 6 });
  });
});
