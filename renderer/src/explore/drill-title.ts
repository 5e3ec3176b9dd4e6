// What a drill-down is of, in words: the row's path and the column's keys, as the grid reads
// them, and every filter of the pivot (a list of lines is only meaningful with all of them).
import type { PivotFilter, PivotResult } from '../../../core/api/pivot-contract.ts';
import { dimensionLabel } from './labels.ts';
import { keyText } from './pivot-columns.ts';
import type { DrillTarget } from './PivotGrid.tsx';

export function drillTitle(target: DrillTarget, result: PivotResult | null): string {
  const rows = target.rowLabels.map((l, i) => keyText(result?.rowDimensions[i], l));
  const cols = target.columnLabels.map((l, j) => keyText(result?.columnDimensions[j], l));
  const rowText = rows.length ? rows.join(' › ') : 'all rows';
  const colText = cols.length ? cols.join(' · ') : result && result.columnDimensions.length > 0 ? 'all columns' : '';
  const cell = colText ? `${rowText} · ${colText}` : rowText;
  const filters = (result?.spec.filters ?? []).map(filterWords);
  return filters.length > 0 ? `${cell} — where ${filters.join('; ')}` : cell;
}

/** `SubAccountName is “prod” or “dev”`, `tag:team is not “x”`; a missing value reads (none). */
export function filterWords(f: PivotFilter): string {
  const values = f.values.map((v) => (v === null ? '(none)' : `“${v}”`)).join(' or ');
  return `${dimensionLabel(f.dimension)} ${f.op === 'notIn' ? 'is not' : 'is'} ${values}`;
}
