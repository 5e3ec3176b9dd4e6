// The share of a page or slide each table gets: tables are stacked in the space beside the chart
// (or under the headline when there is none), their rows shrinking together when many.
import type { ReviewTable } from '../../api/review-contract.ts';
import { cellText } from '../format.ts';

/** Relative column widths: the longest printed cell or label of each column, within bounds (a long resource id is cut, a short figure still gets room). */
export function columnWeights(table: ReviewTable): number[] {
  const rows = printedRows(table);
  return table.columns.map((c, i) => Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, c.label.length * 0.8, ...rows.map((r) => r[i]!.length))));
}

const MIN_WEIGHT = 5;
const MAX_WEIGHT = 30;

export function widths(table: ReviewTable, total: number): number[] {
  const w = columnWeights(table);
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / sum) * total);
}

/** The printed cells of a table, header first. */
export function printedRows(table: ReviewTable): string[][] {
  return table.rows.map((r) => table.columns.map((c) => cellText(r[c.key], c.kind)));
}

/** Rows (headers and titles counted) the stacked tables take. */
export function stackedRows(tables: ReviewTable[]): number {
  return tables.reduce((s, t) => s + t.rows.length + 2, 0);
}

/** Columns beyond which a table needs the page's full width (the chart then goes below it). */
const WIDE_COLUMNS = 6;

/** A slide whose tables need the full width: tables first, the chart in the room left below. */
export function isWide(tables: ReviewTable[]): boolean {
  return tables.some((t) => t.columns.length >= WIDE_COLUMNS);
}
