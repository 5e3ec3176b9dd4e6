// Step 5: the row tree. Nodes are the row levels DuckDB returned (level 0 is the grand
// total); children are sorted per the spec; then money is rounded to cents top-down so that
// each parent's displayed cents are exactly the sum of its children's (exact.ts), and across
// the columns so that each row's cells add up to its Total (grid-cents.ts).
import { cellKey, keyId, TOTAL_COLUMNS_ID, type Cell, type CellSet } from './cells.ts';
import type { SummedMoney } from './constants.ts';
import { isTimeLike } from './dimensions.ts';
import { allocateCents, roundToCents } from './exact.ts';
import { roundGrid } from './grid-cents.ts';
import { compareKeys } from './labels.ts';
import type { Measure } from './measures.ts';
import type { Plan } from './plan.ts';
import { isOtherKey, type PivotKey } from './spec.ts';

export interface RowNode {
  keys: PivotKey[];
  /** keyId(keys) */
  id: string;
  children: RowNode[];
}

/** Column ids a money value is rounded in: each full column key list, and the row total. */
export type Rounded = Map<string, Map<SummedMoney, bigint>>;

export function totalColumnKeys(plan: Plan): PivotKey[] | null {
  return plan.colDims.length > 0 ? null : [];
}

export function buildTree(plan: Plan, set: CellSet): RowNode {
  const totalCol = keyId(totalColumnKeys(plan));
  const root: RowNode = { keys: [], id: keyId([]), children: [] };
  const byId = new Map<string, RowNode>([[root.id, root]]);
  const rowCells = [...set.cells.values()].filter((c) => c.colId === totalCol && c.rowKeys.length > 0);
  rowCells.sort((a, b) => a.rowKeys.length - b.rowKeys.length);
  for (const c of rowCells) {
    const node: RowNode = { keys: c.rowKeys, id: c.rowId, children: [] };
    byId.set(c.rowId, node);
    byId.get(keyId(c.rowKeys.slice(0, -1)))?.children.push(node);
  }
  sortTree(plan, set, root);
  return root;
}

function sortValue(plan: Plan, set: CellSet, node: RowNode): bigint | number {
  const cell = set.cells.get(cellKey(node.id, keyId(totalColumnKeys(plan))));
  return measureOf(plan.sortMeasure, cell);
}

function measureOf(m: Measure, cell: Cell | undefined): bigint | number {
  if (!cell) return 0;
  if (m.kind === 'lines') return cell.lines;
  if (m.kind === 'usage') return cell.usage;
  return 'column' in m ? (cell.money.get(m.column) ?? 0n) : 0;
}

function sortTree(plan: Plan, set: CellSet, node: RowNode): void {
  if (node.children.length === 0) return;
  const level = node.keys.length;
  const dim = plan.rowDims[level]!;
  const { by, direction } = plan.spec.sort;
  const sign = direction === 'asc' ? 1 : -1;
  const values = new Map<RowNode, bigint | number>();
  for (const c of node.children) values.set(c, sortValue(plan, set, c));
  node.children.sort((a, b) => {
    const ka = a.keys[level]!;
    const kb = b.keys[level]!;
    // OTHER and missing values stay at the end whatever the sort; time runs in time order
    if (isOtherKey(ka) !== isOtherKey(kb) || (ka === null) !== (kb === null) || isTimeLike(dim)) return compareKeys(ka, kb);
    if (by === 'key') return sign * compareKeys(ka, kb);
    const va = values.get(a)!;
    const vb = values.get(b)!;
    if (va !== vb) return va < vb ? -sign : sign;
    return compareKeys(ka, kb);
  });
  for (const c of node.children) sortTree(plan, set, c);
}

/**
 * Cents for every (row, column, money column): each parent split exactly among its children,
 * and, with column dimensions, each row's cells adding up to its Total (grid-cents.ts).
 */
export function roundTree(plan: Plan, set: CellSet, root: RowNode, columns: readonly (PivotKey[] | null)[]): Rounded {
  const out: Rounded = new Map();
  const byColumn = columns.filter((c): c is PivotKey[] => c !== null);
  const totalColumn = columns.includes(null) ? TOTAL_COLUMNS_ID : keyId(byColumn[0]!);
  for (const money of plan.money) {
    // the Total column (the only column without column dimensions), top-down as in a plain tree
    const rootCell = set.cells.get(cellKey(root.id, totalColumn));
    const rootCents = roundToCents(rootCell?.money.get(money) ?? 0n);
    if (rootCell?.money.has(money)) put(out, cellKey(root.id, totalColumn), money, rootCents);
    allocate(set, root, totalColumn, money, rootCents, out);
    if (totalColumn === TOTAL_COLUMNS_ID) {
      const totalCents = (node: RowNode) => out.get(cellKey(node.id, TOTAL_COLUMNS_ID))?.get(money);
      roundGrid(set, root, byColumn, money, totalCents, (rowId, colId, cents) => put(out, cellKey(rowId, colId), money, cents));
    }
  }
  return out;
}

function allocate(set: CellSet, node: RowNode, colId: string, money: SummedMoney, cents: bigint, out: Rounded): void {
  const present: { child: RowNode; cell: Cell }[] = [];
  for (const child of node.children) {
    const cell = set.cells.get(cellKey(child.id, colId));
    if (cell?.money.has(money)) present.push({ child, cell });
  }
  const parts = allocateCents(
    present.map((x) => x.cell.money.get(money) ?? 0n),
    cents,
  );
  present.forEach((x, i) => {
    put(out, cellKey(x.child.id, colId), money, parts[i]!);
    allocate(set, x.child, colId, money, parts[i]!, out);
  });
}

function put(out: Rounded, id: string, money: SummedMoney, cents: bigint): void {
  let m = out.get(id);
  if (!m) out.set(id, (m = new Map()));
  m.set(money, cents);
}
