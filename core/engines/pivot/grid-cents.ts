// Step 5, with column dimensions: cents for the whole grid (SPEC.md §5), so that every row's
// cells add up to its Total, every column's children add up to their parent, and the grand
// total is the exact source total rounded. Level by level (a level's cents depend only on it
// and the levels above, so a row opened later adds up to what is already on screen):
//   1 the Total column top-down, largest remainder (as without columns);
//   2 the grand-total row: its Total split among the columns, largest remainder;
//   3 each parent's children: fillCents, with the parent's row and each child's Total fixed.
// If step 3 has no solution for some parent (possible, rare), the whole grid, Total column
// included, is solved at once as a circulation (cent-flow.ts), which always has one; then a
// row's Total may differ by a cent from the one a shallower load of the same pivot showed.
import { cellKey, keyId, TOTAL_COLUMNS_ID, type CellSet } from './cells.ts';
import { feasibleCirculation, type FlowArc } from './cent-flow.ts';
import type { SummedMoney } from './constants.ts';
import { allocateCents, floorCents } from './exact.ts';
import { fillCents } from './fill-cents.ts';
import type { PivotKey } from './spec.ts';

export interface TreeNode {
  keys: PivotKey[];
  /** keyId(keys) */
  id: string;
  children: TreeNode[];
}

/** Writes cents of one money column for a (row id, column id) cell that has it. */
export type PutCents = (rowId: string, colId: string, cents: bigint) => void;

/** The Total column's cents from step 1. */
export type TotalCents = (node: TreeNode) => bigint | undefined;

/** Exact value of a node's cell in column j (j < 0: the Total column); undefined where no line is. */
type Exact = (n: TreeNode, j: number) => bigint | undefined;

export function roundGrid(set: CellSet, root: TreeNode, columns: readonly PivotKey[][], money: SummedMoney, totalCents: TotalCents, put: PutCents): void {
  const colIds = columns.map((c) => keyId(c));
  // each node's row of exact values, looked up once
  const rows = new Map<TreeNode, (bigint | undefined)[]>();
  const exact: Exact = (n, j) => {
    if (j < 0) return set.cells.get(cellKey(n.id, TOTAL_COLUMNS_ID))?.money.get(money);
    let row = rows.get(n);
    if (row === undefined) rows.set(n, (row = colIds.map((c) => set.cells.get(cellKey(n.id, c))?.money.get(money))));
    return row[j];
  };
  // cents given so far, per node and column
  const got = new Map<TreeNode, (bigint | undefined)[]>();
  const rootTotal = totalCents(root) ?? 0n;

  const rootCols = columns.map((_, j) => j).filter((j) => exact(root, j) !== undefined);
  const rootRow = new Array<bigint | undefined>(columns.length);
  allocateCents(rootCols.map((j) => exact(root, j)!), rootTotal).forEach((c, k) => (rootRow[rootCols[k]!] = c));
  got.set(root, rootRow);

  const parents: TreeNode[] = [root];
  for (let p = 0; p < parents.length; p++) {
    const parent = parents[p]!;
    if (parent.children.length === 0) continue;
    if (!fillChildren(parent, columns.length, exact, totalCents, got)) return roundWhole(root, colIds, exact, rootTotal, put);
    parents.push(...parent.children);
  }
  walk(root, (n) => {
    for (let j = 0; j < columns.length; j++) if (exact(n, j) !== undefined) put(n.id, colIds[j]!, got.get(n)![j]!);
  });
}

function fillChildren(parent: TreeNode, nCols: number, exact: Exact, totalCents: TotalCents, got: Map<TreeNode, (bigint | undefined)[]>): boolean {
  const kids = parent.children;
  const floors = kids.map((k) => Array.from({ length: nCols }, (_, j) => floorCents(exact(k, j) ?? 0n)));
  const parentRow = got.get(parent)!;
  const rowNeed = kids.map((k, i) => Number((totalCents(k) ?? 0n) - floors[i]!.reduce((a, f) => a + f.cents, 0n)));
  const colNeed = Array.from({ length: nCols }, (_, j) => Number((parentRow[j] ?? 0n) - floors.reduce((a, row) => a + row[j]!.cents, 0n)));
  const up = fillCents({ remainders: floors.map((row) => row.map((f) => f.rem)), rowNeed, colNeed });
  if (!up) return false;
  kids.forEach((k, i) => got.set(k, floors[i]!.map((f, j) => f.cents + (up[i]![j] ? 1n : 0n))));
  return true;
}

/** Every cell at once: a circulation whose arcs are the displayed values (cent-flow.ts). */
function roundWhole(root: TreeNode, colIds: readonly string[], exact: Exact, rootTotal: bigint, put: PutCents): void {
  const nodes: TreeNode[] = [];
  walk(root, (n) => nodes.push(n));
  const index = new Map(nodes.map((n, i) => [n, i]));
  const S = 0;
  const K = 1;
  const A = (n: TreeNode) => 2 + index.get(n)!;
  const B = (n: TreeNode, j: number) => 2 + nodes.length + index.get(n)! * colIds.length + j;
  const arcs: FlowArc[] = [];
  const cellOf: { node: TreeNode; j: number }[] = [];
  const fixed = (from: number, to: number, cents: bigint) => arcs.push({ from, to, lo: cents, hi: cents, rem: 0n });
  const bounded = (from: number, to: number, units: bigint | undefined, node: TreeNode, j: number) => {
    const { cents, rem } = floorCents(units ?? 0n);
    cellOf[arcs.length] = { node, j };
    arcs.push({ from, to, lo: cents, hi: rem > 0n ? cents + 1n : cents, rem });
  };
  fixed(S, A(root), rootTotal);
  fixed(K, S, rootTotal);
  const parentOf = new Map<TreeNode, TreeNode>();
  for (const n of nodes) for (const c of n.children) parentOf.set(c, n);
  for (const n of nodes) {
    const parent = parentOf.get(n);
    if (parent) bounded(A(parent), A(n), exact(n, -1), n, -1);
    colIds.forEach((_, j) => {
      const up = parent ? B(parent, j) : K;
      bounded(n.children.length === 0 ? A(n) : B(n, j), up, exact(n, j), n, j);
    });
  }
  const flow = feasibleCirculation(2 + nodes.length * (1 + colIds.length), arcs);
  if (!flow) throw new Error('pivot rounding: no whole-grid rounding of cents exists; this is a bug (the grid is totally unimodular)');
  cellOf.forEach((cell, i) => {
    if (exact(cell.node, cell.j) !== undefined) put(cell.node.id, cell.j < 0 ? TOTAL_COLUMNS_ID : colIds[cell.j]!, flow[i]!);
  });
}

function walk(n: TreeNode, visit: (n: TreeNode) => void): void {
  visit(n);
  n.children.forEach((c) => walk(c, visit));
}
