// One simulated purchase: what it would cover, how well it would be used, what it would save a
// month, its ROI, break-even and upfront cash, the rate it was priced at and where that rate came
// from, each month's figures, and the hours it would go partly unused.
import type { AddedResult, WhatIfResult } from '../../../core/api/commitments-contract.ts';
import { formatExactMoney, formatValue } from '../explore/number-format.ts';
import type { ThemeMode } from '../explore/use-theme-mode.ts';
import { formatPeriod } from '../format.ts';
import { UnderuseChart } from './UnderuseChart.tsx';
import { monthlySavings } from './whatif-model.ts';
import { PAYMENT_LABEL, RATE_SOURCE_LABEL, TERM_LABEL, TYPE_LABEL } from './words.ts';

/** Where an EC2 Instance SP or RI applies (a Compute SP applies everywhere: nothing to say). */
function scopeText(scope: AddedResult['scope']): string {
  const what = scope.instanceType ?? scope.family;
  return [what ? ` for ${what}${scope.sizeFlexible ? ' (size-flexible)' : ''}` : '', scope.region ? ` in ${scope.region}` : ''].join('');
}

interface Props {
  result: WhatIfResult;
  currency: string | null;
  mode: ThemeMode;
  stale: boolean;
}

export function WhatIfResultPanel({ result: r, currency, mode, stale }: Props) {
  const money = (v: number | null) => formatValue(v, 'money', currency);
  const pct = (v: number | null) => formatValue(v, 'ratio', null);
  const perMonth = monthlySavings(r);
  const s = r.spec;
  // the builder adds one commitment: its hourly cost and scope are the engine's (an RI sized by units, a scope taken from the data)
  const a = r.added[0];
  return (
    <div className={stale ? 'cm-whatif-result stale' : 'cm-whatif-result'} aria-busy={stale} data-testid="whatif-result">
      <p className="view-subtitle" data-testid="whatif-title">
        <strong>
          {a ? formatExactMoney(a.hourlyCommitment, currency) : '—'}/h {TYPE_LABEL[s.type]}
          {a && scopeText(a.scope)}
        </strong>
        , {TERM_LABEL[s.term]}, {PAYMENT_LABEL[s.payment].toLowerCase()} · simulated over {r.hours} hours from {r.from.slice(0, 16).replace('T', ' ')} to {r.to.slice(0, 16).replace('T', ' ')} UTC
      </p>
      {r.rate !== null && r.rateSource !== null && (
        <p className="cm-rate" data-testid="whatif-rate-used" title={r.rateDetail ?? undefined}>
          Priced at <strong>{formatValue(r.rate, 'ratio', null)}</strong> of on demand ({formatValue(1 - r.rate, 'ratio', null)} off): {RATE_SOURCE_LABEL[r.rateSource] ?? r.rateSource}
          {r.rateDetail ? <span className="muted"> ({r.rateDetail})</span> : null}.
        </p>
      )}
      {r.approximate && (
        <div className="notice warn" role="note" data-testid="whatif-approximate">
          <p className="notice-title">Approximate</p>
          <p>Some eligible usage is billed by the day, not the hour: it was spread evenly over its hours, so the hour-by-hour figures are estimates.</p>
        </div>
      )}
      {r.notices.map((n) => (
        <p key={n} className="notice warn" role="note" data-testid="whatif-notice">
          {n}
        </p>
      ))}
      <div className="tiles cm-tiles">
        <div className="tile" data-testid="whatif-coverage">
          <div className="tile-label">Coverage</div>
          <div className="tile-value" data-testid="whatif-coverage-value">{pct(r.coverageAfter)}</div>
          <div className="tile-sub">from {pct(r.coverageBefore)} with what is held now</div>
        </div>
        <div className="tile" data-testid="whatif-utilization">
          <div className="tile-label">Utilization</div>
          <div className="tile-value" data-testid="whatif-utilization-value">{pct(r.utilization)}</div>
          <div className="tile-sub">
            {money(r.unused)} of {money(r.committed)} unused; {r.underused.length} of {r.hours} hours under-used
          </div>
        </div>
        <div className="tile" data-testid="whatif-monthly">
          <div className="tile-label">Net savings a month</div>
          <div className={`tile-value${perMonth !== null && perMonth < 0 ? ' negative' : ''}`} data-testid="whatif-monthly-value">
            {money(perMonth)}
          </div>
          <div className="tile-sub">
            {money(r.netSavings)} over the {r.hours} hours, scaled to 730 hours
          </div>
        </div>
        <div className="tile" data-testid="whatif-roi">
          <div className="tile-label">Return on the commitment</div>
          <div className="tile-value" data-testid="whatif-roi-value">{pct(r.roi)}</div>
          <div className="tile-sub" data-testid="whatif-break-even">
            {r.breakEvenMonths === null ? 'never breaks even at this usage' : r.breakEvenMonths === 0 ? 'saves from the first month' : `breaks even after ${r.breakEvenMonths.toFixed(1)} months`}
          </div>
        </div>
        <div className="tile" data-testid="whatif-upfront">
          <div className="tile-label">Paid upfront</div>
          <div className="tile-value" data-testid="whatif-upfront-value">{money(r.upfront)}</div>
          <div className="tile-sub">then {formatExactMoney(r.recurringPerHour, currency)} an hour for the term</div>
        </div>
      </div>
      {r.monthly.length > 0 && (
        <div className="table-wrap">
          <table className="table cm-months" data-testid="whatif-months">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">Hours</th>
                <th scope="col" className="num">Committed</th>
                <th scope="col" className="num">Used</th>
                <th scope="col" className="num">Utilization</th>
                <th scope="col" className="num">Coverage, before → after</th>
                <th scope="col" className="num">Net savings</th>
              </tr>
            </thead>
            <tbody>
              {r.monthly.map((m) => (
                <tr key={m.month}>
                  <td>{formatPeriod(m.month)}</td>
                  <td className="num">{m.hours}</td>
                  <td className="num">{money(m.committed)}</td>
                  <td className="num">{money(m.used)}</td>
                  <td className="num">{pct(m.utilization)}</td>
                  <td className="num">
                    {pct(m.coverageBefore)} → {pct(m.coverageAfter)}
                  </td>
                  <td className={`num${m.netSavings < 0 ? ' negative' : ''}`}>{money(m.netSavings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="cm-subhead">Hours with unused commitment</h3>
      {r.underused.length === 0 ? (
        <p className="muted" data-testid="underuse-none">
          Fully used in every hour of the lookback.
        </p>
      ) : (
        <UnderuseChart result={r} currency={currency} mode={mode} />
      )}
    </div>
  );
}
