// The row tree as the grid shows it. The engine sends one level at a time (the first level,
// then the children of a row when it is opened, with `parent`); this keeps what has arrived,
// which rows are open, and flattens the open part into grid rows in display order.
import type { PivotColumn, PivotKey, PivotResult, PivotRow } from '../../../core/api/pivot-contract.ts';
import { cellsById } from './pivot-columns.ts';

export interface TreeState {
  /** The first level (and the totals and columns every level shares). */
  root: PivotResult | null;
  /** Children of a row, by the row's path id. */
  children: ReadonlyMap<string, PivotRow[]>;
  expanded: ReadonlySet<string>;
  loading: ReadonlySet<string>;
}

export interface GridRow {
  id: string;
  keys: PivotKey[];
  labels: string[];
  depth: number;
  hasChildren: boolean;
  values: (number | null)[];
  /** The values by column id (valueColumnId): what the grid reads, so a cell never takes another column's value. */
  cells: Record<string, number | null>;
  expanded: boolean;
  loading: boolean;
  kind: 'row' | 'total';
}

export const EMPTY_TREE: TreeState = { root: null, children: new Map(), expanded: new Set(), loading: new Set() };

/**
 * A row's id: its keys as JSON, percent-encoded. Also the grid's row id, written into a
 * data-row-id attribute; an id made of URL-safe characters reads back as written in a selector.
 */
export function pathId(keys: readonly PivotKey[]): string {
  return encodeURIComponent(JSON.stringify(keys)).replace(/'/g, '%27');
}

export function pathDepth(id: string): number {
  return (JSON.parse(decodeURIComponent(id)) as unknown[]).length;
}

function gridRow(row: PivotRow, state: TreeState, columns: readonly PivotColumn[]): GridRow {
  const id = pathId(row.keys);
  return {
    id,
    keys: row.keys,
    labels: row.labels,
    depth: row.depth,
    hasChildren: row.hasChildren,
    values: row.values,
    cells: cellsById(columns, row.values),
    expanded: state.expanded.has(id),
    loading: state.loading.has(id),
    kind: 'row',
  };
}

/** The rows a person sees: every first-level row, and the children of each open row, depth first. */
export function visibleRows(state: TreeState): GridRow[] {
  const out: GridRow[] = [];
  const columns = state.root?.columns ?? [];
  const walk = (rows: readonly PivotRow[]) => {
    for (const row of rows) {
      const g = gridRow(row, state, columns);
      out.push(g);
      const kids = state.children.get(g.id);
      if (g.expanded && kids) walk(kids);
    }
  };
  walk(state.root?.rows ?? []);
  return out;
}

/** The grand-total row, pinned under the rows. */
export function totalRow(result: PivotResult | null, label: string): GridRow | null {
  if (!result?.totals) return null;
  return { id: 'total', keys: [], labels: [label], depth: 0, hasChildren: false, values: result.totals, cells: cellsById(result.columns, result.totals), expanded: false, loading: false, kind: 'total' };
}

/**
 * A whole result (every level, subtotals on) split into levels: the first level as root rows,
 * and each deeper row under its parent. Used by "Expand all", which asks for every level at once.
 */
export function splitLevels(result: PivotResult): { root: PivotRow[]; children: Map<string, PivotRow[]> } {
  const root: PivotRow[] = [];
  const children = new Map<string, PivotRow[]>();
  for (const row of result.rows) {
    if (row.depth <= 1) {
      root.push(row);
      continue;
    }
    const parent = pathId(row.keys.slice(0, -1));
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  return { root, children };
}

/** Same columns in the same order: children loaded later line up with the first level. */
export function sameColumns(a: PivotResult, b: PivotResult): boolean {
  return JSON.stringify(a.columns.map((c) => [c.keys, c.measure, c.total])) === JSON.stringify(b.columns.map((c) => [c.keys, c.measure, c.total]));
}
