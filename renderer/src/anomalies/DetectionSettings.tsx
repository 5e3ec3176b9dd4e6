// The detection thresholds: absolute and percent impact, the daily cost floor and the band's
// width, shown with the engine's defaults. A detection runs when asked (it records what it
// finds), never on each keystroke; a value out of range is named beside its field.
import { useEffect, useState, type FormEvent } from 'react';
import { draftOf, readDraft, type ThresholdDraft } from './settings.ts';
import { THRESHOLD_FIELDS, type Thresholds } from './words.ts';

interface Props {
  /** The thresholds of the answer on screen. */
  current: Thresholds | null;
  defaults: Thresholds | null;
  running: boolean;
  onDetect: (t: Thresholds | null) => void;
}

export function DetectionSettings({ current, defaults, running, onDetect }: Props) {
  const [draft, setDraft] = useState<ThresholdDraft | null>(null);
  // a new answer shows its own thresholds
  useEffect(() => setDraft(null), [current]);
  const shown = draft ?? (current ? draftOf(current) : null);
  const read = shown ? readDraft(shown) : null;
  const problems = read && 'problems' in read ? read.problems : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (read && 'thresholds' in read) onDetect(read.thresholds);
  };

  return (
    <form className="controls anomalies-settings" aria-label="Detection settings" onSubmit={submit}>
      {THRESHOLD_FIELDS.map((f) => {
        const problem = problems[f.key];
        return (
          <label key={f.key} className="control threshold" title={f.help}>
            <span className="label">{f.label}</span>
            <input
              type="number"
              min={0}
              max={f.max}
              step={f.step}
              value={shown?.[f.key] ?? ''}
              disabled={!shown}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`threshold-${f.key}-note`}
              onChange={(e) => shown && setDraft({ ...shown, [f.key]: e.target.value })}
            />
            <span id={`threshold-${f.key}-note`} className={problem ? 'small error-text' : 'muted small'}>
              {problem ?? (defaults ? `default ${defaults[f.key].toLocaleString('en-US')}` : '\u00a0')}
            </span>
          </label>
        );
      })}
      <div className="settings-actions">
        <button type="submit" className="primary" disabled={running || !read || 'problems' in read}>
          Detect again
        </button>
        <button type="button" disabled={running} onClick={() => (setDraft(null), onDetect(null))} title="Detect with the engine’s default thresholds">
          Default thresholds
        </button>
      </div>
    </form>
  );
}
