// While the forecast runs: what is being forecast and for how long it has been running (the
// engine fits the model and backtests the last 6 months; seconds on a large workspace). The
// engine reports no steps, so the bar moves without claiming a share done.
import { useEffect, useState } from 'react';

/** compact: a result is on screen already; one line above it, without the explanation. */
export function ForecastProgress({ what, startedAt, compact }: { what: string; startedAt: number; compact: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className={compact ? 'progress-box forecast-progress compact' : 'progress-box forecast-progress'} role="status" data-testid="forecast-progress">
      <div className="progress-head">
        <span className="progress-message">Forecasting {what}…</span>
        <span className="muted small">{seconds > 0 ? `${seconds} s` : ''}</span>
      </div>
      <div className="progress-track">
        <div className="progress-bar indeterminate" />
      </div>
      {!compact && <p className="muted small">Fitting the model to the daily history and backtesting it on the last 6 months. This takes a few seconds on a large workspace.</p>}
    </div>
  );
}
