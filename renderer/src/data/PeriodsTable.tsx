// Billing periods in the workspace with their totals, and removing one (after a confirm).
import { Fragment, useState } from 'react';
import type { CurrencyTotal } from '../../../core/api/app-contract.ts';
import type { PeriodSummary } from '../../../core/api/contract.ts';
import { formatCount, formatMoney, formatPeriod } from '../format.ts';
import { ConfirmRow } from './ConfirmRow.tsx';

interface Props {
  periods: PeriodSummary[];
  /** Totals from core, summed exactly and rounded once (adding rounded rows could drift a cent). */
  totals: CurrencyTotal[];
  busy: boolean;
  onRemove: (p: PeriodSummary) => Promise<void>;
}

function keyOf(p: PeriodSummary): string {
  return `${p.billingPeriod}|${p.providerName}|${p.billingAccountId}`;
}

export function PeriodsTable({ periods, totals, busy, onRemove }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const sorted = [...periods].sort((a, b) => b.billingPeriod.localeCompare(a.billingPeriod) || a.billingAccountId.localeCompare(b.billingAccountId));

  return (
    <section className="card" aria-labelledby="periods-title">
      <h2 id="periods-title">Billing periods</h2>
      <div className="table-wrap">
        <table className="table" data-testid="periods-table">
          <thead>
            <tr>
              <th scope="col">Billing period</th>
              <th scope="col">Provider</th>
              <th scope="col">Billing account</th>
              <th scope="col" className="num">Rows</th>
              <th scope="col" className="num">Billed cost</th>
              <th scope="col" className="num">Effective cost</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => {
              const k = keyOf(p);
              const label = `${formatPeriod(p.billingPeriod)} for billing account ${p.billingAccountId}`;
              return (
                <Fragment key={k}>
                  <tr data-period={p.billingPeriod} className={confirming === k ? 'selected' : undefined}>
                    <td>{formatPeriod(p.billingPeriod)}</td>
                    <td>{p.providerName}</td>
                    <td className="mono wrap">{p.billingAccountId}</td>
                    <td className="num">{formatCount(p.rows)}</td>
                    <td className="num">{formatMoney(p.billedCost, p.currency)}</td>
                    <td className="num">{formatMoney(p.effectiveCost, p.currency)}</td>
                    <td className="actions">
                      <button type="button" className="ghost" disabled={busy || confirming === k} onClick={() => setConfirming(k)} aria-label={`Remove ${label}`}>
                        Remove…
                      </button>
                    </td>
                  </tr>
                  {confirming === k && (
                    <ConfirmRow
                      colSpan={7}
                      data={{ 'data-period': p.billingPeriod }}
                      label={`Confirm removing ${label}`}
                      confirmText="Remove period"
                      keepText="Keep it"
                      busy={busy}
                      onConfirm={() => {
                        setConfirming(null);
                        void onRemove(p);
                      }}
                      onKeep={() => setConfirming(null)}
                    >
                      Remove {label}? This deletes {formatCount(p.rows)} {p.rows === 1 ? 'row' : 'rows'} (billed {formatMoney(p.billedCost, p.currency)}).
                    </ConfirmRow>
                  )}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            {totals.map((t) => (
              <tr key={t.currency} data-testid={`total-${t.currency}`}>
                <th scope="row" colSpan={3}>
                  Total{totals.length > 1 ? ` (${t.currency})` : ''}
                </th>
                <td className="num">{formatCount(t.rows)}</td>
                <td className="num">{formatMoney(t.billedCost, t.currency)}</td>
                <td className="num">{formatMoney(t.effectiveCost, t.currency)}</td>
                <td />
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <p className="muted small">Removing a period deletes its line items for that billing account. Import its file again to bring it back.</p>
    </section>
  );
}
