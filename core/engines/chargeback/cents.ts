// Step 4 (SPEC.md): rounding to cents without losing one. A grid of exact amounts: a row per owner
// (name order) and a last row for unallocated; a column for direct cost and one per pool.
//   a. the source total is rounded half away from zero;
//   b. the rows' cents: largest remainder of the row totals to (a), ties by owner name, unallocated last;
//   c. the columns' cents: largest remainder of the column totals to (a), ties in column order;
//   d. each cell its floor or one cent more so every row and every column reaches its cents
//      (core/engines/pivot/fill-cents.ts); should no such grid exist (rare), each row's cells by
//      largest remainder to the row's cents, and a pool's amount is then the sum of its cells.
import { allocateCents, floorCents, roundToCents } from '../pivot/exact.ts';
import { fillCents } from '../pivot/fill-cents.ts';
import type { ExactAllocation } from './allocate.ts';

export interface CentGrid {
  sourceCents: bigint;
  /** [owner row][column]: column 0 direct, column 1 + p the pool p. */
  owners: bigint[][];
  unallocated: bigint[];
  /** Per row (owners, then unallocated). */
  rowCents: bigint[];
  /** Per column. */
  columnCents: bigint[];
}

export function exactGrid(a: ExactAllocation): bigint[][] {
  const rows = a.owners.map((o) => [a.direct.get(o) ?? 0n, ...a.pools.map((p) => p.shares.get(o) ?? 0n)]);
  rows.push([a.unallocatedDirect, ...a.pools.map((p) => p.unsplit)]);
  return rows;
}

export function roundAllocation(a: ExactAllocation, sourceExact: bigint): CentGrid {
  const grid = exactGrid(a);
  const sourceCents = roundToCents(sourceExact);
  const rowTotals = grid.map((r) => r.reduce((x, y) => x + y, 0n));
  const nCols = grid[0]!.length;
  const colTotals = Array.from({ length: nCols }, (_, j) => grid.reduce((x, r) => x + r[j]!, 0n));
  const rowCents = allocateCents(rowTotals, sourceCents);
  let columnCents = allocateCents(colTotals, sourceCents);
  const floors = grid.map((r) => r.map((c) => floorCents(c)));
  const remainders = floors.map((r) => r.map((c) => c.rem));
  const rowNeed = rowCents.map((c, i) => Number(c - floors[i]!.reduce((x, f) => x + f.cents, 0n)));
  const colNeed = columnCents.map((c, j) => Number(c - floors.reduce((x, r) => x + r[j]!.cents, 0n)));
  const up = fillCents({ remainders, rowNeed, colNeed });
  let cells: bigint[][];
  if (up) cells = floors.map((r, i) => r.map((f, j) => f.cents + (up[i]![j] ? 1n : 0n)));
  else {
    cells = grid.map((r, i) => allocateCents(r, rowCents[i]!));
    columnCents = Array.from({ length: nCols }, (_, j) => cells.reduce((x, r) => x + r[j]!, 0n));
  }
  return { sourceCents, owners: cells.slice(0, -1), unallocated: cells.at(-1)!, rowCents, columnCents };
}
