// Progress of the running import, in words and as a bar, with Cancel.
import type { Progress } from '../../../core/api/progress.ts';
import { formatBytes, formatCount } from '../format.ts';

// `what` names the work for the Cancel button and the bar: an import, or opening a workspace
export function ImportProgress({ progress, onCancel, what = 'import' }: { progress: Progress | null; onCancel: () => void; what?: string }) {
  const fraction = progress?.fraction;
  // nothing measured yet reads as "working", not as a stuck 0%
  const pct = fraction === undefined || fraction <= 0 ? undefined : Math.round(Math.min(1, fraction) * 100);
  const facts = [
    progress?.filesTotal ? `file ${Math.min((progress.filesDone ?? 0) + 1, progress.filesTotal)} of ${progress.filesTotal}` : null,
    progress?.rowsDone !== undefined ? `${formatCount(progress.rowsDone)} rows` : null,
    progress?.bytesDone !== undefined ? `${formatBytes(progress.bytesDone)}${progress.bytesTotal ? ` of ${formatBytes(progress.bytesTotal)}` : ''}` : null,
  ].filter(Boolean);
  return (
    <div className="progress-box" data-testid="import-progress">
      <div className="progress-head">
        <span className="progress-message" aria-live="polite">
          {progress?.message ?? 'Working…'}
        </span>
        <button type="button" onClick={onCancel}>
          Cancel {what}
        </button>
      </div>
      <div className="progress-track" role="progressbar" aria-label={`Progress of ${what}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className={pct === undefined ? 'progress-bar indeterminate' : 'progress-bar'} style={pct === undefined ? undefined : { width: `${pct}%` }} />
      </div>
      <p className="muted small">
        {pct !== undefined ? `${pct}% · ` : ''}
        {facts.join(' · ') || 'Preparing'}
        {' · '}Cancelling leaves the workspace exactly as it was.
      </p>
    </div>
  );
}
