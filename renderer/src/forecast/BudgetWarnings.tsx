// Breach warnings: every budget of this scope that is exceeded or forecast to be, with the
// expected date and probability; budgets of other scopes in trouble are listed below with a
// button that opens their scope.
import type { BudgetStatus } from './budgets-api.ts';
import { breachSentence, budgetWarningTitle } from './budget-words.ts';
import { budgetScopeTitle, scopeOfBudget, type Scope } from './scope.ts';

interface Props {
  here: readonly BudgetStatus[];
  elsewhere: readonly BudgetStatus[];
  onOpenScope: (scope: Scope) => void;
}

export function BudgetWarnings({ here, elsewhere, onOpenScope }: Props) {
  const atRisk = here.filter((s) => s.status !== 'ok');
  const others = elsewhere.filter((s) => s.status !== 'ok');
  if (atRisk.length === 0 && others.length === 0) return null;
  return (
    <div className="budget-warnings" data-testid="budget-warnings">
      {atRisk.map((s) => (
        <div key={s.budget.name} className={`notice ${s.status === 'breached' ? 'error' : 'warn'}`} role="alert" data-testid="budget-warning">
          <p className="notice-title">{budgetWarningTitle(s)}</p>
          <p>{breachSentence(s)}</p>
          {s.message && <p className="muted small">{s.message}</p>}
        </div>
      ))}
      {others.length > 0 && (
        <div className="notice warn other-budgets">
          <p className="notice-title">
            {others.length === 1 ? 'One budget of another scope is' : `${others.length} budgets of other scopes are`} exceeded or forecast to be:
          </p>
          <ul>
            {others.map((s) => (
              <li key={s.budget.name}>
                “{s.budget.name}” ({budgetScopeTitle(s.budget.scope)}
                {s.breachDate ? `, ${s.status === 'breached' ? 'since' : 'on'} ${s.breachDate}` : ''}){' '}
                <button type="button" className="link" onClick={() => onOpenScope(scopeOfBudget(s.budget.scope))}>
                  Show its forecast
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
