// What the status bar says about budgets: how many are breached or forecast to breach. Counting
// and wording only; the statuses come from core (budgetsStatus).
import type { BudgetStatus } from '../../../core/api/budgets-contract.ts';

export interface BudgetAlertSummary {
  total: number;
  breached: number;
  forecastBreach: number;
  /** The words shown: "1 breached, 2 forecast to breach", or "3 ok". */
  text: string;
  /** Names of the budgets not ok, for the tooltip. */
  names: string[];
}

/** null when the workspace has no budgets (the status bar then says nothing about them). */
export function summarizeBudgets(statuses: readonly BudgetStatus[]): BudgetAlertSummary | null {
  if (statuses.length === 0) return null;
  const breached = statuses.filter((s) => s.status === 'breached');
  const forecast = statuses.filter((s) => s.status === 'forecast-breach');
  const parts = [breached.length ? `${breached.length} breached` : '', forecast.length ? `${forecast.length} forecast to breach` : ''].filter(Boolean);
  return {
    total: statuses.length,
    breached: breached.length,
    forecastBreach: forecast.length,
    text: parts.length ? parts.join(', ') : `${statuses.length} ok`,
    names: [...breached, ...forecast].map((s) => s.budget.name),
  };
}
