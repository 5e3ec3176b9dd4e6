// Every Savings Plan and reservation of the window, sortable by any column (a button in each
// header: Enter or Space sorts, again turns the order round), expiries in the next 30/60/90 days
// marked on the row, and the table as CSV.
import { useMemo, useState } from 'react';
import type { CommitmentsStatusResult } from '../../../core/api/commitments-contract.ts';
import { formatExactMoney, formatValue } from '../explore/number-format.ts';
import { saveBlob } from '../explore/download.ts';
import { COLUMN_LABEL, DEFAULT_SORT, expiryBand, shortId, INVENTORY_COLUMNS, inventoryCsv, nextSort, paymentText, scopeText, sortCommitments, termText, type ExpiryBand, type InventoryColumn, type InventorySort } from './inventory-model.ts';
import { TYPE_LABEL, TYPE_SHORT } from './words.ts';

const NUMERIC: ReadonlySet<InventoryColumn> = new Set(['commitment', 'utilization', 'netSavings']);

function expiryText(band: ExpiryBand, days: number | null): string | null {
  if (band === 'ended') return `ended ${-(days ?? 0)} ${days === -1 ? 'day' : 'days'} ago`;
  if (band === null) return null;
  return `expires in ${days} ${days === 1 ? 'day' : 'days'}`;
}

export function InventoryTable({ status }: { status: CommitmentsStatusResult }) {
  const [sort, setSort] = useState<InventorySort>(DEFAULT_SORT);
  const rows = useMemo(() => sortCommitments(status.commitments, sort), [status, sort]);
  const money = (v: number | null) => formatValue(v, 'money', status.currency);
  const exportCsv = () => saveBlob(new Blob([inventoryCsv(rows)], { type: 'text/csv' }), `commitments-${(status.asOf ?? 'inventory').slice(0, 10)}.csv`);

  return (
    <section className="card cm-inventory" aria-labelledby="cm-inventory-title">
      <div className="cm-section-head">
        <h2 id="cm-inventory-title">Inventory</h2>
        <span className="muted small">
          {rows.length} {rows.length === 1 ? 'commitment' : 'commitments'} · figures over the window, on {status.basis} on-demand prices
        </span>
        <button type="button" onClick={exportCsv} data-testid="inventory-csv" title="Every commitment in the order shown, with the unrounded figures">
          Export CSV
        </button>
      </div>
      <div className="table-wrap">
        <table className="table cm-inventory-table" data-testid="inventory" aria-describedby="cm-expiry-legend">
          <thead>
            <tr>
              {INVENTORY_COLUMNS.map((col) => {
                const sorted = sort.column === col;
                return (
                  <th key={col} scope="col" className={NUMERIC.has(col) ? 'num' : undefined} aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="sort-button" onClick={() => setSort((s) => nextSort(s, col))} data-testid={`sort-${col}`}>
                      {COLUMN_LABEL[col]}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted ? (sort.descending ? '▼' : '▲') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const band = expiryBand(c, status.expiring);
              const note = expiryText(band, c.daysToExpiry);
              return (
                <tr key={c.id} className={band === null ? undefined : `expiry-row expiry-${band}`} data-testid="inventory-row" data-id={c.id} data-expiry={band ?? ''}>
                  <td className="cm-id" title={c.id}>
                    {c.name ?? shortId(c.id)}
                  </td>
                  <td className="cm-type" title={TYPE_LABEL[c.type]}>
                    {TYPE_SHORT[c.type]}
                  </td>
                  <td>{termText(c)}</td>
                  <td>{paymentText(c)}</td>
                  <td className="cm-date">{c.start?.slice(0, 10) ?? '—'}</td>
                  <td className="cm-date" data-testid="cell-end">
                    {c.end?.slice(0, 10) ?? '—'}
                    {note && <span className={`badge expiry-badge expiry-${band}`}>{note}</span>}
                  </td>
                  <td className="num" data-testid="cell-commitment">
                    {c.units !== null ? `${formatValue(c.units, 'quantity', null)} ${c.units === 1 ? 'unit' : 'units'} · ` : ''}
                    {c.commitmentPerHour === null ? '—' : `${formatExactMoney(c.commitmentPerHour, status.currency)}/h`}
                  </td>
                  <td className="cm-scope">{scopeText(c)}</td>
                  <td className="num" data-testid="cell-utilization">
                    {formatValue(c.utilization, 'ratio', null)}
                  </td>
                  <td className={`num${c.netSavings !== null && c.netSavings < 0 ? ' negative' : ''}`} data-testid="cell-net-savings">
                    {money(c.netSavings)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small" id="cm-expiry-legend">
        <span className="expiry-dot expiry-30" aria-hidden="true" /> expires within 30 days · <span className="expiry-dot expiry-60" aria-hidden="true" /> within 60 ·{' '}
        <span className="expiry-dot expiry-90" aria-hidden="true" /> within 90{status.asOf ? `, counted from ${status.asOf.slice(0, 10)} (the end of the data)` : ''}. An RI’s hourly figure is its amortized cost an hour.
      </p>
    </section>
  );
}
