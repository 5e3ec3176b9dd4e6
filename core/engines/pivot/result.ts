// The pivot result: plain JSON, ready to draw (grid, chart) or export. Money values are in the
// currency's units rounded to cents (exact.ts says how they still add up); share is a fraction.
import type { PivotNotice } from './notices.ts';
import type { PivotKey, PivotSpec } from './spec.ts';

export interface PivotColumn {
  /** Keys of the column dimensions; [] for the total column and when there are none. */
  keys: PivotKey[];
  labels: string[];
  measure: string;
  /** The row-total column (summed over every column key). */
  total: boolean;
}

export interface PivotRow {
  keys: PivotKey[];
  labels: string[];
  /** 1 for the first row level; 0 only for the single row of a pivot without row dimensions. */
  depth: number;
  /** A subtotal of deeper rows returned in the same result. */
  subtotal: boolean;
  /** Deeper levels exist in the spec (load them with `parent`). */
  hasChildren: boolean;
  /** One value per column, in `columns` order; null where no line item falls in the cell. */
  values: (number | null)[];
}

export interface PivotResult {
  kind: 'pivotResult';
  spec: PivotSpec;
  rowDimensions: string[];
  columnDimensions: string[];
  measures: string[];
  columns: PivotColumn[];
  rows: PivotRow[];
  /** The grand-total row, in `columns` order; null when grandTotals is off. */
  totals: (number | null)[] | null;
  /** BillingCurrency of the lines summed; more than one means the money columns mix currencies. */
  currencies: string[];
  warnings: string[];
  /** Filter values and tag keys that match no line, a period without data, an empty result: with the nearest values (notices.ts). */
  notices: PivotNotice[];
  /** Where the numbers came from: the daily aggregate or the raw focus table. */
  source: 'aggregate' | 'focus';
}
