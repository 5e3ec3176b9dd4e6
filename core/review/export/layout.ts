// The share of a page or slide each table gets: tables are stacked in the space beside the chart
// (or under the headline when there is none), their rows shrinking together when many. A table
// whose printed cells would not fit beside the chart goes across the full width, the chart below
// it: a cut resource id or instance type ("i-0470d10ea9d1610…") is one nobody can act on.
import type { ReviewTable } from '../../api/review-contract.ts';
import { cellText } from '../format.ts';

/** How wide `text` prints at `size` points, in the writer's unit (PDF points, deck inches). */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A table's type: title, header and body sizes (points, the title and header bold) and the padding each side of a cell (writer's unit). */
export interface TableType { title: number; header: number; body: number; pad: number }

/** A table's column widths (summing to the width given) and the type that lets every cell fit them. */
export interface TableFit { widths: number[]; type: TableType }

/** The printed cells of a table, header first. */
export function printedRows(table: ReviewTable): string[][] {
  return table.rows.map((r) => table.columns.map((c) => cellText(r[c.key], c.kind)));
}

/** Rows (headers and titles counted) the stacked tables take. */
export function stackedRows(tables: ReviewTable[]): number {
  return tables.reduce((s, t) => s + t.rows.length + 2, 0);
}

/** Each column's width with its widest printed cell or label whole, padding included. */
export function naturalWidths(table: ReviewTable, measure: Measure, type: TableType): number[] {
  const rows = printedRows(table);
  return table.columns.map((c, i) => Math.max(measure(c.label, type.header, true), ...rows.map((r) => measure(r[i]!, type.body, false))) + 2 * type.pad);
}

/** Whether every title and cell of every table prints whole in `width` (a title holds figures too: "priced at 72.0% of on-demand"). */
export function fitsIn(tables: ReviewTable[], width: number, measure: Measure, type: TableType): boolean {
  return tables.every((t) => measure(t.title, type.title, true) <= width && naturalWidths(t, measure, type).reduce((a, b) => a + b, 0) <= width);
}

/** Columns beyond which a table needs the page's full width (the chart then goes below it). */
const WIDE_COLUMNS = 6;

/** A slide whose tables need the full width (many columns, or cells that would be cut beside the chart): tables first, the chart in the room left below. */
export function isWide(tables: ReviewTable[], beside: number, measure: Measure, type: TableType): boolean {
  return tables.some((t) => t.columns.length >= WIDE_COLUMNS) || !fitsIn(tables, beside, measure, type);
}

/**
 * Column widths for a table in `total`: each column its natural width, the room left shared in
 * proportion. A table too wide even for `total` gets smaller type (never cut cells): the sizes
 * shrink by the share that brings its text within the width left after the padding.
 */
export function fitTable(table: ReviewTable, total: number, measure: Measure, type: TableType): TableFit {
  const natural = naturalWidths(table, measure, type);
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) return { widths: natural.map((w) => w + ((total - sum) * w) / sum), type };
  const padding = 2 * type.pad * natural.length;
  // rounded down so the shrunk text is never a hair over its column
  const scale = Math.floor(((total - padding) / (sum - padding)) * 1000) / 1000;
  const smaller = { ...type, header: type.header * scale, body: type.body * scale };
  const shrunk = naturalWidths(table, measure, smaller);
  const left = total - shrunk.reduce((a, b) => a + b, 0);
  const shrunkSum = total - left;
  return { widths: shrunk.map((w) => w + (Math.max(0, left) * w) / shrunkSum), type: smaller };
}
