// Step 6: cells -> the pivot result. Columns are each column-key list (in key order) times
// each measure, then the row-total column; rows are the tree in display order; values are
// rounded money, exact ratios, counts.
import { cellKey, keyId, type Cell, type CellSet } from './cells.ts';
import { previousValue, type PreviousPeriod } from './change.ts';
import { centsToNumber, exactToNumber, roundToCents } from './exact.ts';
import { compareKeyLists, keyLabel } from './labels.ts';
import type { Measure } from './measures.ts';
import type { Plan } from './plan.ts';
import type { PivotColumn, PivotResult, PivotRow } from './result.ts';
import type { PivotKey } from './spec.ts';
import { buildTree, roundTree, type Rounded, type RowNode } from './tree.ts';

interface Ctx {
  plan: Plan;
  set: CellSet;
  rounded: Rounded;
  prev: PreviousPeriod;
}

export function assemble(plan: Plan, set: CellSet, prev: PreviousPeriod, source: PivotResult['source']): PivotResult {
  const { spec } = plan;
  const colKeyLists = columnKeyLists(plan, set);
  const hasCols = plan.colDims.length > 0;
  const valueColumns: (PivotKey[] | null)[] = hasCols ? [...colKeyLists, null] : [[]];
  const tree = buildTree(plan, set);
  const ctx: Ctx = { plan, set, rounded: roundTree(plan, set, tree, valueColumns), prev };

  const shown = hasCols && !spec.grandTotals ? colKeyLists : valueColumns;
  const columns: PivotColumn[] = shown.flatMap((keys) =>
    plan.measures.map((m) => ({
      keys: keys ?? [],
      labels: (keys ?? []).map((k, j) => keyLabel(plan.colDims[j]!, k)),
      measure: m.name,
      total: keys === null,
    })),
  );
  const shownIds = shown.map((keys) => keyId(keys));
  const valuesOf = (rowId: string, rowKeys: PivotKey[]) => {
    const values: (number | null)[] = [];
    for (let j = 0; j < shown.length; j++) for (const m of plan.measures) values.push(value(ctx, m, { rowKeys, rowId, colKeys: shown[j]!, colId: shownIds[j]! }));
    return values;
  };

  const rows: PivotRow[] = [];
  const levels = plan.rowDims.length;
  const emit = (node: RowNode) => {
    const depth = node.keys.length;
    if (depth === levels || spec.subtotals) {
      rows.push({
        keys: node.keys,
        labels: node.keys.map((k, i) => keyLabel(plan.rowDims[i]!, k)),
        depth,
        subtotal: depth < levels,
        hasChildren: depth < spec.rows.length,
        values: valuesOf(node.id, node.keys),
      });
    }
    node.children.forEach(emit);
  };
  if (levels === 0) emit(tree);
  else if (plan.parent) findNode(tree, plan.parent)?.children.forEach(emit);
  else tree.children.forEach(emit);

  const warnings: string[] = [];
  if (set.currencies.length > 1) warnings.push(`The lines summed are in ${set.currencies.length} currencies (${set.currencies.join(', ')}): filter on BillingCurrency before comparing money.`);
  return {
    kind: 'pivotResult',
    spec,
    rowDimensions: plan.rowDims.map((d) => d.ref),
    columnDimensions: plan.colDims.map((d) => d.ref),
    measures: plan.measures.map((m) => m.name),
    columns,
    rows,
    totals: spec.grandTotals ? valuesOf(tree.id, []) : null,
    currencies: set.currencies,
    warnings,
    notices: [],
    source,
  };
}

function columnKeyLists(plan: Plan, set: CellSet): PivotKey[][] {
  if (plan.colDims.length === 0) return [];
  const seen = new Map<string, PivotKey[]>();
  for (const c of set.cells.values()) if (c.rowKeys.length === 0 && c.colKeys !== null) seen.set(c.colId, c.colKeys);
  return [...seen.values()].sort(compareKeyLists);
}

function findNode(root: RowNode, path: readonly PivotKey[]): RowNode | undefined {
  let node: RowNode | undefined = root;
  for (let i = 0; i < path.length && node; i++) {
    const want = keyId([path[i]!]);
    node = node.children.find((c) => keyId([c.keys[i]!]) === want);
  }
  return node;
}

/** One cell of the grid: its keys, and their ids (cells.ts keyId) made once. */
interface At {
  rowKeys: PivotKey[];
  rowId: string;
  colKeys: PivotKey[] | null;
  colId: string;
}

function value(ctx: Ctx, m: Measure, { rowKeys, rowId, colKeys, colId }: At): number | null {
  const { plan, set } = ctx;
  const id = cellKey(rowId, colId);
  const cell: Cell | undefined = set.cells.get(id);
  switch (m.kind) {
    case 'money': {
      const cents = ctx.rounded.get(id)?.get(m.column);
      return cell && cents !== undefined ? centsToNumber(cents) : null;
    }
    case 'usage':
      return cell ? exactToNumber(cell.usage) : null;
    case 'lines':
      return cell ? cell.lines : null;
    case 'share': {
      // share of the column's grand total (of the whole result when there are no columns)
      const total = set.cells.get(cellKey(keyId([]), colId))?.money.get(m.column) ?? 0n;
      if (!cell || total === 0n) return null;
      return exactToNumber(cell.money.get(m.column) ?? 0n) / exactToNumber(total);
    }
    case 'change':
    case 'changePct': {
      const before = previousValue(plan, set, ctx.prev, rowKeys, colKeys, m.column);
      if (before === null) return null;
      const now = cell?.money.get(m.column) ?? 0n;
      if (m.kind === 'change') return centsToNumber(roundToCents(now - before));
      return before === 0n ? null : exactToNumber(now - before) / Math.abs(exactToNumber(before));
    }
    case 'unitCost':
      // needs the metric's volumes from the workspace: filled in by run.ts (unit-cost-measure.ts)
      return null;
  }
}

