// One budget's standing under the period it covers, in a line: its amount and, when it is in
// trouble, the breach date and probability (computed in core; the full sentence is in the warning).
import { formatValue } from '../explore/number-format.ts';
import type { BudgetStatus } from './budgets-api.ts';
import { probabilityText, STATUS_LABEL } from './budget-words.ts';

export function BudgetBadge({ status, currency }: { status: BudgetStatus; currency: string | null }) {
  const money = (v: number) => formatValue(v, 'money', status.budget.currency || currency);
  const when =
    status.status === 'breached'
      ? status.breachDate && `exceeded on ${status.breachDate}`
      : status.status === 'forecast-breach'
        ? `expected to exceed${status.breachDate ? ` on ${status.breachDate}` : ''} (probability ${probabilityText(status.breachProbability)})`
        : `probability of exceeding it ${probabilityText(status.breachProbability)}`;
  return (
    <div className={`budget-line-note status-${status.status}`} data-testid="period-budget">
      <span className={`badge ${status.status === 'ok' ? 'loaded' : status.status === 'breached' ? 'error' : 'warn'}`}>{STATUS_LABEL[status.status]}</span> Budget “{status.budget.name}” {money(status.budget.amount)}
      {when && <div className="small">{when}</div>}
    </div>
  );
}
