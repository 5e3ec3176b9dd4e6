// Cents across the whole grid (SPEC.md §5): every row's cells add up to its Total, every
// column's rows to the grand total, on a tiny fixture where rounding each column on its own
// breaks a row (expected cents written by hand below), and on the generated demo data.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type PivotResult, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { ident, sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { buildDemoWorkspace } from '../../core/synth/index.ts';
import { tempDir } from '../support/workspace.ts';
import { insertLines, type TempWorkspace } from './pivot-fixture.ts';
import { openTestWorkspace } from '../support/workspace.ts';

// "cents-grid": seven line items of a fraction of a cent. Same amount in every cost column.
//   prod: EC2 Jan 0.006, Feb 0.006 (row 0.012) | S3 Jan 0.004, Feb 0.004 (row 0.008)
//         columns Jan 0.010, Feb 0.010, grand total 0.020
//   dev:  EC2 Feb 0.004 | S3 Jan 0.003 | RDS Jan 0.003; Jan 0.006, Feb 0.004, grand total 0.010
const line = (start: string, service: string, account: 'prod' | 'dev', cost: string) =>
  [start, service, account, 'us-east-1', cost, cost, cost, cost, '1', 'Usage', null] as Parameters<typeof insertLines>[1][number];
const CENTS_GRID = [
  line('2026-01-10 00:00:00', 'Amazon EC2', 'prod', '0.006'),
  line('2026-02-10 00:00:00', 'Amazon EC2', 'prod', '0.006'),
  line('2026-01-10 00:00:00', 'Amazon S3', 'prod', '0.004'),
  line('2026-02-10 00:00:00', 'Amazon S3', 'prod', '0.004'),
  line('2026-02-10 00:00:00', 'Amazon EC2', 'dev', '0.004'),
  line('2026-01-10 00:00:00', 'Amazon S3', 'dev', '0.003'),
  line('2026-01-10 00:00:00', 'Amazon RDS', 'dev', '0.003'),
];

let t: TempWorkspace;
beforeAll(async () => {
  const w = await openTestWorkspace();
  await insertLines(w.ws, CENTS_GRID);
  t = { ws: w.ws, path: w.ws.path, dispose: w.close };
});
afterAll(() => t?.dispose());

const byMonth = (account: string) =>
  run(t.ws.db, { kind: 'pivot', rows: ['ServiceName'], columns: ['month'], filters: [{ dimension: 'SubAccountName', values: [account] }] }, { source: 'focus' });

const grid = (r: PivotResult) => [...r.rows.map((row) => [row.labels.join(' / '), ...row.values]), ['Grand total', ...(r.totals ?? [])]];

describe('cents across the grid (tiny fixture)', () => {
  it('step 3: a row whose cells would each round up gets one cent, in the column with the larger remainder', async () => {
    // Total column: 0.020 → 2 cents; EC2 floor 1 + S3 floor 0, the cent left to S3 (0.8 > 0.2).
    // Grand-total row: Jan 0.010, Feb 0.010 are whole cents.
    // Each column alone would give its cent to EC2 (0.6 > 0.4): EC2 0.01 + 0.01 ≠ its Total 0.01.
    // Across the grid: EC2 needs 1 cent, S3 1; greedy by remainder: EC2/Jan (0.6), then S3/Feb.
    const r = await byMonth('prod');
    expect(r.columns.map((c) => (c.total ? 'Total' : c.labels[0]))).toEqual(['2026-01', '2026-02', 'Total']);
    expect(grid(r)).toEqual([
      ['Amazon EC2', 0.01, 0, 0.01],
      ['Amazon S3', 0, 0.01, 0.01],
      ['Grand total', 0.01, 0.01, 0.02],
    ]);
  });

  it('solves the whole grid when a parent’s row cannot be filled level by level', async () => {
    // Total column: 0.010 → 1 cent, to EC2 (remainder 0.4 > 0.3 > 0.3); grand-total row: the
    // cent to Jan (0.6 > 0.4). EC2 has no January line, so no filling of that row exists and the
    // grid is solved at once: one cent, in one cell, with its row Total and column both 0.01.
    // Each column alone would give EC2 a Total of 0.01 over a Feb of 0.00.
    const r = await byMonth('dev');
    const rows = grid(r);
    const oneOf = [
      [['Amazon EC2', null, 0.01, 0.01], ['Amazon RDS', 0, null, 0], ['Amazon S3', 0, null, 0], ['Grand total', 0, 0.01, 0.01]],
      [['Amazon EC2', null, 0, 0], ['Amazon RDS', 0.01, null, 0.01], ['Amazon S3', 0, null, 0], ['Grand total', 0.01, 0, 0.01]],
      [['Amazon EC2', null, 0, 0], ['Amazon RDS', 0, null, 0], ['Amazon S3', 0.01, null, 0.01], ['Grand total', 0.01, 0, 0.01]],
    ];
    expect(oneOf).toContainEqual(rows);
  });

  it('keeps the tree adding up with two row levels, and a parent opened later adds up to what was shown', async () => {
    const spec: PivotSpecInput = { kind: 'pivot', rows: ['SubAccountName', 'ServiceName'], columns: ['month'] };
    const whole = await run(t.ws.db, spec, { source: 'focus' });
    // grand total 0.030: Jan 0.016 and Feb 0.014 share 3 cents (dev's rows make it a whole-grid solve)
    expect(whole.totals![2]).toBe(0.03);
    expect(cents(whole.totals!.slice(0, 2))).toBe(3);
    expectAddsUp(whole);
    // prod alone is filled level by level: its children, loaded later, add up to its row as first shown
    const prod: PivotSpecInput = { ...spec, filters: [{ dimension: 'SubAccountName', values: ['prod'] }] };
    const top = await run(t.ws.db, { ...prod, depth: 1 }, { source: 'focus' });
    expect(grid(top)).toEqual([
      ['prod', 0.01, 0.01, 0.02],
      ['Grand total', 0.01, 0.01, 0.02],
    ]);
    const kids = await run(t.ws.db, { ...prod, parent: ['prod'] }, { source: 'focus' });
    expect(grid(kids).slice(0, 2)).toEqual([
      ['prod / Amazon EC2', 0.01, 0, 0.01],
      ['prod / Amazon S3', 0, 0.01, 0.01],
    ]);
  });
});

