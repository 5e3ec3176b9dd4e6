// A pivot result laid out as a sheet: header rows (one per column dimension, then the measure
// names), a left block with one column per row dimension, and the grand total last. CSV and
// XLSX both print this layout, so both show the same hierarchy and totals as the screen.
import { GRAND_TOTAL_LABEL, MEASURE, TOTAL_LABEL } from '../engines/pivot/constants.ts';
import type { PivotResult } from '../engines/pivot/result.ts';
import { UNIT_COST_MEASURE_PREFIX } from '../engines/unit-costs/constants.ts';

export type CellFormat = 'text' | 'money' | 'ratio' | 'count' | 'quantity' | 'unitCost';

export interface LayoutRow {
  kind: 'row' | 'subtotal' | 'grand';
  /** 1 for the first row level; used for outline levels and indentation. */
  depth: number;
  labels: string[];
  values: (number | null)[];
}

export interface PivotLayout {
  /** Header rows over the value columns; the last one names the measures. */
  header: string[][];
  /** Per header row, an id per value column: equal ids side by side form one merged group. */
  groups: string[][];
  /** Names of the left block's columns (the row dimensions). */
  left: string[];
  formats: CellFormat[];
  rows: LayoutRow[];
  currency: string | null;
}

export function measureFormat(measure: string): CellFormat {
  if (measure === MEASURE.share || measure === MEASURE.changePct) return 'ratio';
  if (measure === MEASURE.lines) return 'count';
  if (measure === MEASURE.usage || measure === 'ConsumedQuantity') return 'quantity';
  // a unit cost is a ratio of money to volume, to 6 decimals ($0.000012 a request), not cents
  if (measure.startsWith(UNIT_COST_MEASURE_PREFIX)) return 'unitCost';
  return 'money';
}

/** A measure as a column header: the basis is named wherever the measure depends on it. */
export function measureHeader(measure: string, basis: string): string {
  const cost = `${basis} cost`;
  switch (measure) {
    case MEASURE.cost:
      return cost;
    case MEASURE.share:
      return `share of ${cost}`;
    case MEASURE.change:
      return `change in ${cost}`;
    case MEASURE.changePct:
      return `change % in ${cost}`;
    default:
      return measure.startsWith(UNIT_COST_MEASURE_PREFIX) ? `${cost} per ${measure.slice(UNIT_COST_MEASURE_PREFIX.length)}` : measure;
  }
}

export function layoutPivot(result: PivotResult): PivotLayout {
  const nColDims = result.columnDimensions.length;
  const currency = result.currencies.length === 1 ? result.currencies[0]! : null;
  const header: string[][] = [];
  for (let j = 0; j < nColDims; j++) header.push(result.columns.map((c) => (c.total ? (j === 0 ? TOTAL_LABEL : '') : c.labels[j] ?? '')));
  const groups = header.map((_, j) => result.columns.map((c) => (c.total ? 'total' : JSON.stringify(c.keys.slice(0, j + 1)))));
  const named = (m: string) => measureHeader(m, result.spec.basis);
  header.push(result.columns.map((c) => (measureFormat(c.measure) === 'money' && currency ? `${named(c.measure)} (${currency})` : named(c.measure))));
  const leftCount = Math.max(1, result.rowDimensions.length);
  const left = result.rowDimensions.length > 0 ? result.rowDimensions : [''];
  const rows: LayoutRow[] = [];
  if (result.rowDimensions.length > 0) {
    for (const r of result.rows) {
      rows.push({ kind: r.subtotal ? 'subtotal' : 'row', depth: r.depth, labels: pad(r.labels, leftCount), values: r.values });
    }
  }
  if (result.totals) rows.push({ kind: 'grand', depth: 0, labels: pad([GRAND_TOTAL_LABEL], leftCount), values: result.totals });
  else if (result.rowDimensions.length === 0 && result.rows[0]) rows.push({ kind: 'grand', depth: 0, labels: pad([TOTAL_LABEL], leftCount), values: result.rows[0].values });
  return { header, groups, left, formats: result.columns.map((c) => measureFormat(c.measure)), rows, currency };
}

function pad(labels: string[], n: number): string[] {
  return [...labels, ...Array.from({ length: Math.max(0, n - labels.length) }, () => '')];
}
