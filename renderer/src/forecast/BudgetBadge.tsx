// One budget's standing in a line: its amount, the forecast against it, and a breach warning
// with the expected date and its probability (from the forecast's intervals, computed in core).
import { formatValue } from '../explore/number-format.ts';
import type { BudgetStatus } from './budgets-api.ts';
import { breachSentence, STATUS_LABEL } from './budget-words.ts';

export function BudgetBadge({ status, currency }: { status: BudgetStatus; currency: string | null }) {
  const money = (v: number) => formatValue(v, 'money', status.budget.currency || currency);
  return (
    <div className={`budget-line-note status-${status.status}`} data-testid="period-budget">
      <span className={`badge ${status.status === 'ok' ? 'loaded' : status.status === 'breached' ? 'error' : 'warn'}`}>{STATUS_LABEL[status.status]}</span> Budget “{status.budget.name}” {money(status.budget.amount)}
      {status.status !== 'ok' && <div className="small">{breachSentence(status)}</div>}
    </div>
  );
}
