// The ingest stopped because files with no delivery identity would replace or double a billing
// period already loaded (INGEST_REPLACE_OR_APPEND): nothing changed yet. The person sees what
// is loaded and what would come in, and answers replace or append; the import then runs again.
import type { OverlapChoice, OverlapConflict } from '../../../core/api/contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import { baseName, formatCount, formatMoney, formatPeriod, formatTimestamp } from '../format.ts';

export const OVERLAP_QUESTION_CODE = 'INGEST_REPLACE_OR_APPEND';

/** The conflicts an INGEST_REPLACE_OR_APPEND error carries, or null for any other error. */
export function overlapConflicts(error: ApiError | null): OverlapConflict[] | null {
  if (error?.code !== OVERLAP_QUESTION_CODE) return null;
  const conflicts = error.details?.conflicts;
  return Array.isArray(conflicts) ? (conflicts as OverlapConflict[]) : null;
}

interface Props {
  label: string;
  conflicts: OverlapConflict[];
  onChoose: (choice: OverlapChoice) => void;
  onCancel: () => void;
}

export function OverlapQuestion({ label, conflicts, onChoose, onCancel }: Props) {
  const loadedAny = conflicts.some((c) => c.loaded.length > 0);
  const one = new Set(conflicts.flatMap((c) => c.files.map((f) => f.path))).size === 1;
  return (
    <div className="notice warn question" role="alertdialog" aria-labelledby="overlap-title" aria-describedby="overlap-why" data-testid="overlap-question">
      <p className="notice-title" id="overlap-title">
        {loadedAny ? 'Replace the loaded billing period, or add to it?' : 'Are these files one delivery or several?'}
      </p>
      <p id="overlap-why">
        {one ? `${label} carries` : `These files (${label}) carry`} no delivery identity (no AWS manifest, no delivery folder), so the workbench
        cannot tell a restatement, which replaces the month, from more parts of the same delivery, which add up. Nothing has been changed yet.
      </p>
      <div className="table-wrap">
        <table className="table small">
          <thead>
            <tr>
              <th>Billing period</th>
              <th>Billing account</th>
              <th>Already loaded</th>
              <th>In this import</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={`${c.providerName}/${c.billingAccountId}/${c.billingPeriod}`}>
                <td>{formatPeriod(c.billingPeriod)}</td>
                <td>{c.billingAccountId}</td>
                <td className="wrap">
                  {c.loaded.length === 0
                    ? 'nothing'
                    : c.loaded.map((l) => (
                        <div key={l.importId} title={l.path ?? undefined}>
                          <strong>{baseName(l.path) || `import ${l.importId}`}</strong>, loaded {formatTimestamp(l.loadedAt)}: {formatCount(l.rows)} rows, billed{' '}
                          {formatMoney(l.billedCost, c.currency)}
                        </div>
                      ))}
                </td>
                <td className="wrap">
                  {c.files.map((f) => (
                    <div key={f.path} title={f.path}>
                      <strong>{baseName(f.path)}</strong>: {formatCount(f.rows)} rows, billed {formatMoney(f.billedCost, c.currency)}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row question-choices">
        <button type="button" className="primary" onClick={() => onChoose('replace')}>
          Replace
        </button>
        <span className="muted small grow">
          a restatement: the new files replace {loadedAny ? 'what is loaded for these periods' : 'one another'} (among themselves, the one given last counts)
        </span>
      </div>
      <div className="row question-choices">
        <button type="button" onClick={() => onChoose('append')}>
          Append
        </button>
        <span className="muted small grow">parts of one delivery: their rows are added{loadedAny ? ' to what is loaded' : ''}</span>
      </div>
      <div className="row question-choices">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted small">leave the workspace as it is</span>
      </div>
    </div>
  );
}
