// What the last import did, file by file, or why it failed. Files a folder held that are not
// billing data (a licence, a readme…) are listed apart, each with the reason it was skipped.
import { formatCount, formatMoney, formatPeriodSpan, baseName } from '../format.ts';
import { formatInWords, isMetricsFormat } from './import-format.ts';
import type { IngestFileResult } from '../../../core/api/contract.ts';
import type { Attempt } from './use-import.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { originLabel } from './origin.ts';

const FILE_STATUS: Record<IngestFileResult['status'], string> = {
  loaded: 'loaded',
  duplicate: 'already loaded, nothing changed',
  skipped: 'skipped',
  superseded: 'superseded by a newer delivery, not added',
};

export function AttemptOutcome({ attempt }: { attempt: Attempt }) {
  if (attempt.error) return <ErrorNotice error={attempt.error} title={`Could not import ${attempt.label}`} />;
  const result = attempt.result;
  if (!result) return null;
  const loaded = result.files.filter((f) => f.status === 'loaded');
  const considered = result.files.filter((f) => f.status !== 'skipped');
  const skipped = result.files.filter((f) => f.status === 'skipped');
  return (
    <div className="notice ok" role="status" data-testid="import-outcome">
      <p className="notice-title">
        {loaded.length
          ? `Imported ${loaded.length} file${loaded.length === 1 ? '' : 's'}: ${formatCount(result.rowsLoaded)} rows`
          : 'Nothing new to import: these files were already loaded, so nothing changed.'}
      </p>
      <ul className="file-list">
        {considered.map((f) => (
          <li key={f.path} title={f.path}>
            <strong>{originLabel(f.path)}</strong> — {FILE_STATUS[f.status]}
            {f.status === 'loaded' && isMetricsFormat(f.format) && `: ${formatInWords(f.format)}, ${formatPeriodSpan(f.billingPeriods)}, ${formatCount(f.rows)} rows`}
            {f.status === 'loaded' && !isMetricsFormat(f.format) && `: ${f.format}, ${formatPeriodSpan(f.billingPeriods)}, ${formatCount(f.rows)} rows, billed ${formatMoney(f.billedCost)}`}
            {(f.warnings ?? []).map((w) => (
              <span key={w} className="small block import-warning">
                {w}
              </span>
            ))}
            {f.note && f.status !== 'loaded' && ` (${f.note})`}
          </li>
        ))}
      </ul>
      {result.replacedImports.length > 0 && (
        <p className="small">
          Replaced {result.replacedImports.length} earlier import{result.replacedImports.length === 1 ? '' : 's'} of the same billing period (the newer delivery wins).
        </p>
      )}
      {skipped.length > 0 && (
        <>
          <p className="small skipped-title">
            Skipped {skipped.length} file{skipped.length === 1 ? '' : 's'} of the folder, not loaded:
          </p>
          <ul className="file-list small" data-testid="import-skipped">
            {skipped.map((f) => (
              <li key={f.path} title={f.path}>
                <strong>{baseName(f.path)}</strong> — {f.note ?? 'skipped'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
