// The result's columns as the grid's column groups: one header level per column dimension, then
// the measure when there are several (one measure needs no header of its own: the control bar
// names it), and the row total last. Leaves read values by the column's identity (its measure
// and keys), never by position; the engine has already ordered and labelled everything, this
// only arranges headers.
import type { PivotColumn, PivotResult } from '../../../core/api/pivot-contract.ts';
import { formatPeriod } from '../format.ts';
import { isTimeBucket, measureLabel, type Basis } from './labels.ts';

/** A key as a header or row label: months of time buckets read 'Jan 2026'; everything else as the engine printed it. */
export function keyText(dimension: string | undefined, label: string): string {
  return dimension !== undefined && isTimeBucket(dimension) && /^\d{4}-\d{2}$/.test(label) ? formatPeriod(label) : label;
}

export const TOTAL_HEADER = 'Total';

/**
 * What a value column is: measure@keys (percent-encoded JSON), or measure@total. The grid's
 * column id and the key of every row's cells: when a month comes in front, a column keeps its
 * id and its cells, wherever it now stands. Attribute-safe.
 */
export function valueColumnId(c: Pick<PivotColumn, 'measure' | 'keys' | 'total'>): string {
  return `${c.measure}@${c.total ? 'total' : encodeURIComponent(JSON.stringify(c.keys)).replace(/'/g, '%27')}`;
}

/** A row's values keyed by their column's id. */
export function cellsById(columns: readonly PivotColumn[], values: readonly (number | null)[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  columns.forEach((c, i) => (out[valueColumnId(c)] = values[i] ?? null));
  return out;
}

export interface HeaderLeaf {
  index: number;
  /** valueColumnId of the column. */
  id: string;
  measure: string;
  total: boolean;
  /** Header texts from the top group down to the leaf. */
  path: string[];
}

export interface HeaderGroup {
  id: string;
  label: string;
  children: HeaderNode[];
}

export type HeaderNode = { leaf: HeaderLeaf } | { group: HeaderGroup };

export function headerPaths(result: PivotResult, basis: Basis): HeaderLeaf[] {
  const single = result.measures.length === 1;
  return result.columns.map((c, index) => {
    const measure = measureLabel(c.measure, basis);
    let path: string[];
    if (c.total) path = result.columnDimensions.length === 0 ? [measure] : single ? [TOTAL_HEADER] : [TOTAL_HEADER, measure];
    else {
      const labels = c.labels.map((l, j) => keyText(result.columnDimensions[j], l));
      path = single && labels.length > 0 ? labels : [...labels, measure];
    }
    return { index, id: valueColumnId(c), measure: c.measure, total: c.total, path };
  });
}

/** Nests leaves under groups: neighbours sharing a header prefix share the group. */
export function headerTree(leaves: readonly HeaderLeaf[], level = 0, prefix = ''): HeaderNode[] {
  const out: HeaderNode[] = [];
  let i = 0;
  while (i < leaves.length) {
    const leaf = leaves[i]!;
    if (leaf.path.length === level + 1) {
      out.push({ leaf });
      i++;
      continue;
    }
    const label = leaf.path[level]!;
    let j = i + 1;
    while (j < leaves.length && leaves[j]!.path.length > level + 1 && leaves[j]!.path[level] === label && leaves[j]!.total === leaf.total) j++;
    const id = `${prefix}/${leaf.total ? 'total' : i}:${label}`;
    out.push({ group: { id, label, children: headerTree(leaves.slice(i, j), level + 1, id) } });
    i = j;
  }
  return out;
}
