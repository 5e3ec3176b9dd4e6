// The Forecast view: where the daily cost of a scope is heading, with 80% and 95% bands, where
// the month, quarter and year will land, how good the forecasts have been on this workspace,
// and the budgets of the scope with their breach warnings. The engine computes; this view draws.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotFields } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import type { Basis } from '../explore/labels.ts';
import { singleCurrency } from '../explore/number-format.ts';
import { toError } from '../frame/use-workspace.ts';
import { ForecastProgress } from './ForecastProgress.tsx';
import { ForecastResultPanel } from './ForecastResultPanel.tsx';
import { ScopePicker } from './ScopePicker.tsx';
import { scopeTitle, TOTAL_SCOPE, type Scope } from './scope.ts';
import { forecastSpec } from './spec.ts';
import { useBudgets } from './use-budgets.ts';
import { useForecast } from './use-forecast.ts';
import { DEFAULT_HORIZON, HORIZON_CHOICES } from './words.ts';
import './forecast.css';
import { ViewFrame } from '../frame/ViewFrame.tsx';
import { BasisSelect } from '../frame/BasisSelect.tsx';

interface Props {
  client: WorkbenchClient;
  onGoToData: () => void;
}

export function ForecastView({ client, onGoToData }: Props) {
  const [fields, setFields] = useState<PivotFields | null>(null);
  const [fieldsError, setFieldsError] = useState<ApiError | null>(null);
  const [scope, setScope] = useState<Scope>(TOTAL_SCOPE);
  const [basis, setBasis] = useState<Basis>('Effective');
  const [horizon, setHorizon] = useState(DEFAULT_HORIZON);
  const hasData = fields !== null && fields.lines > 0;
  const spec = useMemo(() => (hasData ? forecastSpec(scope, basis, horizon) : null), [hasData, scope, basis, horizon]);
  const forecast = useForecast(client, spec, { scope, basis });
  const budgets = useBudgets(client);
  const openScope = useCallback((s: Scope) => setScope(s), []);

  useEffect(() => {
    client.call('pivotFields', {}).then(setFields, (err: unknown) => setFieldsError(toError(err)));
  }, [client]);

  if (fieldsError) return <ViewFrame view="forecast" title="Forecast"><ErrorNotice error={fieldsError} title="Could not read the workspace" /></ViewFrame>;
  if (!fields) return <ViewFrame view="forecast" title="Forecast"><p className="muted" role="status">Reading the workspace…</p></ViewFrame>;
  if (!hasData) {
    return (
      <ViewFrame view="forecast" title="Forecast">
        <div className="card" data-testid="forecast-empty">
          <p className="lead">This workspace has no billing data yet, so there is nothing to forecast.</p>
          <p>
            Import CUR or FOCUS files, or open the demo workspace, in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            . A forecast needs at least 21 days of history; the track record needs a whole month after those.
          </p>
        </div>
      </ViewFrame>
    );
  }

  const currency = singleCurrency(fields.currencies);
  const title = scopeTitle(scope);
  const result = forecast.result;
  return (
    <ViewFrame view="forecast" title="Forecast">
      <div className="controls forecast-controls" role="group" aria-label="Forecast settings">
        <ScopePicker client={client} fields={fields} basis={basis} scope={scope} onScope={openScope} />
        <BasisSelect value={basis} onChange={setBasis} />
        <label className="control">
          <span className="label">Forecast ahead</span>
          <select value={horizon} onChange={(e) => setHorizon(Number(e.target.value))}>
            {HORIZON_CHOICES.map((h) => (
              <option key={h.days} value={h.days}>
                {h.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {forecast.error && <ErrorNotice error={forecast.error} title={`Could not forecast ${title}`} />}
      {forecast.running && forecast.startedAt !== null && <ForecastProgress what={`${title} (${basis} cost)`} startedAt={forecast.startedAt} compact={result !== null} />}
      {result && <ForecastResultPanel result={result.forecast} scope={result.about.scope} basis={result.about.basis} currency={currency} budgets={budgets} stale={forecast.running} onOpenScope={openScope} />}
    </ViewFrame>
  );
}

