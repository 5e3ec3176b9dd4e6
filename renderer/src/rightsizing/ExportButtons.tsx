// The recommendations on screen (same settings and filters) as a ticket list for their owners:
// CSV, or Excel with a Summary sheet; each file says what it is and the command that makes it again.
import { useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { RightsizeSpec } from '../../../core/api/rightsizing-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { saveExport } from '../explore/download.ts';
import { toError } from '../frame/use-workspace.ts';

export function ExportButtons({ client, spec, disabled }: { client: WorkbenchClient; spec: RightsizeSpec; disabled: boolean }) {
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      saveExport(await client.call('rightsizeExport', { spec, format }));
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="rs-export">
      <span className="muted small">Ticket list:</span>
      <button type="button" disabled={disabled || busy !== null} onClick={() => void run('csv')} data-testid="rs-export-csv">
        {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </button>
      <button type="button" disabled={disabled || busy !== null} onClick={() => void run('xlsx')} data-testid="rs-export-xlsx">
        {busy === 'xlsx' ? 'Exporting…' : 'Export Excel'}
      </button>
      {error && <ErrorNotice error={error} title="Could not export the recommendations" />}
    </div>
  );
}
