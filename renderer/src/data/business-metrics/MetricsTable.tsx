// The business metrics imported in the workspace, each removable after a confirm.
import { Fragment, useState } from 'react';
import type { BusinessMetricSummary } from '../../../../core/api/unit-costs-contract.ts';
import { ConfirmRow } from '../ConfirmRow.tsx';
import { dateRange, rowsInWords } from './metrics-file.ts';
import { MetricCells, MetricHeads } from './MetricCells.tsx';

interface Props {
  metrics: BusinessMetricSummary[];
  busy: boolean;
  onRemove: (metric: string) => Promise<void>;
}

export function MetricsTable({ metrics, busy, onRemove }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="business-metrics-table">
        <thead>
          <tr>
            <MetricHeads />
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <Fragment key={m.metric}>
              <tr data-metric={m.metric} className={confirming === m.metric ? 'selected' : undefined}>
                <MetricCells m={m} />
                <td className="actions">
                  <button type="button" className="ghost" disabled={busy || confirming === m.metric} onClick={() => setConfirming(m.metric)} aria-label={`Remove the business metric ${m.metric}`}>
                    Remove…
                  </button>
                </td>
              </tr>
              {confirming === m.metric && (
                <ConfirmRow
                  colSpan={5}
                  data={{ 'data-metric': m.metric }}
                  label={`Confirm removing the business metric ${m.metric}`}
                  confirmText="Remove metric"
                  keepText="Keep it"
                  busy={busy}
                  onConfirm={() => {
                    setConfirming(null);
                    void onRemove(m.metric);
                  }}
                  onKeep={() => setConfirming(null)}
                >
                  Remove {m.metric}? This deletes its {rowsInWords(m.rows)} ({dateRange(m)}); Explore's Cost per will no longer offer it. Import the file again to bring it back.
                </ConfirmRow>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
