// A pivot as text for a terminal: one label column (the row tree, indented by level), one column
// per value column, thousands separators, and a caption saying what the numbers are. It fits
// `width` characters: a long label is cut first (down to LABEL_MIN), then value columns are left
// out from the right (the Total column stays), with a line saying how many and how to see them.
import { MEASURE, TOTAL_LABEL } from '../../engines/pivot/constants.ts';
import type { PivotResult } from '../../engines/pivot/result.ts';
import { layoutPivot, type CellFormat } from '../../export/pivot-layout.ts';
import { describePeriod } from '../commands/period-args.ts';
import { alignColumns, count, money, truncate, width as textWidth } from './text.ts';

/** Labels are never cut shorter than this to make room for values. */
export const LABEL_MIN = 24;
const GAP = 2;
const INDENT = '  ';

export function formatValue(value: number | null, format: CellFormat): string {
  if (value === null) return '';
  switch (format) {
    case 'money':
      return money(value);
    case 'count':
      return count(Math.round(value));
    case 'ratio':
      return `${(value * 100).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    case 'unitCost':
      // cost per unit: cents at least, up to the engine's 6 decimals
      return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 });
    default:
      return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }
}

function measureName(measure: string, basis: string): string {
  const names: Record<string, string> = {
    [MEASURE.cost]: `${basis} cost`,
    [MEASURE.usage]: 'usage',
    [MEASURE.lines]: 'lines',
    [MEASURE.share]: 'share of total',
    [MEASURE.change]: 'change vs previous',
    [MEASURE.changePct]: 'change % vs previous',
  };
  return names[measure] ?? measure;
}

/** "Effective cost in USD by ServiceName and month, 2026-08-01 to 2026-10-31" */
export function pivotCaption(r: PivotResult): string {
  const measures = r.measures.map((m) => measureName(m, r.spec.basis)).join(', ');
  const currency = r.currencies.length === 1 ? ` in ${r.currencies[0]}` : '';
  const dims = [...r.rowDimensions, ...r.columnDimensions];
  const by = dims.length > 0 ? ` by ${andList(dims)}` : '';
  const first = measures.charAt(0).toUpperCase() + measures.slice(1);
  return `${first}${currency}${by}, ${describePeriod(r.spec.period)}`;
}

const andList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export function formatPivotTable(r: PivotResult, width: number): string[] {
  const layout = layoutPivot(r);
  const multiMeasure = r.measures.length > 1;
  const headers = r.columns.map((c) => {
    const keys = c.total ? [TOTAL_LABEL] : c.labels;
    return [...keys, ...(multiMeasure ? [measureName(c.measure, r.spec.basis)] : [])].join(' / ') || measureName(c.measure, r.spec.basis);
  });
  const labelHeader = r.rowDimensions.join(' › ');
  const labels = layout.rows.map((row) => (row.kind === 'grand' ? row.labels[0]! : INDENT.repeat(Math.max(0, row.depth - 1)) + (row.labels[row.depth - 1] ?? '')));
  const cells = layout.rows.map((row) => row.values.map((v, i) => formatValue(v, layout.formats[i]!)));
  const valueWidths = headers.map((h, i) => Math.max(textWidth(h), ...cells.map((c) => textWidth(c[i]!))));
  const labelNatural = Math.max(textWidth(labelHeader), ...labels.map(textWidth));

  const shown = columnsThatFit(r, valueWidths, width - Math.min(labelNatural, LABEL_MIN));
  const valuesWidth = shown.reduce((s, i) => s + GAP + valueWidths[i]!, 0);
  const labelWidth = Math.max(Math.min(labelNatural, LABEL_MIN), Math.min(labelNatural, width - valuesWidth));
  const lines = alignColumns(
    [[truncate(labelHeader, labelWidth), ...shown.map((i) => headers[i]!)], ...labels.map((l, j) => [truncate(l, labelWidth), ...shown.map((i) => cells[j]![i]!)])],
    ['left', ...shown.map(() => 'right' as const)],
    GAP,
  );
  const out = [pivotCaption(r), ...lines];
  const hidden = headers.length - shown.length;
  if (hidden > 0) {
    out.push(`${hidden} of ${headers.length} columns not shown (width ${width}): see all with --csv, --json or --out FILE.xlsx`);
  }
  if (layout.rows.length === 0 || (layout.rows.length === 1 && layout.rows[0]!.kind === 'grand' && layout.rows[0]!.values.every((v) => v === null))) out.push('(no lines)');
  return out;
}

/** Indexes of the value columns to show: all when they fit, else the first ones that fit and the Total column. */
function columnsThatFit(r: PivotResult, widths: number[], room: number): number[] {
  const all = widths.map((_, i) => i);
  const need = (idx: number[]) => idx.reduce((s, i) => s + GAP + widths[i]!, 0);
  if (need(all) <= room) return all;
  const totals = all.filter((i) => r.columns[i]!.total);
  const rest = all.filter((i) => !r.columns[i]!.total);
  const kept: number[] = [];
  for (const i of rest) {
    if (need([...kept, i, ...totals]) > room) break;
    kept.push(i);
  }
  // always show at least one value column, even on a very narrow terminal
  const shown = [...kept, ...totals];
  return shown.length > 0 ? shown : [all[0]!];
}
