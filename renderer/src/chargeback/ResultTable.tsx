// The split per owner: direct cost, shared costs received, total, the previous month under the
// same rules and the change; then all owners, the unallocated amount (always shown, even at 0)
// and the source total, with the line that proves they reconcile.
import { Fragment, useState } from 'react';
import { formatValue } from '../explore/number-format.ts';
import { formatPeriod } from '../format.ts';
import { ownerRow, reconcile } from './result-model.ts';
import type { ChargebackResult } from './types.ts';
import { splitLabel, UNALLOCATED_LABEL } from './words.ts';

function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function ResultTable({ result }: { result: ChargebackResult }) {
  const money = (v: number | null) => formatValue(v, 'money', result.currency);
  const pct = (v: number | null) => (v === null ? '' : ` (${v > 0 ? '+' : ''}${formatValue(v, 'ratio', null)})`);
  const rec = reconcile(result);
  const rows = result.allocations.map(ownerRow);
  const [open, setOpen] = useState<string | null>(null);
  const prev = formatPeriod(previousPeriod(result.period));
  return (
    <>
      <div className="table-wrap result-wrap">
        <table className="table result-table" data-testid="chargeback-table">
          <caption className="sr-only">
            Allocation of {formatPeriod(result.period)} by owner, {result.basis} cost
          </caption>
          <thead>
            <tr>
              <th scope="col">Owner</th>
              <th scope="col" className="num">
                Direct
              </th>
              <th scope="col" className="num">
                Shared
              </th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col" className="num">
                {prev}
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  No owner received any cost: every cent of this period is unallocated. Check the owner sources above.
                </td>
              </tr>
            )}
            {rows.map((r, i) => {
              const a = result.allocations[i]!;
              const expanded = open === r.owner;
              return (
                <Fragment key={r.owner}>
                  <tr data-owner={r.owner}>
                    <th scope="row" className="owner-cell">
                      <button type="button" className="link disclose" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : r.owner)} title="What this owner received, by pool, service and account">
                        {r.owner}
                      </button>
                    </th>
                    <td className="num" data-col="direct">{money(r.direct)}</td>
                    <td className="num" data-col="shared">{money(r.shared)}</td>
                    <td className="num strong" data-col="total">{money(r.total)}</td>
                    <td className="num muted" data-col="previous">{r.previous === null ? 'not loaded' : money(r.previous)}</td>
                    <td className={`num ${r.change === null ? 'muted' : r.change > 0 ? 'up' : r.change < 0 ? 'down' : ''}`} data-col="change">
                      {r.change === null ? '—' : `${r.change > 0 ? '+' : ''}${money(r.change)}${pct(r.changeRatio)}`}
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="owner-detail">
                      <td colSpan={6}>
                        <div className="owner-detail-grid">
                          <DetailList title="Shared costs received" empty="None" items={a.received.map((x) => [`${x.pool} (${splitLabel(x.method).toLowerCase()})`, money(x.amount)])} />
                          <DetailList title="Direct cost by service" empty="None" items={a.byService.slice(0, 8).map((x) => [x.name, money(x.cost)])} />
                          <DetailList title="Direct cost by account" empty="None" items={a.byAccount.slice(0, 8).map((x) => [x.name ? `${x.name} (${x.id})` : x.id, money(x.cost)])} />
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-row="owners">
              <th scope="row">All owners ({rows.length})</th>
              <td className="num">{money(rec.direct)}</td>
              <td className="num">{money(rec.shared)}</td>
              <td className="num" data-col="total">{money(rec.owners)}</td>
              <td className="num muted">{rec.previous === null ? '' : money(rec.previous)}</td>
              <td />
            </tr>
            <tr data-row="unallocated" className={result.unallocated !== 0 ? 'unallocated' : ''}>
              <th scope="row">{UNALLOCATED_LABEL}</th>
              <td colSpan={2} className="muted small">cost no owner or pool took</td>
              <td className="num" data-col="total">{money(result.unallocated)}</td>
              <td colSpan={2} />
            </tr>
            <tr data-row="source">
              <th scope="row">Source total</th>
              <td colSpan={2} className="muted small">{result.basis} cost of {formatPeriod(result.period)}</td>
              <td className="num" data-col="total">{money(result.sourceTotal)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={rec.reconciles ? 'reconciliation ok' : 'reconciliation warn'} data-testid="reconciliation" role="note">
        Σ owners {money(rec.owners)} + unallocated {money(rec.unallocated)} = {money(rec.sum)}
        {rec.reconciles ? ` = source total ${money(rec.sourceTotal)} ✓` : ` ≠ source total ${money(rec.sourceTotal)}: ${money(rec.difference)} apart. Report this: every cent should land somewhere.`}
      </p>
    </>
  );
}

function DetailList({ title, items, empty }: { title: string; items: [string, string][]; empty: string }) {
  return (
    <div>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <dl className="detail-list">
          {items.map(([k, v], i) => (
            <div key={i}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
