// What a picked file would import, before anything changes: each metric with its dates, rows and
// who it counts for, and whether it is new or replaces the imported metric of that name.
import type { BusinessMetricSummary } from '../../../../core/api/unit-costs-contract.ts';
import { formatCount } from '../../format.ts';
import type { PendingImport } from './use-business-metrics.ts';
import { dateRange, rowsInWords } from './metrics-file.ts';
import { MetricCells, MetricHeads } from './MetricCells.tsx';

interface Props {
  pending: PendingImport;
  imported: BusinessMetricSummary[];
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}

export function MetricsPreview({ pending, imported, busy, onImport, onCancel }: Props) {
  const { preview } = pending;
  const before = new Map(imported.map((m) => [m.metric, m]));
  const n = preview.metrics.length;
  return (
    <div className="metrics-preview" role="region" aria-label={`Preview of ${preview.fileName}`}>
      <p className="notice-title">
        {preview.fileName}: {rowsInWords(preview.rows)} of {formatCount(n)} {n === 1 ? 'metric' : 'metrics'}, nothing imported yet
      </p>
      <div className="table-wrap">
        <table className="table" data-testid="metrics-preview-table">
          <thead>
            <tr>
              <MetricHeads />
              <th scope="col">On import</th>
            </tr>
          </thead>
          <tbody>
            {preview.metrics.map((m) => {
              const old = before.get(m.metric);
              return (
                <tr key={m.metric}>
                  <MetricCells m={m} />
                  <td>{old ? <span className="warn-text">replaces the imported {rowsInWords(old.rows)} ({dateRange(old)})</span> : 'new'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.warnings.length > 0 && (
        <div className="notice warn" role="note">
          {preview.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      )}
      <div className="row center">
        <button type="button" className="primary" disabled={busy} onClick={onImport}>
          Import {rowsInWords(preview.rows)}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