const cents = (values: (number | null)[]) => values.reduce<number>((a, v) => a + Math.round((v ?? 0) * 100), 0);

/** Every row's cells add to its Total; every parent's children to the parent; first-level rows to the grand total. */
function expectAddsUp(r: PivotResult): void {
  const measures = [...new Set(r.columns.map((c) => c.measure))];
  const hasCols = r.columnDimensions.length > 0;
  for (const m of measures) {
    const cells = r.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.measure === m && !c.total);
    const total = r.columns.findIndex((c) => c.measure === m && c.total);
    const rows = [...r.rows, ...(r.totals ? [{ keys: [], depth: 0, values: r.totals, labels: ['Grand total'] }] : [])];
    if (hasCols && total >= 0) {
      for (const row of rows) {
        expect({ row: row.labels, measure: m, sum: cents(cells.map(({ i }) => row.values[i]!)) }).toEqual({ row: row.labels, measure: m, sum: cents([row.values[total]!]) });
      }
    }
    const parentOf = (keys: unknown[]) => rows.find((p) => JSON.stringify(p.keys) === JSON.stringify(keys.slice(0, -1)));
    for (const { i } of [...cells, ...(total >= 0 ? [{ i: total }] : [])]) {
      const sums = new Map<unknown, number>();
      for (const row of r.rows) {
        const parent = parentOf(row.keys);
        if (parent) sums.set(parent, (sums.get(parent) ?? 0) + cents([row.values[i]!]));
      }
      for (const [parent, sum] of sums) expect({ parent: (parent as { labels: string[] }).labels, i, sum }).toEqual({ parent: (parent as { labels: string[] }).labels, i, sum: cents([(parent as { values: (number | null)[] }).values[i]!]) });
    }
  }
}

describe('cents across the grid (demo data)', () => {
  const dir = tempDir('fw-cents-demo-');
  let ws: Workspace;
  beforeAll(async () => {
    const path = join(dir, 'demo.duckdb');
    await buildDemoWorkspace(path, {}, { grain: 'daily', scale: 4000 });
    ws = await Workspace.open(path, { readOnly: true });
  }, 120_000);
  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const specs: PivotSpecInput[] = [
    { kind: 'pivot', rows: ['ServiceName'], columns: ['month'] },
    { kind: 'pivot', rows: ['x_InstanceType'], columns: ['month'], measures: ['cost', 'BilledCost'] },
    { kind: 'pivot', rows: ['SubAccountName', 'ServiceName', 'RegionId'], columns: ['month'] },
    { kind: 'pivot', rows: ['ServiceName', 'x_UsageType'], columns: ['week'], basis: 'Billed' },
    { kind: 'pivot', rows: ['RegionId'], columns: ['day'], topN: [{ dimension: 'RegionId', n: 3 }] },
    { kind: 'pivot', rows: ['ServiceCategory', 'SubAccountName'], columns: ['RegionId', 'month'], basis: 'List' },
  ];

  it.each(specs.map((s) => [JSON.stringify([s.rows, s.columns, s.basis ?? 'Effective']), s] as const))('every row and column adds up to the cent: %s', async (_, spec) => {
    const r = await run(ws.db, spec);
    expectAddsUp(r);
    // the grand total is the exact source total rounded (DuckDB rounds DECIMAL half away from zero)
    const column = { Billed: 'BilledCost', Effective: 'EffectiveCost', List: 'ListCost', Contracted: 'ContractedCost' }[spec.basis ?? 'Effective'];
    const exact = await ws.db.value(sql`SELECT CAST(round(sum(${ident(column)}), 2) AS VARCHAR) FROM focus`);
    expect(Math.round(r.totals![r.columns.findIndex((c) => c.total && c.measure === 'cost')]! * 100)).toBe(Math.round(Number(exact) * 100));
  });
});
