// Progress of engine work that reports no steps (a forecast, an anomaly detection): the bar moves
// without claiming a share done, beside the seconds it has taken; what runs and why it takes time
// are said until a result is on screen (compact: one line above it).
import { useEffect, useState } from 'react';

interface Props {
  /** Names the class and test id: `${kind}-progress`. */
  kind: string;
  message: string;
  /** What the engine does, shown while no result is on screen. */
  note: string;
  startedAt: number;
  compact: boolean;
}

export function ElapsedProgress({ kind, message, note, startedAt, compact }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className={`progress-box ${kind}-progress${compact ? ' compact' : ''}`} role="status" data-testid={`${kind}-progress`}>
      <div className="progress-head">
        <span className="progress-message">{message}</span>
        <span className="muted small">{seconds > 0 ? `${seconds} s` : ''}</span>
      </div>
      <div className="progress-track">
        <div className="progress-bar indeterminate" />
      </div>
      {!compact && <p className="muted small">{note}</p>}
    </div>
  );
}
