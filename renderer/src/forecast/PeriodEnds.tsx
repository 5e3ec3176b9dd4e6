// Where the month, the quarter and the year will land: actual to date plus the forecast rest,
// with the 80% and 95% intervals, and the budget of that period beside it when the scope has one.
import type { PeriodProjection, SeriesForecast } from '../../../core/api/forecast-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import type { BudgetStatus } from './budgets-api.ts';
import { periodLabel } from './period-label.ts';
import { BudgetBadge } from './BudgetBadge.tsx';
import { forecastWord, PERIOD_END_LABEL, PERIOD_KINDS, type PeriodKind } from './words.ts';

interface Props {
  series: SeriesForecast;
  currency: string | null;
  /** Budget statuses of this scope, to show beside the period they cover. */
  statuses: readonly BudgetStatus[];
}

export function PeriodEnds({ series, currency, statuses }: Props) {
  const money = (v: number) => formatValue(v, 'money', currency);
  return (
    <div className="period-ends" role="group" aria-label="Period-end projections">
      {PERIOD_KINDS.map((kind) => {
        const p = series.periodEnd[kind];
        const status = statuses.find((s) => budgetCovers(kind, s, p));
        return (
          <section key={kind} className="tile period-end" data-testid={`period-end-${kind}`} aria-labelledby={`period-end-${kind}-title`}>
            <div className="tile-label" id={`period-end-${kind}-title`}>
              {PERIOD_END_LABEL[kind]} · {periodLabel(p.period)}
              {forecastWord(series) !== 'Forecast' && <span className="badge warn naive-badge">naive projection</span>}
            </div>
            <div className="tile-value" data-testid={`period-end-${kind}-value`}>
              {money(p.value)}
            </div>
            <div className="tile-sub interval">
              80%: {money(p.lower80)} – {money(p.upper80)}
            </div>
            <div className="tile-sub interval">
              95%: {money(p.lower95)} – {money(p.upper95)}
            </div>
            <div className="tile-sub">
              {money(p.actual)} actual so far + {money(p.rest)} {forecastWord(series).toLowerCase()} for the rest
            </div>
            {status && <BudgetBadge status={status} currency={currency} />}
          </section>
        );
      })}
    </div>
  );
}

/** A month budget sits beside the month end, a quarter budget beside the quarter end, when its period is that one. */
function budgetCovers(kind: PeriodKind, s: BudgetStatus, p: PeriodProjection): boolean {
  return s.budget.period === kind && s.periodStart === p.from;
}
