// The figures of the window at a glance: coverage of eligible usage, utilization of what is held,
// net savings, and the hourly commitment that lapses in the next 30/60/90 days.
import type { CommitmentsStatusResult } from '../../../core/api/commitments-contract.ts';
import { formatValue } from '../explore/number-format.ts';

export function StatusTiles({ status }: { status: CommitmentsStatusResult }) {
  const money = (v: number | null) => formatValue(v, 'money', status.currency);
  const pct = (v: number | null) => formatValue(v, 'ratio', null);
  const t = status.totals;
  return (
    <div className="tiles cm-tiles" data-testid="commitments-tiles">
      <div className="tile" data-testid="tile-coverage">
        <div className="tile-label">Coverage of eligible usage</div>
        <div className="tile-value" data-testid="tile-coverage-value">{pct(status.coverage)}</div>
        <div className="tile-sub">
          {money(t.covered)} covered of {money(t.eligible)} eligible ({status.basis} on-demand prices)
        </div>
      </div>
      <div className="tile" data-testid="tile-utilization">
        <div className="tile-label">Utilization of commitments held</div>
        <div className="tile-value" data-testid="tile-utilization-value">{pct(status.utilization)}</div>
        <div className="tile-sub">
          {money(t.used)} used of {money(t.committed)} committed; {money(t.unused)} unused
        </div>
      </div>
      <div className="tile" data-testid="tile-net-savings">
        <div className="tile-label">Net savings</div>
        <div className={`tile-value${t.netSavings !== null && t.netSavings < 0 ? ' negative' : ''}`} data-testid="tile-net-savings-value">
          {money(t.netSavings)}
        </div>
        <div className="tile-sub">
          {money(t.onDemandEquivalent)} on demand − {money(t.committed)} committed, unused part included
        </div>
      </div>
      <div className="tile" data-testid="tile-expiring">
        <div className="tile-label">Expiring{status.asOf ? ` after ${status.asOf.slice(0, 10)}` : ''}</div>
        <ul className="expiry-list">
          {status.expiring.map((e) => (
            <li key={e.withinDays} data-testid={`expiring-${e.withinDays}`}>
              <span className={`expiry-dot expiry-${e.withinDays}`} aria-hidden="true" />
              within {e.withinDays} days: <strong>{e.ids.length}</strong>
              {e.ids.length > 0 && <span className="muted"> ({formatValue(e.commitmentPerHour, 'money', status.currency)}/h)</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
