// The split of the rules on screen for one period, as they are edited: the flow from pools to
// owners, the table that reconciles to the source total, and the statements to export.
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { MonthSelect } from '../frame/MonthSelect.tsx';
import { formatPeriod } from '../format.ts';
import { ResultTable } from './ResultTable.tsx';
import { SplitChart } from './SplitChart.tsx';
import { StatementButtons } from './StatementButtons.tsx';
import type { Preview } from './use-preview.ts';
import type { ChargebackSpec } from './types.ts';

interface Props {
  client: WorkbenchClient;
  months: readonly string[];
  period: string;
  onPeriod: (p: string) => void;
  preview: Preview;
  spec: ChargebackSpec | null;
  /** Why there is no spec (problems in the rules), or null. */
  blocked: string | null;
}

function statusText(preview: Preview, blocked: string | null): string {
  if (blocked) return blocked;
  if (preview.running) return 'Updating the preview…';
  const r = preview.result;
  if (!r) return '';
  return `${r.basis} cost · ${r.rulesVersion === 0 ? 'rules on screen (not saved)' : `saved rules, version ${r.rulesVersion}`}`;
}

export function PreviewPanel({ client, months, period, onPeriod, preview, spec, blocked }: Props) {
  const result = preview.result;
  const stale = preview.running || blocked !== null || (preview.error !== null && result !== null);
  return (
    <section className="card preview" aria-labelledby="preview-title" aria-busy={preview.running}>
      <div className="section-head">
        <h2 id="preview-title">Split</h2>
        <MonthSelect label="Billing period" inline months={[...months].reverse()} value={period} onChange={onPeriod} />
        <span className={blocked ? 'small preview-status warn-text' : 'muted small preview-status'} role="status" data-testid="preview-status">
          {preview.running && <span className="spinner" aria-hidden="true" />} {statusText(preview, blocked)}
        </span>
      </div>
      <StatementButtons client={client} spec={blocked ? null : spec} disabledReason={blocked} />
      {preview.error && <PreviewError error={preview.error} />}
      {result ? (
        <div className={stale ? 'preview-body stale' : 'preview-body'} data-testid="preview-body">
          <SplitChart result={result} />
          <ResultTable result={result} />
        </div>
      ) : (
        !preview.error && (
          <p className="muted" role="status">
            <span className="spinner" aria-hidden="true" /> Splitting {formatPeriod(period)}…
          </p>
        )
      )}
    </section>
  );
}

function PreviewError({ error }: { error: ApiError }) {
  return <ErrorNotice error={error} title="Could not split this period with these rules" />;
}
