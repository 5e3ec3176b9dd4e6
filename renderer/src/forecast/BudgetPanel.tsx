// The budgets of the scope on screen: each with its period, amount and standing now (actual and
// forecast against it, the expected breach), a form to set one, and removal with a confirm.
import { useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import type { Basis } from '../explore/labels.ts';
import { formatValue } from '../explore/number-format.ts';
import { toError } from '../frame/use-workspace.ts';
import { BudgetForm } from './BudgetForm.tsx';
import { BudgetImport } from './BudgetImport.tsx';
import { breachSentence, STATUS_LABEL } from './budget-words.ts';
import type { Budget, BudgetStatus } from './budgets-api.ts';
import type { BudgetScope } from './scope.ts';
import type { BudgetsState } from './use-budgets.ts';

interface Props {
  state: BudgetsState;
  /** Budgets of this scope (any basis) and their statuses. */
  budgets: readonly Budget[];
  statuses: readonly BudgetStatus[];
  /** undefined: no budget can name this scope (lines without a value). */
  scope: BudgetScope | null | undefined;
  scopeTitle: string;
  basis: Basis;
  currency: string | null;
  startMonth: string;
  startQuarter: string;
}

export function BudgetPanel({ state, budgets, statuses, scope, scopeTitle, basis, currency, startMonth, startQuarter }: Props) {
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const remove = async (name: string) => {
    setError(null);
    try {
      await state.remove(name);
      setConfirming(null);
    } catch (err) {
      setError(toError(err));
    }
  };

  return (
    <section className="card budgets" aria-labelledby="budgets-title" data-testid="budgets">
      <div className="row center budgets-head">
        <h2 id="budgets-title" className="grow">
          Budgets for {scopeTitle}
        </h2>
        {!adding && scope !== undefined && (
          <button type="button" onClick={() => (setAdding(true), setImporting(false))}>
            Set a budget…
          </button>
        )}
        {!importing && (
          <button type="button" onClick={() => (setImporting(true), setAdding(false))}>
            Import budgets…
          </button>
        )}
      </div>
      {state.error && <ErrorNotice error={state.error} title="Could not read the budgets" />}
      {error && <ErrorNotice error={error} title="Could not remove the budget" />}
      {scope === undefined && <p className="muted">Lines without a value cannot carry a budget: pick a value, or All spend.</p>}
      {state.loading ? (
        <p className="muted" role="status">
          Reading the budgets…
        </p>
      ) : budgets.length === 0 ? (
        scope !== undefined && !adding && !importing && <p className="muted">No budget for this scope yet. A budget appears on the chart as its daily share, and here with the forecast against it.</p>
      ) : (
        <div className="table-wrap">
          <table className="table budget-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Period</th>
                <th className="num">Amount</th>
                <th>Now</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {budgets.map((b) => {
                const s = statuses.find((x) => x.budget.name === b.name);
                return (
                  <tr key={b.name}>
                    <td className="wrap">{b.name}</td>
                    <td>
                      {b.period === 'month' ? 'Monthly' : 'Quarterly'} from {b.start}
                      {b.recurring ? '' : ' (once)'}
                      {b.basis !== basis && <div className="muted small">{b.basis} cost: switch the cost basis to see it on the chart</div>}
                    </td>
                    <td className="num">{formatValue(b.amount, 'money', b.currency || currency)}</td>
                    <td className="budget-now">
                      {s ? (
                        <>
                          <span className={`badge ${s.status === 'ok' ? 'loaded' : s.status === 'breached' ? 'error' : 'warn'}`}>{STATUS_LABEL[s.status]}</span> <span className="small">{breachSentence(s)}</span>
                          {s.message && <div className="muted small">{s.message}</div>}
                        </>
                      ) : (
                        <span className="muted small">No period of this budget is open on {state.asOf ?? 'the last day with data'}.</span>
                      )}
                    </td>
                    <td className="actions">
                      {confirming === b.name ? (
                        <span className="confirm">
                          <button type="button" className="danger" onClick={() => void remove(b.name)}>
                            Remove
                          </button>
                          <button type="button" onClick={() => setConfirming(null)}>
                            Keep
                          </button>
                        </span>
                      ) : (
                        <button type="button" onClick={() => setConfirming(b.name)} aria-label={`Remove budget ${b.name}`}>
                          Remove…
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {adding && scope !== undefined && (
        <BudgetForm scope={scope} scopeTitle={scopeTitle} basis={basis} currency={currency} startMonth={startMonth} startQuarter={startQuarter} saved={state.budgets} onSet={state.set} onDone={() => setAdding(false)} />
      )}
      {importing && <BudgetImport onImport={state.importText} onDone={() => setImporting(false)} />}
    </section>
  );
}
