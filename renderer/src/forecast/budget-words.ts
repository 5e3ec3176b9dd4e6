// What a budget's status says, in words: the same sentence in the warnings, the period tiles and
// the budget list.
import { formatValue } from '../explore/number-format.ts';
import type { BudgetState, BudgetStatus } from './budgets-api.ts';
import { budgetScopeTitle } from './scope.ts';

export const STATUS_LABEL: Record<BudgetState, string> = { ok: 'On track', 'forecast-breach': 'Forecast to exceed', breached: 'Exceeded' };

export function probabilityText(p: number): string {
  // the engine's probability is a fraction 0-1; under 1% or over 99% is said so, not rounded to 0 or 100
  if (p < 0.01) return 'under 1%';
  if (p > 0.99) return 'over 99%';
  return `${Math.round(p * 100)}%`;
}

export function breachSentence(s: BudgetStatus): string {
  const money = (v: number) => formatValue(v, 'money', s.budget.currency || null);
  const period = `${s.periodStart} to ${s.periodEnd}`;
  if (s.status === 'breached') return `Actual cost ${money(s.actual)} is over the budget of ${money(s.budget.amount)} for ${period}${s.breachDate ? ` since ${s.breachDate}` : ''}.`;
  if (s.status === 'forecast-breach')
    return `Expected to exceed ${money(s.budget.amount)}${s.breachDate ? ` on ${s.breachDate}` : ''} (probability ${probabilityText(s.breachProbability)}): forecast ${money(s.forecast)} for ${period}, 80% interval ${money(s.lower80)} – ${money(s.upper80)}.`;
  return `Forecast ${money(s.forecast)} of ${money(s.budget.amount)} for ${period} (probability of exceeding it ${probabilityText(s.breachProbability)}).`;
}

export function budgetWarningTitle(s: BudgetStatus): string {
  return `${STATUS_LABEL[s.status]}: budget “${s.budget.name}” (${budgetScopeTitle(s.budget.scope)}, ${s.budget.period === 'month' ? 'monthly' : 'quarterly'}, ${s.budget.basis} cost)`;
}
