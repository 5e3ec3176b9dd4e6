// The ForecastSpec the view sends: the scope, cost basis and horizon a person picked; the
// engine's default method and the track record always on (the view shows it beside every forecast).
import type { ForecastSpec } from '../../../core/api/forecast-contract.ts';
import type { Basis } from '../explore/labels.ts';
import { scopeFilters, type Scope } from './scope.ts';

export const VIEW_METHOD = 'seasonal-trend';

export function forecastSpec(scope: Scope, basis: Basis, horizon: number): ForecastSpec {
  return { kind: 'forecast', version: 1, basis, scope: scopeFilters(scope), horizon, method: VIEW_METHOD, backtest: true };
}
