// Every file the workspace has loaded, and this session's attempts that failed.
import { Fragment } from 'react';
import type { ImportRecord } from '../../../core/api/contract.ts';
import { adviceFor } from '../advice.ts';
import { baseName, shortPath, formatCount, formatMoney, formatPeriodSpan, formatTimestamp } from '../format.ts';
import type { Attempt } from './use-import.ts';

const STATUS: Record<ImportRecord['status'], string> = {
  loaded: 'Loaded',
  replaced: 'Replaced by a newer delivery',
  removed: 'Period removed',
};

export function ImportHistory({ imports, attempts }: { imports: ImportRecord[]; attempts: Attempt[] }) {
  const failed = attempts.filter((a) => a.error);
  const sorted = [...imports].sort((a, b) => b.loadedAt.localeCompare(a.loadedAt) || b.id - a.id);
  // AWS names every month's part the same: show the folder too when names repeat
  const counts = new Map<string, number>();
  for (const r of sorted) counts.set(baseName(r.path ?? r.source), (counts.get(baseName(r.path ?? r.source)) ?? 0) + 1);
  const label = (p: string) => ((counts.get(baseName(p)) ?? 0) > 1 ? shortPath(p) : baseName(p));
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Import history</h2>
      {sorted.length === 0 && failed.length === 0 ? (
        <p className="muted">No files imported yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">Format</th>
                <th scope="col">Periods</th>
                <th scope="col" className="num">Rows</th>
                <th scope="col" className="num">Billed cost</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {failed.map((a) => (
                <Fragment key={`attempt-${a.id}`}>
                  <tr className="failed-row">
                    <td>{formatTimestamp(a.at)}</td>
                    <td className="file" title={a.label}>
                      {a.label}
                    </td>
                    <td colSpan={4} className="muted">
                      nothing loaded
                    </td>
                    <td>
                      <span className={a.error?.code === 'CANCELLED' ? 'badge warn' : 'badge error'}>{a.error?.code === 'CANCELLED' ? 'Cancelled' : 'Failed'}</span>
                    </td>
                  </tr>
                  <tr className="failed-row detail">
                    <td />
                    <td colSpan={6}>
                      <span className="error-text">{a.error?.message}</span>
                      {a.error && adviceFor(a.error.code) && <span className="small block">What to do: {adviceFor(a.error.code)}</span>}
                    </td>
                  </tr>
                </Fragment>
              ))}
              {sorted.map((r) => (
                <tr key={r.id}>
                  <td>{formatTimestamp(r.loadedAt)}</td>
                  <td className="file" title={r.path ?? r.source}>
                    {label(r.path ?? r.source)}
                  </td>
                  <td>{r.format}</td>
                  <td>{formatPeriodSpan(r.billingPeriods)}</td>
                  <td className="num">{formatCount(r.rows)}</td>
                  <td className="num">{formatMoney(r.billedCost, r.currency)}</td>
                  <td>
                    <span className={`badge ${r.status}`}>{STATUS[r.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
