// Reading a month pivot (context.ts monthPivotSpec): each row's cost, change and change % from the
// month's column. The pivot computes them; this only finds the cells.
import type { PivotResult, PivotRow } from '../../api/pivot-contract.ts';
import { MEASURE } from '../../engines/pivot/constants.ts';

export interface MonthFigures {
  cost: number | null;
  change: number | null;
  changePct: number | null;
}

function columnIndex(result: PivotResult, measure: string): number {
  // the month's own column (not the row-total column, which the change measures leave empty)
  const i = result.columns.findIndex((c) => c.measure === measure && !c.total);
  return i >= 0 ? i : result.columns.findIndex((c) => c.measure === measure);
}

export function figures(result: PivotResult, values: (number | null)[]): MonthFigures {
  const at = (m: string) => {
    const i = columnIndex(result, m);
    return i >= 0 ? (values[i] ?? null) : null;
  };
  return { cost: at(MEASURE.cost), change: at(MEASURE.change), changePct: at(MEASURE.changePct) };
}

/** The grand total's figures. */
export function totalFigures(result: PivotResult): MonthFigures {
  return result.totals ? figures(result, result.totals) : { cost: null, change: null, changePct: null };
}

/** Rows of one depth with their label and figures. */
export function rowsAt(result: PivotResult, depth: number): { row: PivotRow; label: string; figures: MonthFigures }[] {
  return result.rows.filter((r) => r.depth === depth).map((row) => ({ row, label: row.labels[depth - 1] ?? '', figures: figures(result, row.values) }));
}
