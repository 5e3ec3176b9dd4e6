// The result at a glance: how many recommendations and what they save a month, in all and by
// action, as the engine summed them; the lookback read; the warnings about the data in words.
import type { RightsizeResult } from '../../../core/api/rightsizing-contract.ts';
import { actionLabel } from './words.ts';

/** The lookback's last day: its end is exclusive (midnight after the last metric's period). */
const lastDay = (to: string): string => new Date(Date.parse(to) - 1).toISOString().slice(0, 10);

export function SummaryTiles({ result, money }: { result: RightsizeResult; money: (v: number) => string }) {
  const s = result.summary;
  return (
    <div className="tiles rs-tiles" data-testid="rs-summary">
      <div className="tile">
        <div className="tile-label">Monthly savings</div>
        <div className="tile-value" data-testid="rs-total-savings">{money(s.monthlySavings)}</div>
        <div className="tile-sub" data-testid="rs-count">
          {s.count === 1 ? '1 recommendation' : `${s.count} recommendations`} · lookback {result.lookback.from.slice(0, 10)} to {lastDay(result.lookback.to)}
        </div>
      </div>
      {Object.entries(s.byAction).map(([action, a]) => (
        <div className="tile" key={action} data-testid={`rs-by-${action}`}>
          <div className="tile-label">{actionLabel(action)}</div>
          <div className="tile-value">{money(a!.monthlySavings)}</div>
          <div className="tile-sub">{a!.count === 1 ? '1 resource' : `${a!.count} resources`}</div>
        </div>
      ))}
    </div>
  );
}

export function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (!warnings.length) return null;
  return (
    <div className="notice warn rs-warnings" role="status" data-testid="rs-warnings">
      <p className="notice-title">About the data</p>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
