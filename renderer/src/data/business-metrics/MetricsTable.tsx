// The business metrics imported in the workspace, each removable after a confirm.
import { Fragment, useState } from 'react';
import type { BusinessMetricSummary } from '../../../../core/api/unit-costs-contract.ts';
import { formatCount } from '../../format.ts';
import { dateRange, reach, rowsInWords } from './metrics-file.ts';

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
            <th scope="col">Metric</th>
            <th scope="col">Dates</th>
            <th scope="col" className="num">Rows</th>
            <th scope="col">Volume for</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <Fragment key={m.metric}>
              <tr data-metric={m.metric} className={confirming === m.metric ? 'selected' : undefined}>
                <td className="mono">{m.metric}</td>
                <td>{dateRange(m)}</td>
                <td className="num">{formatCount(m.rows)}</td>
                <td>{reach(m)}</td>
                <td className="actions">
                  <button type="button" className="ghost" disabled={busy || confirming === m.metric} onClick={() => setConfirming(m.metric)} aria-label={`Remove the business metric ${m.metric}`}>
                    Remove…
                  </button>
                </td>
              </tr>
              {confirming === m.metric && (
                <tr className="confirm-row" data-metric={m.metric}>
                  <td colSpan={5}>
                    <div className="confirm" role="group" aria-label={`Confirm removing the business metric ${m.metric}`} onKeyDown={(e) => e.key === 'Escape' && setConfirming(null)}>
                      <span>
                        Remove {m.metric}? This deletes its {rowsInWords(m.rows)} ({dateRange(m)}); Explore's Cost per will no longer offer it. Import the file again to bring it back.
                      </span>
                      <button
                        type="button"
                        className="danger"
                        autoFocus
                        disabled={busy}
                        onClick={() => {
                          setConfirming(null);
                          void onRemove(m.metric);
                        }}
                      >
                        Remove metric
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Keep it
                      </button>
                    </div>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
