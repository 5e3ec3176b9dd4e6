// What a drill-down is of, in words: the row's path and the column's keys, as the grid reads them.
import type { PivotResult } from '../../../core/api/pivot-contract.ts';
import { keyText } from './pivot-columns.ts';
import type { DrillTarget } from './PivotGrid.tsx';

export function drillTitle(target: DrillTarget, result: PivotResult | null): string {
  const rows = target.rowLabels.map((l, i) => keyText(result?.rowDimensions[i], l));
  const cols = target.columnLabels.map((l, j) => keyText(result?.columnDimensions[j], l));
  const rowText = rows.length ? rows.join(' › ') : 'all rows';
  const colText = cols.length ? cols.join(' · ') : result && result.columnDimensions.length > 0 ? 'all columns' : '';
  return colText ? `${rowText} · ${colText}` : rowText;
}
