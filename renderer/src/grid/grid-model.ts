// What a grid is made of, as plain data: columns (leaves under optional header groups), the sort
// a person chose and the filters they set. The component only draws these; sorting and filtering
// in memory (the Tags grids) are pure functions here, and the drill-down sends the same models to
// DuckDB instead (explore/drill-query.ts).
import type { CSSProperties, ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

/** One column of the sort, in priority order. */
export interface SortItem {
  colId: string;
  sort: SortDirection;
}

export type FilterKind = 'text' | 'number' | 'date';

/** A column's filter: one condition, as the filter menu sets it. */
export interface FilterModel {
  filterType: FilterKind;
  type: string;
  filter?: string | number | null;
  filterTo?: string | number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

export type FilterState = Record<string, FilterModel>;

export interface GridColumn<T> {
  id: string;
  header: string;
  /** Tooltip of the header (its whole text when the header is cut). */
  headerTitle?: string;
  width: number;
  minWidth?: number;
  /** Share of the room left over by the fixed widths (the Tags grids fill their card). */
  flex?: number;
  /** Numbers: right-aligned, tabular figures. */
  numeric?: boolean;
  pinned?: boolean;
  value: (row: T, index: number) => unknown;
  /** The text shown; the value as text when absent. */
  text?: (value: unknown, row: T) => string;
  /** A cell with more than text (the pivot's tree cell). */
  render?: (row: T, index: number) => ReactNode;
  /** Tooltip of a cell: the whole value of a long one. */
  title?: (row: T, text: string) => string | undefined;
  cellClass?: (row: T, value: unknown) => string | undefined;
  cellStyle?: (row: T) => CSSProperties | undefined;
  sortable?: boolean;
  /** The first direction of a click (money: largest first); a second click turns it round. */
  sortFirst?: SortDirection;
  filter?: { kind: FilterKind; options: readonly string[] };
}

export interface GridGroup<T> {
  id: string;
  header: string;
  className?: string;
  children: GridNode<T>[];
}

export type GridNode<T> = GridColumn<T> | GridGroup<T>;

export const isGroup = <T>(n: GridNode<T>): n is GridGroup<T> => 'children' in n;

/** The leaf columns in display order. */
export function leafColumns<T>(nodes: readonly GridNode<T>[]): GridColumn<T>[] {
  return nodes.flatMap((n) => (isGroup(n) ? leafColumns(n.children) : [n]));
}

/** How many header rows the groups need (1 with no groups). */
export function headerDepth<T>(nodes: readonly GridNode<T>[]): number {
  return Math.max(1, ...nodes.map((n) => (isGroup(n) ? 1 + headerDepth(n.children) : 1)));
}

/**
 * The sort after a click on a column's header: its first direction, then the other way round
 * (no unsorted step: the rows always have an order a person chose). Shift+click adds the column
 * after the ones already sorted, or turns it round where it stands.
 */
export function nextSort(sort: readonly SortItem[], colId: string, first: SortDirection, multi: boolean): SortItem[] {
  const at = sort.find((s) => s.colId === colId);
  const direction: SortDirection = at ? (at.sort === 'asc' ? 'desc' : 'asc') : first;
  if (!multi) return [{ colId, sort: direction }];
  return at ? sort.map((s) => (s.colId === colId ? { colId, sort: direction } : s)) : [...sort, { colId, sort: direction }];
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** Rows in the order of the sort; empty values last whatever the direction; ties keep their order. */
export function sortRows<T>(rows: readonly T[], sort: readonly SortItem[], columns: readonly GridColumn<T>[]): T[] {
  const keyed = sort.map((s) => ({ s, col: columns.find((c) => c.id === s.colId) })).filter((k) => k.col);
  if (keyed.length === 0) return [...rows];
  const decorated = rows.map((row, i) => ({ row, i, values: keyed.map((k) => k.col!.value(row, i)) }));
  decorated.sort((x, y) => {
    for (let k = 0; k < keyed.length; k++) {
      const a = x.values[k];
      const b = y.values[k];
      if (blank(a) || blank(b)) {
        if (blank(a) && blank(b)) continue;
        return blank(a) ? 1 : -1;
      }
      const c = compareValues(a, b);
      if (c !== 0) return keyed[k]!.s.sort === 'desc' ? -c : c;
    }
    return x.i - y.i;
  });
  return decorated.map((d) => d.row);
}

/** Whether one value passes one filter (text filters ignore case, as a person types). */
export function passes(value: unknown, m: FilterModel): boolean {
  if (m.type === 'blank') return blank(value);
  if (m.type === 'notBlank') return !blank(value);
  if (blank(m.filter)) return true;
  if (m.filterType === 'number') {
    // an empty value is no number: only 'blank' finds it
    if (blank(value)) return false;
    const v = typeof value === 'number' ? value : Number(value);
    const n = Number(m.filter);
    switch (m.type) {
      case 'equals':
        return v === n;
      case 'notEqual':
        return v !== n;
      case 'greaterThan':
        return v > n;
      case 'greaterThanOrEqual':
        return v >= n;
      case 'lessThan':
        return v < n;
      case 'lessThanOrEqual':
        return v <= n;
      case 'inRange':
        return blank(m.filterTo) || (v >= n && v <= Number(m.filterTo));
      default:
        return true;
    }
  }
  const text = String(value ?? '').toLowerCase();
  const f = String(m.filter).toLowerCase();
  switch (m.type) {
    case 'contains':
      return text.includes(f);
    case 'notContains':
      return !text.includes(f);
    case 'equals':
      return text === f;
    case 'notEqual':
      return text !== f;
    case 'startsWith':
      return text.startsWith(f);
    case 'endsWith':
      return text.endsWith(f);
    default:
      return true;
  }
}

/** Rows that pass every column's filter; a text filter reads the text shown. */
export function filterRows<T>(rows: readonly T[], filters: FilterState, columns: readonly GridColumn<T>[]): T[] {
  const active = Object.entries(filters)
    .map(([id, m]) => ({ m, col: columns.find((c) => c.id === id) }))
    .filter((f) => f.col);
  if (active.length === 0) return [...rows];
  return rows.filter((row, i) =>
    active.every(({ m, col }) => {
      const v = col!.value(row, i);
      return passes(m.filterType === 'text' && col!.text ? col!.text(v, row) : v, m);
    }),
  );
}
