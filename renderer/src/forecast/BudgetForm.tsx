// Setting a budget for the scope on screen: name, month or quarter, amount, first period, and
// whether it repeats. The cost basis is the one the forecast shows. A budget of the same name
// is replaced (budgetsSet), so the form also changes an existing budget.
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import type { Basis } from '../explore/labels.ts';
import { toError } from '../frame/use-workspace.ts';
import { parseAmount } from './budget-amount.ts';
import { BUDGET_PERIODS, type Budget, type BudgetPeriod } from './budgets-api.ts';
import { budgetScopeTitle, type BudgetScope } from './scope.ts';

interface Props {
  scope: BudgetScope | null;
  scopeTitle: string;
  basis: Basis;
  currency: string | null;
  /** YYYY-MM of the first forecast month and quarter: where a new budget starts. */
  startMonth: string;
  startQuarter: string;
  /** Every saved budget: a name already used is replaced on save, and the form says so first. */
  saved: readonly Budget[];
  onSet: (budget: Budget) => Promise<void>;
  onDone: () => void;
}

const PERIOD_WORD: Record<BudgetPeriod, { label: string; every: string }> = {
  month: { label: 'Monthly', every: 'every month' },
  quarter: { label: 'Quarterly', every: 'every quarter' },
};

export function BudgetForm({ scope, scopeTitle, basis, currency, startMonth, startQuarter, saved, onSet, onDone }: Props) {
  const [period, setPeriod] = useState<BudgetPeriod>('month');
  const [name, setName] = useState(`${scopeTitle} ${PERIOD_WORD.month.label.toLowerCase()}`);
  const [named, setNamed] = useState(false);
  const [amount, setAmount] = useState('');
  const [start, setStart] = useState(startMonth);
  const [recurring, setRecurring] = useState(true);
  const [code, setCode] = useState(currency ?? 'USD');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const choosePeriod = (p: BudgetPeriod) => {
    setPeriod(p);
    setStart(p === 'month' ? startMonth : startQuarter);
    if (!named) setName(`${scopeTitle} ${PERIOD_WORD[p].label.toLowerCase()}`);
  };

  const existing = saved.find((b) => b.name === name.trim());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = parseAmount(amount);
    if (name.trim() === '') return setProblem('Give the budget a name.');
    if (value === null) return setProblem('Write the amount as a number above zero, with at most two decimals (for example 12500 or 12,500.50).');
    if (!/^\d{4}-\d{2}$/.test(start)) return setProblem('Choose the month the budget starts.');
    if (!/^[A-Z]{3}$/.test(code)) return setProblem('The currency is a three-letter code such as USD.');
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      await onSet({ name: name.trim(), scope, period, start, recurring, amount: value, currency: code, basis });
      onDone();
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="budget-form" onSubmit={(e) => void submit(e)} aria-labelledby="budget-form-title">
      <h3 id="budget-form-title">Set a budget for {scopeTitle}</h3>
      <div className="controls budget-fields">
        <label className="control grow-control">
          <span className="label">Name</span>
          <input type="text" value={name} onChange={(e) => (setName(e.target.value), setNamed(true))} maxLength={120} />
        </label>
        <label className="control">
          <span className="label">Period</span>
          <select value={period} onChange={(e) => choosePeriod(e.target.value as BudgetPeriod)}>
            {BUDGET_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_WORD[p].label}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <span className="label">Amount ({basis} cost)</span>
          <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="12500.00" className="amount-input" />
        </label>
        <label className="control">
          <span className="label">Currency</span>
          <input type="text" value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} maxLength={3} className="currency-input" readOnly={currency !== null} title={currency ? 'The workspace’s billing currency' : 'The workspace holds several currencies: name the budget’s'} />
        </label>
        <label className="control">
          <span className="label">First {period}</span>
          <input type="month" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="check control-check">
          <input type="checkbox" checked={recurring} onChange={(e) => setRecurring(e.target.checked)} /> Repeat {PERIOD_WORD[period].every}
        </label>
      </div>
      {existing && (
        <p className="notice warn small" role="note">
          A budget named “{existing.name}” is saved already ({budgetScopeTitle(existing.scope)}, {existing.period === 'month' ? 'monthly' : 'quarterly'}): saving replaces it. Choose another name to keep both.
        </p>
      )}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorNotice error={error} title="Could not save the budget" />}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save budget'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
