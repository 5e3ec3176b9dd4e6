// Every file the workspace has loaded and every import attempt that failed or was cancelled
// (kept by the workspace, so they are still here after a reload), newest first. A metrics import
// can be removed here (after a confirm); billing data is removed by period (PeriodsTable).
import { Fragment, useState } from 'react';
import type { FailedImportRecord, ImportRecord } from '../../../core/api/contract.ts';
import { adviceFor } from '../advice.ts';
import { baseName, shortPath, formatCount, formatMoney, formatPeriodSpan, formatTimestamp } from '../format.ts';
import { formatInWords, isMetricsFormat } from './import-format.ts';
import { isPullOrigin, originLabel } from './origin.ts';
import { ConfirmRow } from './ConfirmRow.tsx';

const STATUS: Record<ImportRecord['status'], string> = {
  loaded: 'Loaded',
  replaced: 'Replaced by a newer delivery',
  removed: 'Period removed',
};

/** A metrics import is replaced by newer points of the same instances, and removed as an import. */
const METRICS_STATUS: Record<ImportRecord['status'], string> = {
  loaded: 'Loaded',
  replaced: 'Replaced by newer metrics',
  removed: 'Removed',
};

type Entry = { at: string; kind: 'import'; record: ImportRecord } | { at: string; kind: 'failed'; record: FailedImportRecord };

function attemptLabel(paths: string[]): string {
  const names = paths.map(originLabel);
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

interface Props {
  imports: ImportRecord[];
  failed: FailedImportRecord[];
  /** Removing a metrics import; absent, no remove buttons. */
  onRemoveMetrics?: (r: ImportRecord) => Promise<void>;
  busy?: boolean;
}

export function ImportHistory({ imports, failed, onRemoveMetrics, busy = false }: Props) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const entries: Entry[] = [...imports.map((r) => ({ at: r.loadedAt, kind: 'import' as const, record: r })), ...failed.map((r) => ({ at: r.attemptedAt, kind: 'failed' as const, record: r }))];
  // newest first; at the same instant a failure reads after (below) what loaded
  entries.sort((a, b) => b.at.localeCompare(a.at) || (a.kind === b.kind ? b.record.id - a.record.id : a.kind === 'import' ? -1 : 1));
  // AWS names every month's part the same: show the folder too when names repeat
  const counts = new Map<string, number>();
  for (const r of imports) counts.set(baseName(r.path ?? r.source), (counts.get(baseName(r.path ?? r.source)) ?? 0) + 1);
  const label = (p: string) => (isPullOrigin(p) ? originLabel(p) : (counts.get(baseName(p)) ?? 0) > 1 ? shortPath(p) : baseName(p));
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Import history</h2>
      {entries.length === 0 ? (
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
            <tbody>{entries.map((e) => (e.kind === 'failed' ? <FailedRows key={`failed-${e.record.id}`} attempt={e.record} /> : <ImportRow key={e.record.id} r={e.record} label={label} remove={onRemoveMetrics && { busy, confirming: confirming === e.record.id, ask: setConfirming, run: onRemoveMetrics }} />))}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RemoveControl {
  busy: boolean;
  confirming: boolean;
  ask: (id: number | null) => void;
  run: (r: ImportRecord) => Promise<void>;
}

function ImportRow({ r, label, remove }: { r: ImportRecord; label: (p: string) => string; remove?: RemoveControl | undefined }) {
  const metrics = isMetricsFormat(r.format);
  const removable = metrics && r.status !== 'removed' && remove !== undefined;
  const name = label(r.path ?? r.source);
  return (
    <Fragment>
      <tr className={remove?.confirming ? 'selected' : undefined} data-import={r.id}>
        <td>{formatTimestamp(r.loadedAt)}</td>
        <td className="file" title={r.path ?? r.source}>
          {label(r.path ?? r.source)}
        </td>
        <td title={r.format} className={metrics ? 'words' : undefined}>
          {formatInWords(r.format)}
        </td>
        <td>{formatPeriodSpan(r.billingPeriods)}</td>
        <td className="num">{formatCount(r.rows)}</td>
        <td className="num">{metrics ? <span className="muted">no cost</span> : formatMoney(r.billedCost, r.currency)}</td>
        <td>
          <span className={`badge ${r.status}`}>{(metrics ? METRICS_STATUS : STATUS)[r.status]}</span>
          {/* under the status, not in a column of its own: the history is already wide */}
          {removable && (
            <div className="row-action">
              <button type="button" className="ghost" disabled={remove.busy || remove.confirming} onClick={() => remove.ask(r.id)} aria-label={`Remove the metrics import ${name}`}>
                Remove…
              </button>
            </div>
          )}
        </td>
      </tr>
      {removable && remove.confirming && (
        <ConfirmRow
          colSpan={7}
          data={{ 'data-import': r.id }}
          label={`Confirm removing the metrics import ${name}`}
          confirmText="Remove metrics"
          keepText="Keep them"
          busy={remove.busy}
          onConfirm={() => {
            remove.ask(null);
            void remove.run(r);
          }}
          onKeep={() => remove.ask(null)}
        >
          Remove the metrics of {name}? This deletes its {formatCount(r.rows)} metric {r.rows === 1 ? 'row' : 'rows'}; rightsizing will no longer see them. Import the file again to bring them back.
        </ConfirmRow>
      )}
    </Fragment>
  );
}

function FailedRows({ attempt }: { attempt: FailedImportRecord }) {
  const cancelled = attempt.code === 'CANCELLED';
  const advice = adviceFor(attempt.code);
  return (
    <Fragment>
      <tr className="failed-row">
        <td>{formatTimestamp(attempt.attemptedAt)}</td>
        <td className="file" title={attempt.paths.join('\n')}>
          {attemptLabel(attempt.paths)}
        </td>
        <td colSpan={4} className="muted">
          nothing loaded
        </td>
        <td>
          <span className={cancelled ? 'badge warn' : 'badge error'}>{cancelled ? 'Cancelled' : 'Failed'}</span>
        </td>
      </tr>
      <tr className="failed-row detail">
        <td />
        <td colSpan={6}>
          <span className="error-text">{attempt.message}</span>
          <span className="small block muted">Error code {attempt.code}</span>
          {advice && <span className="small block">What to do: {advice}</span>}
        </td>
      </tr>
    </Fragment>
  );
}
