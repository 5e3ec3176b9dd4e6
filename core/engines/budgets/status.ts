// budgetsStatus: every budget's period, actual to date, forecast at period end with its 80%
// band (the forecast engine's, same scope and basis), status, breach date and probability.
// Budgets of one scope and basis share one read and one fit (forecastRanges).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { forecastRanges, lastDayWithData, type RangeForecast } from '../forecast/index.ts';
import { dayNumber, isoOfDay } from '../forecast/days.ts';
import type { Budget } from './budget.ts';
import { BUDGET_STATUS, type BudgetStatusName } from './constants.ts';
import { BudgetsErrorCode } from './errors.ts';
import { breachProbability, firstDayAbove, statusOf } from './breach.ts';
import { periodFor } from './periods.ts';
import { listBudgets } from './store.ts';

export interface BudgetStatus {
  budget: Budget;
  /** The period this status is about (a recurring budget's current one), YYYY-MM-DD. */
  periodStart: string;
  periodEnd: string;
  /** Cost of the period's days up to the last day with data. */
  actual: number;
  /** Where the period will end: actual + the forecast rest, with its 80% band. */
  forecast: number;
  lower80: number;
  upper80: number;
  status: BudgetStatusName;
  /** Breached: the day the actual running total went above the amount; forecast to breach: the day the forecast's does. */
  breachDate: string | null;
  /** P(period total > amount), 0-1; 1 once breached. */
  breachProbability: number;
  /** What to know when reading the figures (a naive projection, no line in the scope yet, another currency), or null. */
  message: string | null;
}

export interface BudgetsStatusResult {
  /** The day the statuses are as of: the day after the last day with data, unless asked for another. */
  asOf: string;
  /** The last day with data the actuals run to (null when the workspace has none). */
  lastDay: string | null;
  statuses: BudgetStatus[];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function currencies(db: Db): Promise<string[]> {
  const rows = await db.all(sql`SELECT DISTINCT "BillingCurrency" AS c FROM focus WHERE "BillingCurrency" IS NOT NULL ORDER BY 1`);
  return rows.map((r) => String(r.c));
}

export async function budgetsStatus(db: Db, request: { asOf?: string }): Promise<BudgetsStatusResult> {
  const budgets = await listBudgets(db);
  const lastDay = await lastDayWithData(db, request.asOf);
  const asOf = request.asOf ?? (lastDay ? isoOfDay(dayNumber(lastDay) + 1) : today());
  if (budgets.length === 0) return { asOf, lastDay, statuses: [] };
  if (lastDay === null) throw new WorkbenchError(BudgetsErrorCode.BUDGETS_NO_DATA, `The workspace has no cost data${request.asOf ? ` before ${request.asOf}` : ''}, so no budget has an actual or a forecast. Ingest billing data first ("finops-workbench ingest").`);
  const inWorkspace = await currencies(db);
  // one forecast per scope and basis, whatever the number of budgets on it
  const groups = new Map<string, Budget[]>();
  for (const b of budgets) {
    const key = JSON.stringify([b.scope?.dimension ?? null, b.scope?.value ?? null, b.basis]);
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const byName = new Map<string, BudgetStatus>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const periods = group.map((b) => periodFor(b, asOf));
    const scope = first.scope ? [{ dimension: first.scope.dimension, values: [first.scope.value] }] : [];
    const result = await forecastRanges(db, { kind: 'forecast', basis: first.basis, scope, ...(request.asOf ? { asOf: request.asOf } : {}) }, periods.map((p) => ({ from: p.first, to: p.last })));
    group.forEach((b, i) => byName.set(b.name, statusOfBudget(b, result.ranges[i]!, notes(b, result.message, inWorkspace))));
  }
  return { asOf, lastDay, statuses: budgets.map((b) => byName.get(b.name)!) };
}

function notes(b: Budget, forecastMessage: string | null, inWorkspace: string[]): string | null {
  const parts = forecastMessage ? [forecastMessage] : [];
  if (inWorkspace.length > 0 && !inWorkspace.includes(b.currency)) parts.push(`The budget is in ${b.currency} but the workspace's costs are in ${inWorkspace.join(', ')}: the figures are compared as they are, not converted.`);
  return parts.length ? parts.join(' ') : null;
}

export function statusOfBudget(budget: Budget, r: RangeForecast, message: string | null): BudgetStatus {
  const status = statusOf(r.actual, r.value, budget.amount);
  let breachDate: string | null = null;
  if (status === BUDGET_STATUS.breached) breachDate = firstDayAbove(r.days.filter((d) => d.actual), budget.amount);
  else if (status === BUDGET_STATUS.forecastBreach) breachDate = firstDayAbove(r.days, budget.amount) ?? r.to;
  return {
    budget,
    periodStart: r.from,
    periodEnd: r.to,
    actual: r.actual,
    forecast: r.value,
    lower80: r.lower80,
    upper80: r.upper80,
    status,
    breachDate,
    breachProbability: status === BUDGET_STATUS.breached ? 1 : breachProbability(r.value, r.upper80, budget.amount),
    message,
  };
}
