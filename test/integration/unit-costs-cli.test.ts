// `finops-workbench unit-costs` as a user runs it: a real process on the "two-teams" workspace
// (unit-costs-fixture.ts); the numbers are the hand-worked ones of unit-costs.test.ts.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { tempDir } from '../support/workspace.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { insertLines } from './chargeback-fixture.ts';
import { TWO_TEAMS_LINES, UNIT_COST_FIXTURES } from './unit-costs-fixture.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = tempDir('unit-costs-cli-');
  db = join(dir, 'w.duckdb');
  const ws = await Workspace.open(db);
  await insertLines(ws, TWO_TEAMS_LINES);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench unit-costs', () => {
  it('imports a file, then prints unit costs by owner as JSON and as a table', async () => {
    const imported = await cli('unit-costs', 'import', '--db', db, join(UNIT_COST_FIXTURES, 'orders.csv'), '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ importedRows: 8, metrics: ['orders'], grains: { orders: 'day' }, warnings: [] });
    const json = await cli('unit-costs', '--db', db, '--metric', 'orders', '--by', 'owner', '--grain', 'month', '--json');
    expect(json.code).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.rows.filter((x: { key: string | null }) => x.key === 'search')).toEqual([
      { period: '2026-09', key: 'search', cost: 20, volume: 100, unitCost: 0.2, changePct: null },
      { period: '2026-10', key: 'search', cost: 30, volume: 50, unitCost: 0.6, changePct: 2 },
    ]);
    const table = await cli('unit-costs', '--db', db, '--metric', 'orders');
    expect(table.stderr).toMatch(/2026-10\s+120\.00\s+350\s+0\.342857\s+\+2\.86%/);
  });

  it('a bad file fails with its code, row and column, and nothing changes', async () => {
    const bad = await cli('unit-costs', 'import', '--db', db, join(UNIT_COST_FIXTURES, 'README.md'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: UNIT_COSTS_BAD_FILE: README\.md is neither a JSON array nor a CSV/);
    const list = await cli('unit-costs', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout).metrics.map((m: { metric: string }) => m.metric)).toEqual(['orders']);
  });
});
