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
import { cellId, type CellSet } from './cells.ts';
import { feasibleCirculation, type FlowArc } from './cent-flow.ts';
import type { SummedMoney } from './constants.ts';
import { allocateCents, floorCents } from './exact.ts';
import { fillCents } from './fill-cents.ts';
import type { PivotKey } from './spec.ts';

export interface TreeNode {
  keys: PivotKey[];
  children: TreeNode[];
}

/** Writes cents of one money column for every (row, column) cell that has it. */
export type PutCents = (rowKeys: PivotKey[], colKeys: PivotKey[] | null, cents: bigint) => void;

export function roundGrid(set: CellSet, root: TreeNode, columns: readonly PivotKey[][], money: SummedMoney, totalCents: TotalCents, put: PutCents): void {
  const exact = (n: TreeNode, colKeys: PivotKey[] | null) => set.cells.get(cellId(n.keys, colKeys))?.money.get(money);
  const got = new Map<string, bigint>();
  const keep = (n: TreeNode, j: number, cents: bigint) => got.set(cellId(n.keys, columns[j]!), cents);
  const rootTotal = totalCents(root.keys) ?? 0n;

  const rootCols = columns.map((_, j) => j).filter((j) => exact(root, columns[j]!) !== undefined);
  allocateCents(rootCols.map((j) => exact(root, columns[j]!)!), rootTotal).forEach((c, k) => keep(root, rootCols[k]!, c));

  const parents: TreeNode[] = [root];
  for (let p = 0; p < parents.length; p++) {
    const parent = parents[p]!;
    if (parent.children.length === 0) continue;
    if (!fillChildren(parent, columns, exact, totalCents, got)) return roundWhole(root, columns, exact, rootTotal, put);
    parents.push(...parent.children);
  }
  walk(root, (n) => columns.forEach((c, j) => (exact(n, c) === undefined ? undefined : put(n.keys, c, got.get(cellId(n.keys, columns[j]!))!))));
}

/** The Total column's cents from step 1. */
export type TotalCents = (rowKeys: PivotKey[]) => bigint | undefined;

type Exact = (n: TreeNode, colKeys: PivotKey[] | null) => bigint | undefined;

function fillChildren(parent: TreeNode, columns: readonly PivotKey[][], exact: Exact, totalCents: TotalCents, got: Map<string, bigint>): boolean {
  const kids = parent.children;
  const floors = kids.map((k) => columns.map((c) => floorCents(exact(k, c) ?? 0n)));
  const rowNeed = kids.map((k, i) => Number((totalCents(k.keys) ?? 0n) - floors[i]!.reduce((a, f) => a + f.cents, 0n)));
  const colNeed = columns.map((c, j) => Number((got.get(cellId(parent.keys, c)) ?? 0n) - floors.reduce((a, row) => a + row[j]!.cents, 0n)));
  const up = fillCents({ remainders: floors.map((row) => row.map((f) => f.rem)), rowNeed, colNeed });
  if (!up) return false;
  kids.forEach((k, i) => columns.forEach((c, j) => got.set(cellId(k.keys, c), floors[i]![j]!.cents + (up[i]![j] ? 1n : 0n))));
  return true;
}

/** Every cell at once: a circulation whose arcs are the displayed values (cent-flow.ts). */
function roundWhole(root: TreeNode, columns: readonly PivotKey[][], exact: Exact, rootTotal: bigint, put: PutCents): void {
  const nodes: TreeNode[] = [];
  walk(root, (n) => nodes.push(n));
  const index = new Map(nodes.map((n, i) => [n, i]));
  const S = 0;
  const K = 1;
  const A = (n: TreeNode) => 2 + index.get(n)!;
  const B = (n: TreeNode, j: number) => 2 + nodes.length + index.get(n)! * columns.length + j;
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
    if (parent) bounded(A(parent), A(n), exact(n, null), n, -1);
    columns.forEach((c, j) => {
      const up = parent ? B(parent, j) : K;
      bounded(n.children.length === 0 ? A(n) : B(n, j), up, exact(n, c), n, j);
    });
  }
  const flow = feasibleCirculation(2 + nodes.length * (1 + columns.length), arcs);
  if (!flow) throw new Error('pivot rounding: no whole-grid rounding of cents exists; this is a bug (the grid is totally unimodular)');
  cellOf.forEach((cell, i) => {
    const colKeys = cell.j < 0 ? null : columns[cell.j]!;
    if (exact(cell.node, colKeys) !== undefined) put(cell.node.keys, colKeys, flow[i]!);
  });
}

function walk(n: TreeNode, visit: (n: TreeNode) => void): void {
  visit(n);
  n.children.forEach((c) => walk(c, visit));
}
