// Importing budgets from a file: a CSV (one budget per row; the columns are the command line's,
// see README) or the JSON that `aws budgets describe-budgets` writes. All or nothing: a file with
// a problem imports nothing and the message names the line; AWS budgets that cannot be kept here
// (other than cost budgets, several filters) can be left out instead, and are listed.
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { toError } from '../frame/use-workspace.ts';
import type { BudgetImportFormat, RefusedBudget } from './budgets-api.ts';

interface Props {
  onImport: (format: BudgetImportFormat, text: string, skipUnmappable: boolean) => Promise<{ imported: number; refused: RefusedBudget[] }>;
  onDone: () => void;
}

const FORMATS: { id: BudgetImportFormat; label: string; accept: string }[] = [
  { id: 'csv', label: 'CSV (name, scope_dimension, scope_value, period, start, recurring, amount, currency, basis)', accept: '.csv,text/csv' },
  { id: 'aws', label: 'AWS Budgets export (the JSON of aws budgets describe-budgets)', accept: '.json,application/json' },
];

export function BudgetImport({ onImport, onDone }: Props) {
  const [format, setFormat] = useState<BudgetImportFormat>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<{ imported: number; refused: RefusedBudget[] } | null>(null);

  const chooseFile = (f: File | null) => {
    setFile(f);
    setOutcome(null);
    setError(null);
    if (f?.name.toLowerCase().endsWith('.json')) setFormat('aws');
    else if (f?.name.toLowerCase().endsWith('.csv')) setFormat('csv');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await onImport(format, await file.text(), format === 'aws' && skip));
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="budget-import" onSubmit={(e) => void submit(e)} aria-labelledby="budget-import-title" data-testid="budget-import">
      <h3 id="budget-import-title">Import budgets</h3>
      <div className="controls budget-fields">
        <label className="control">
          <span className="label">File</span>
          <input type="file" accept={FORMATS.map((f) => f.accept).join(',')} onChange={(e) => chooseFile(e.target.files?.[0] ?? null)} />
        </label>
        <label className="control grow-control">
          <span className="label">Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as BudgetImportFormat)}>
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {format === 'aws' && (
          <label className="check control-check">
            <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} /> Leave out AWS budgets that cannot be kept here, import the rest
          </label>
        )}
      </div>
      <p className="muted small">A budget with the name of a saved one replaces it. A file with a problem imports nothing, and the message says which line.</p>
      {error && <ErrorNotice error={error} title="Nothing was imported" />}
      {outcome && (
        <div className="notice ok" role="status" data-testid="budget-import-outcome">
          <p className="notice-title">
            Imported {outcome.imported} budget{outcome.imported === 1 ? '' : 's'}.
          </p>
          {outcome.refused.length > 0 && (
            <>
              <p>Left out:</p>
              <ul>
                {outcome.refused.map((r) => (
                  <li key={r.name}>
                    “{r.name}”: {r.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy || !file}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
