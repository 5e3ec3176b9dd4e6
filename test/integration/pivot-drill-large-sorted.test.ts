// A sorted drill-down of a large cell: its first pages are read straight from focus (no copy of
// the cell), and once the grid scrolls past 10,000 lines the cell is copied and paged from the
// copy. Both give the lines in the same order. tiny-org plus 150,000 generated EC2 lines in prod
// on 2026-01-15 where line i costs i cents (explore-fixtures.ts): the order is known by construction.
// tiny-org's one January prod EC2 line costs $80: it ties with generated line 8,000, far below the pages read here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drill } from '../../core/engines/pivot/index.ts';
import { sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { tinyOrgWithManyLines } from '../e2e/support/explore-fixtures.ts';

const N = 150_000;
let dir: string;
let ws: Workspace;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fw-drill-large-'));
  await tinyOrgWithManyLines(join(dir, 'w.duckdb'), N);
  ws = await Workspace.open(join(dir, 'w.duckdb'));
}, 120_000);
afterAll(() => {
  ws?.close();
  rmSync(dir, { recursive: true, force: true });
});

const spec = { kind: 'pivot', rows: ['SubAccountName', 'ServiceName'], columns: ['month'] };
const cell = { rows: ['prod', 'Amazon EC2'], columns: ['2026-01'] };
const byCost = [{ column: 'EffectiveCost', direction: 'desc' as const }];
const page = (offset: number, limit = 200) => drill(ws.db, { spec, cell, offset, limit, sort: byCost, columns: ['ResourceId', 'EffectiveCost'], withTotals: offset === 0 });
const copies = async () => Number(await ws.db.value(sql`SELECT count(*) FROM duckdb_tables() WHERE temporary AND regexp_full_match(table_name, 'drill_lines_[0-9]+')`));

describe('a sorted drill-down of a cell of 150,001 lines', () => {
  it('reads the first pages straight from focus, then copies the cell for the deeper ones, in one order', async () => {
    const first = await page(0);
    // tiny-org's January prod EC2 line and the 150,000 generated ones
    expect(first.totals?.lines).toBe(150_001);
    // biggest first: line 150,000 costs $1,500.00, line 149,801 $1,498.01
    expect(first.rows[0]).toEqual({ ResourceId: 'i-0150000', EffectiveCost: 1500 });
    expect(first.rows[199]).toEqual({ ResourceId: 'i-0149801', EffectiveCost: 1498.01 });
    expect(await copies()).toBe(0);
    // the last page within 10,000 lines: lines 140,200 … 140,001
    const last = await page(9_800);
    expect(last.rows[0]).toEqual({ ResourceId: 'i-0140200', EffectiveCost: 1402 });
    expect(last.rows[199]).toEqual({ ResourceId: 'i-0140001', EffectiveCost: 1400.01 });
    expect(await copies()).toBe(0);
    // the line after it, 10,001 lines down: the copy, and the same order
    const deeper = await page(10_000, 1);
    expect(deeper.rows).toEqual([{ ResourceId: 'i-0140000', EffectiveCost: 1400 }]);
    expect(await copies()).toBe(1);
    // from the copy now: the first page again, the same lines
    expect((await page(0)).rows).toEqual(first.rows);
    // the end of the order, from the copy: the smallest line, i-0000001 at $0.01, is the 150,001st
    const end = await page(150_000, 5);
    expect(end.rows).toEqual([{ ResourceId: 'i-0000001', EffectiveCost: 0.01 }]);
  });
});
