// The anomalies by impact (the engine's order). One row is open in the detail below; the arrow
// keys, Home and End move it (selection follows focus, so the detail follows the keyboard), and
// Enter moves to the detail.
import type { Anomaly } from '../../../core/api/anomaly-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { useRowKeys } from '../frame/use-row-keys.ts';
import { rangeText, scopeText, STATUS_LABEL, statusOf } from './words.ts';

interface Props {
  anomalies: readonly Anomaly[];
  selectedId: string | null;
  currency: string | null;
  onSelect: (id: string) => void;
  onOpen: () => void;
}

export function AnomalyList({ anomalies, selectedId, currency, onSelect, onOpen }: Props) {
  const money = (v: number) => formatValue(v, 'money', currency);
  const active = anomalies.some((a) => a.id === selectedId) ? selectedId : (anomalies[0]?.id ?? null);
  const { rowRef, onKeyDown } = useRowKeys(anomalies.map((a) => a.id), active, onSelect, onOpen);

  return (
    <div className="table-wrap anomaly-list-wrap">
      <table className="table anomaly-list" role="grid" aria-label="Anomalies by impact" data-testid="anomaly-list" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">Days</th>
            <th scope="col">Found in</th>
            <th scope="col" className="num">Actual</th>
            <th scope="col" className="num">Expected</th>
            <th scope="col" className="num">Impact</th>
            <th scope="col" className="num">Impact %</th>
            <th scope="col" className="num" title="The largest day’s excess over expected, in deviations of normal noise (σ)">Score</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {anomalies.map((a) => {
            const status = statusOf(a);
            return (
              <tr
                key={a.id}
                ref={rowRef(a.id)}
                tabIndex={a.id === active ? 0 : -1}
                aria-selected={a.id === active}
                className={a.id === active ? 'selected' : undefined}
                onClick={() => onSelect(a.id)}
                onFocus={() => a.id !== active && onSelect(a.id)}
              >
                <td className="days">
                  {rangeText(a)}
                  {a.isNew && <span className="badge new-badge">new</span>}
                </td>
                <td className="scope ellipsis" title={scopeText(a.scope)}>
                  {scopeText(a.scope)}
                </td>
                <td className="num">{money(a.actual)}</td>
                <td className="num">{money(a.expected)}</td>
                <td className="num impact">{money(a.impact)}</td>
                <td className="num">{a.impactPct === null ? 'new cost' : formatValue(a.impactPct / 100, 'ratio', null)}</td>
                <td className="num">{a.score.toFixed(1)}</td>
                <td>
                  <span className={`status status-${status}`} data-testid="anomaly-status">
                    {STATUS_LABEL[status]}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
