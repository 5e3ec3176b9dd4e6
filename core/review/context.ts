// What every slide of a pack reads: the API (the engines' results, never recomputed here), the
// month asked for and its neighbours, the cost basis, and the few engine answers several slides
// share (the month's total, the workspace's last day with data), asked once.
import type * as z from 'zod';
import type { MethodName, requestSchemas, ResponseOf, WorkbenchApi } from '../api/contract.ts';
import { validateRequest } from '../api/validate.ts';
import type { PivotResult } from '../api/pivot-contract.ts';
import type { CostBasis } from '../engines/pivot/constants.ts';
import { WorkbenchError } from '../errors.ts';
import { CHANGE_MEASURES } from './words.ts';

/** An API call with its request as a person writes it (defaults left out), validated as every transport does. */
export type Ask = <M extends MethodName>(method: M, request: z.input<(typeof requestSchemas)[M]>) => Promise<ResponseOf<M>>;

export function asker(api: WorkbenchApi): Ask {
  return (method, request) => (api[method] as (r: unknown) => Promise<never>)(validateRequest(method, request));
}

export interface ReviewContext {
  ask: Ask;
  /** YYYY-MM. */
  period: string;
  basis: CostBasis;
  /** The month's first day and the day after its last (half-open, UTC), YYYY-MM-DD. */
  from: string;
  to: string;
  /** The month's last day, YYYY-MM-DD. */
  lastDayOfPeriod: string;
  /** The month before, YYYY-MM. */
  previous: string;
  /** The last day with cost data in the workspace; null in an empty workspace. */
  lastDay: string | null;
  /**
   * The as-of day the budgets and the forecast are asked for: absent while the month is still
   * running (they use the day after the data); the month's last day once the data passes it, so a
   * closed month's budgets and forecast are the month's, not the next one's.
   */
  asOf: string | undefined;
  /** The month's total by the pivot (cost, change, changePct vs the previous month), asked once. */
  monthTotal: () => Promise<PivotResult>;
  currency: () => Promise<string>;
}

export function monthWindow(period: string): { from: string; to: string; lastDayOfPeriod: string; previous: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const day = (year: number, month0: number, d: number) => new Date(Date.UTC(year, month0, d)).toISOString().slice(0, 10);
  return {
    from: day(y, m - 1, 1),
    to: day(y, m, 1),
    lastDayOfPeriod: day(y, m, 0),
    previous: day(y, m - 2, 1).slice(0, 7),
  };
}

export async function reviewContext(api: WorkbenchApi, period: string, basis: CostBasis): Promise<ReviewContext> {
  const w = monthWindow(period);
  const ask = asker(api);
  // budgetsStatus answers the last day with data even when no budget is set; with budgets and no
  // data at all it refuses (BUDGETS_NO_DATA): there is no last day then
  const lastDay = await ask('budgetsStatus', {}).then((r) => r.lastDay, (err: unknown) => {
    if (err instanceof WorkbenchError) return null;
    throw err;
  });
  const asOf = lastDay !== null && lastDay >= w.lastDayOfPeriod ? w.lastDayOfPeriod : undefined;
  let total: Promise<PivotResult> | null = null;
  const monthTotal = () => (total ??= ask('pivot', { spec: monthPivotSpec(w.from, w.to, basis, []) }));
  return {
    ask,
    period,
    basis,
    ...w,
    lastDay,
    asOf,
    monthTotal,
    currency: async () => (await monthTotal()).currencies[0] ?? '',
  };
}

/** The pivot of one month by `rows`, with the change vs the month before (the pivot's own measures). */
export function monthPivotSpec(from: string, to: string, basis: CostBasis, rows: string[]) {
  return {
    kind: 'pivot' as const,
    rows,
    columns: ['period'],
    grain: 'month' as const,
    measures: [...CHANGE_MEASURES],
    basis,
    period: { from, to },
    subtotals: true,
    grandTotals: true,
  };
}
