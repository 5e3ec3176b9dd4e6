// Exports of the pivot on screen: the same spec, every row level with its subtotals and the
// grand total, as CSV or as an Excel workbook (collapsible outline, frozen headers). Built in
// core (pivotExport) so the file and the screen come from one computation; the file carries its
// context (title, basis, period, filters, workspace, data through, command) as core writes it.
import { useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { toError } from '../frame/use-workspace.ts';
import { saveExport } from './download.ts';
import { wholeSpec } from './spec-edit.ts';

const FORMATS = [
  { id: 'csv', label: 'Export CSV', title: 'Every row level with subtotals and the grand total, as CSV' },
  { id: 'xlsx', label: 'Export Excel', title: 'An .xlsx workbook: every row level as a collapsible outline, subtotals, the grand total, frozen headers' },
] as const;

/** `title` (a saved view's name or the pivot in words) heads the export's context block / About sheet. */
export function ExportButtons({ client, spec, stem, title }: { client: WorkbenchClient; spec: PivotSpec; stem: string; title: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      saveExport(await client.call('pivotExport', { spec: wholeSpec(spec), format, title }), `${stem}.${format}`);
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {FORMATS.map((f) => (
        <button key={f.id} type="button" title={f.title} disabled={busy !== null} aria-busy={busy === f.id} onClick={() => void run(f.id)}>
          {busy === f.id ? 'Preparing…' : f.label}
        </button>
      ))}
      {error && (
        <div className="export-error">
          <ErrorNotice error={error} title="Could not export the pivot" />
        </div>
      )}
    </>
  );
}
