// While the forecast runs: what is being forecast (the engine fits the model and backtests the
// last 6 months; seconds on a large workspace, no steps reported).
import { ElapsedProgress } from '../frame/ElapsedProgress.tsx';

const NOTE = 'Fitting the model to the daily history and backtesting it on the last 6 months. This takes a few seconds on a large workspace.';

/** compact: a result is on screen already; one line above it, without the explanation. */
export function ForecastProgress({ what, startedAt, compact }: { what: string; startedAt: number; compact: boolean }) {
  return <ElapsedProgress kind="forecast" message={`Forecasting ${what}…`} note={NOTE} startedAt={startedAt} compact={compact} />;
}
