// While the detection runs: it scores every daily series of the workspace in one pass and
// reports no steps, so the bar moves without claiming a share done, beside the time it has taken.
import { useEffect, useState } from 'react';

export function DetectionProgress({ startedAt, compact }: { startedAt: number; compact: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className={compact ? 'progress-box anomalies-progress compact' : 'progress-box anomalies-progress'} role="status" data-testid="anomalies-progress">
      <div className="progress-head">
        <span className="progress-message">Detecting anomalies…</span>
        <span className="muted small">{seconds > 0 ? `${seconds} s` : ''}</span>
      </div>
      <div className="progress-track">
        <div className="progress-bar indeterminate" />
      </div>
      {!compact && <p className="muted small">Comparing every day of the total, each service, account, region, usage type, owner tag and cost category with the same weekday of the weeks before. This takes a few seconds on a large workspace.</p>}
    </div>
  );
}
