// A budget drawn on a daily chart: its amount spread evenly over the days of each of its
// periods (a month's budget of $9,300 is $300 a day in a 31-day month). A daily line cannot
// carry a monthly total any other way; the tooltip and the legend say it is the daily share.
import type { Budget } from './budgets-api.ts';

const DAY_MS = 86_400_000;

function monthIndex(yyyyMm: string): number {
  return Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;
}

function firstDayOfMonthIndex(m: number): number {
  return Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
}

export interface BudgetPeriodSpan {
  from: string;
  /** Inclusive. */
  to: string;
  days: number;
}

/** The budget period holding `date`, or null when the budget does not cover it. */
export function budgetPeriodOn(budget: Pick<Budget, 'period' | 'start' | 'recurring'>, date: string): BudgetPeriodSpan | null {
  const months = budget.period === 'quarter' ? 3 : 1;
  const start = monthIndex(budget.start);
  const at = monthIndex(date.slice(0, 7));
  if (at < start) return null;
  const n = Math.floor((at - start) / months);
  if (n > 0 && !budget.recurring) return null;
  const first = firstDayOfMonthIndex(start + n * months);
  const next = firstDayOfMonthIndex(start + (n + 1) * months);
  const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
  return { from: iso(first), to: iso(next - 1), days: next - first };
}

/** The budget's daily share on each date (null outside its periods). */
export function dailyBudget(budget: Pick<Budget, 'period' | 'start' | 'recurring' | 'amount'>, dates: readonly string[]): (number | null)[] {
  return dates.map((d) => {
    const p = budgetPeriodOn(budget, d);
    return p ? budget.amount / p.days : null;
  });
}
