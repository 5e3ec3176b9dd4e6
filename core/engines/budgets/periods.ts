// SPEC.md step 1: which period of a budget a status is about. A one-off budget has one period;
// a recurring one repeats every month (or every three months) from its start, and the status is
// about the period holding asOf (before the start: the first period).
import type { Budget } from './budget.ts';
import { PERIOD_MONTHS } from './constants.ts';

export interface BudgetPeriodDays {
  /** First and last day, YYYY-MM-DD, inclusive. */
  first: string;
  last: string;
}

function monthIndex(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
}

function isoDay(year: number, month0: number, day: number): string {
  return new Date(Date.UTC(year, month0, day)).toISOString().slice(0, 10);
}

/** The budget's period that a status on `asOf` (YYYY-MM-DD) is about. */
export function periodFor(budget: Pick<Budget, 'period' | 'start' | 'recurring'>, asOf: string): BudgetPeriodDays {
  const length = PERIOD_MONTHS[budget.period];
  const start = monthIndex(budget.start);
  const at = monthIndex(asOf.slice(0, 7));
  const k = budget.recurring && at > start ? Math.floor((at - start) / length) : 0;
  const first = start + k * length;
  const year = Math.floor(first / 12);
  const month0 = first % 12;
  // day 0 of the month after the period is the period's last day
  return { first: isoDay(year, month0, 1), last: isoDay(year, month0 + length, 0) };
}
