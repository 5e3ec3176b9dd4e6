// Statements of the period on screen, showback or chargeback, as CSV, Excel or PDF: the same spec
// as the preview (the saved version when the rules on screen are saved, else the rules inline).
import { useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { saveExport } from '../explore/download.ts';
import { Segmented } from '../explore/Segmented.tsx';
import { toError } from '../frame/use-workspace.ts';
import { chargebackExport, STATEMENT_FORMATS, STATEMENT_MODES, type StatementFormat, type StatementMode } from './statements-api.ts';
import type { ChargebackSpec } from './types.ts';

export function StatementButtons({ client, spec, disabledReason }: { client: WorkbenchClient; spec: ChargebackSpec | null; disabledReason: string | null }) {
  const [mode, setMode] = useState<StatementMode>('showback');
  const [busy, setBusy] = useState<StatementFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (format: StatementFormat) => {
    if (!spec) return;
    setBusy(format);
    setError(null);
    try {
      saveExport(await chargebackExport(client, { spec, format, mode }));
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="statements" role="group" aria-label="Export statements">
      <Segmented<StatementMode> label="Statement kind" options={STATEMENT_MODES} value={mode} onChange={setMode} />
      {STATEMENT_FORMATS.map((f) => (
        <button key={f.id} type="button" title={disabledReason ?? f.title} disabled={busy !== null || spec === null} aria-busy={busy === f.id} onClick={() => void run(f.id)}>
          {busy === f.id ? 'Preparing…' : `Export ${f.label}`}
        </button>
      ))}
      {error && (
        <div className="export-error">
          <ErrorNotice error={error} title="Could not export the statements" />
        </div>
      )}
    </div>
  );
}
