// yes / no / planned, with a note, kept by core (anomalyFeedback). `no` and `planned` stop the same
// pattern (account, service, region, usage type) being raised again; the list follows the record.
import { useEffect, useState } from 'react';
import type { Anomaly, Feedback } from '../../../core/api/anomaly-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { toError } from '../frame/use-workspace.ts';
import { MARKED, VERDICTS, type Verdict } from './words.ts';

interface Props {
  client: WorkbenchClient;
  anomaly: Anomaly;
  onSaved: (id: string, feedback: Feedback) => void;
}

const NOTE_MAX = 4000;

export function FeedbackPanel({ client, anomaly, onSaved }: Props) {
  const [note, setNote] = useState(anomaly.feedback?.note ?? '');
  const [saving, setSaving] = useState<Verdict | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // another anomaly opened: its own note
  useEffect(() => {
    setNote(anomaly.feedback?.note ?? '');
    setError(null);
  }, [anomaly.id, anomaly.feedback?.note]);

  const save = async (verdict: Verdict) => {
    setSaving(verdict);
    setError(null);
    try {
      const r = await client.call('anomalyFeedback', { id: anomaly.id, verdict, note: note.trim() === '' ? null : note.trim() });
      onSaved(r.id, r.feedback);
    } catch (err) {
      setError(toError(err));
    } finally {
      setSaving(null);
    }
  };

  const current = anomaly.feedback;
  const sig = anomaly.signature;
  const pattern = [sig.SubAccountName, sig.ServiceName, sig.RegionId, sig.x_UsageType].filter((x) => x !== null).join(' · ');
  return (
    <div className="anomaly-feedback" role="group" aria-labelledby="feedback-title">
      <h3 id="feedback-title">Is this an anomaly?</h3>
      <p className="muted small feedback-state" data-testid="feedback-state" role="status">
        {current ? (
          <>
            Marked {MARKED[current.verdict]} on {current.at.replace('T', ' ').replace('Z', ' UTC')}
            {current.note ? <>: “{current.note}”</> : '.'}
          </>
        ) : (
          'Not reviewed yet.'
        )}
      </p>
      <label className="control feedback-note">
        <span className="label">Note</span>
        <textarea rows={2} maxLength={NOTE_MAX} value={note} placeholder="Why: a launch, a load test, a migration, a mistake…" onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="feedback-buttons">
        {VERDICTS.map((v) => (
          <button key={v.verdict} type="button" aria-pressed={current?.verdict === v.verdict} title={v.help} disabled={saving !== null} onClick={() => void save(v.verdict)}>
            {saving === v.verdict ? 'Saving…' : v.label}
          </button>
        ))}
      </div>
      {pattern && <p className="muted small">“No” and “Planned” stop this pattern ({pattern}) being raised again.</p>}
      {error && <ErrorNotice error={error} title="Could not save the feedback" />}
    </div>
  );
}
