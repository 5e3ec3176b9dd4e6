// Budgets as text: the list, the status table, and the one line per breach that `budgets check`
// prints for cron and CI.
import type { Budget, BudgetStatus } from '../../api/budgets-contract.ts';
import { alignColumns, money } from './text.ts';

const pct = (p: number): string => `${Math.round(p * 100)}%`;

export function scopeText(b: Budget): string {
  return b.scope ? `${b.scope.dimension} = ${b.scope.value}` : 'whole workspace';
}

function periodText(b: Budget): string {
  return `${b.recurring ? 'every ' : ''}${b.period} from ${b.start}`;
}

export function budgetLines(budgets: readonly Budget[]): string[] {
  if (budgets.length === 0) return ['No budgets. Add one with "finops-workbench budgets set", or import a CSV or an AWS Budgets export.'];
  const rows = [['name', 'scope', 'period', 'amount', 'basis'], ...budgets.map((b) => [b.name, scopeText(b), periodText(b), `${money(b.amount)} ${b.currency}`, b.basis])];
  return alignColumns(rows, ['left', 'left', 'left', 'right', 'left']);
}

export function statusLines(statuses: readonly BudgetStatus[]): string[] {
  const rows = [
    ['name', 'period', 'amount', 'actual', 'forecast', '80% band', 'status', 'breach', 'chance'],
    ...statuses.map((s) => [s.budget.name, `${s.periodStart} – ${s.periodEnd}`, money(s.budget.amount), money(s.actual), money(s.forecast), `${money(s.lower80)} – ${money(s.upper80)}`, s.status, s.breachDate ?? '', pct(s.breachProbability)]),
  ];
  return alignColumns(rows, ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left', 'right']);
}

/** One line per budget that is breached or forecast to breach; nothing for the others. */
export function breachLine(s: BudgetStatus): string | null {
  const b = s.budget;
  const of = `${money(b.amount)} ${b.currency}`;
  const where = `${b.name} (${scopeText(b)}, ${b.basis}, ${s.periodStart} – ${s.periodEnd})`;
  if (s.status === 'breached') return `BREACHED ${where}: ${money(s.actual)} spent of ${of}, above it since ${s.breachDate}; forecast ${money(s.forecast)} by ${s.periodEnd}`;
  if (s.status === 'forecast-breach') return `FORECAST-BREACH ${where}: forecast ${money(s.forecast)} (80%: ${money(s.lower80)} – ${money(s.upper80)}) of ${of}, ${money(s.actual)} spent so far; expected to pass it on ${s.breachDate}, probability ${pct(s.breachProbability)}`;
  return null;
}
