// One forecast on screen: what it covers, budget warnings, the short-history label, where the
// periods will land, the track record, the chart, the scope's budgets and the numbers by day.
import type { ForecastResult } from '../../../core/api/forecast-contract.ts';
import type { Basis } from '../explore/labels.ts';
import { useThemeMode } from '../explore/use-theme-mode.ts';
import { BudgetPanel } from './BudgetPanel.tsx';
import { BudgetWarnings } from './BudgetWarnings.tsx';
import { ForecastChart } from './ForecastChart.tsx';
import { ForecastDays } from './ForecastDays.tsx';
import { PeriodEnds } from './PeriodEnds.tsx';
import { budgetScopeOf, sameBudgetScope, scopeTitle, type Scope } from './scope.ts';
import { TrackRecord } from './TrackRecord.tsx';
import type { BudgetsState } from './use-budgets.ts';
import { isNaive, METHOD_LABEL } from './words.ts';

interface Props {
  result: ForecastResult;
  scope: Scope;
  basis: Basis;
  currency: string | null;
  budgets: BudgetsState;
  /** A newer forecast is running: this one is shown dimmed until it arrives. */
  stale: boolean;
  onOpenScope: (scope: Scope) => void;
}

export function ForecastResultPanel({ result, scope, basis, currency, budgets, stale, onOpenScope }: Props) {
  const mode = useThemeMode();
  const series = result.series[0];
  const title = scopeTitle(scope);
  if (!series) return <p className="muted">The engine returned no series for {title}.</p>;
  const bScope = budgetScopeOf(scope);
  const scopeBudgets = budgets.budgets.filter((b) => sameBudgetScope(b.scope, bScope));
  const scopeStatuses = budgets.statuses.filter((s) => sameBudgetScope(s.budget.scope, bScope));
  const otherStatuses = budgets.statuses.filter((s) => !sameBudgetScope(s.budget.scope, bScope));
  // the chart and the period tiles compare like with like: budgets in the basis on screen
  const drawn = scopeBudgets.filter((b) => b.basis === basis);
  const first = series.forecast[0]?.date ?? '';
  const naive = isNaive(series);

  return (
    <div className={stale ? 'forecast-result stale' : 'forecast-result'} aria-busy={stale} data-testid="forecast-result">
      <p className="view-subtitle forecast-subtitle" data-testid="forecast-title">
        <strong>{title}</strong> · {basis} cost · data through {result.lastDay}; {naive ? 'projected' : 'forecast'} {series.forecast.length} days from {first} with the {METHOD_LABEL[series.method] ?? series.method}
      </p>
      <BudgetWarnings here={scopeStatuses} elsewhere={otherStatuses} onOpenScope={onOpenScope} />
      {series.message && (
        <div className="notice warn" role="note" data-testid="naive-notice">
          <p className="notice-title">Not enough history for a forecast</p>
          <p>{series.message}</p>
        </div>
      )}
      <PeriodEnds series={series} currency={currency} statuses={scopeStatuses.filter((s) => s.budget.basis === basis)} />
      <TrackRecord series={series} currency={currency} />
      <section className="chart-panel" aria-label="History and forecast">
        <ForecastChart series={series} lastDay={result.lastDay} budgets={drawn} currency={currency} mode={mode} title={title} />
        {series.levelShift && <p className="muted small chart-note">The model found a new level from {series.levelShift} and forecasts from it.</p>}
      </section>
      <BudgetPanel
        state={budgets}
        budgets={scopeBudgets}
        statuses={scopeStatuses}
        scope={bScope}
        scopeTitle={title}
        basis={basis}
        currency={currency}
        startMonth={series.periodEnd.month.from.slice(0, 7)}
        startQuarter={series.periodEnd.quarter.from.slice(0, 7)}
      />
      <ForecastDays series={series} currency={currency} />
    </div>
  );
}
