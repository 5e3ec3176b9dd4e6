// What the anomaly's change is made of: the values of account, service, region, usage type and
// resource that account for it, largest first (the engine's order), each a click away from
// Explore with its dimension first.
import type { Anomaly } from '../../../core/api/anomaly-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { dimensionName } from './words.ts';

interface Props {
  anomaly: Anomaly;
  currency: string | null;
  onExplore: (dimension: string, value: string) => void;
}

export function RootCauses({ anomaly, currency, onExplore }: Props) {
  const causes = anomaly.rootCauses;
  if (causes.length === 0) return <p className="muted small">No single account, service, region, usage type or resource stands out in this change.</p>;
  const top = Math.max(...causes.map((c) => c.impact));
  return (
    <div className="table-wrap">
      <table className="table root-causes" data-testid="root-causes" aria-label="Root causes, largest first">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Value</th>
            <th scope="col" className="num" title="Its cost over the anomaly’s days minus its usual cost on those weekdays">Contribution</th>
            <th scope="col" className="bar-col">
              <span className="sr-only">Size</span>
            </th>
            <th scope="col">
              <span className="sr-only">Explore</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {causes.map((c) => (
            <tr key={`${c.dimension}\u0000${c.value}`}>
              <td>{dimensionName(c.dimension)}</td>
              <td className="ellipsis" title={c.value}>
                {c.value}
              </td>
              <td className="num">{formatValue(c.impact, 'money', currency)}</td>
              <td className="bar-col" aria-hidden="true">
                <span className="cause-bar" style={{ width: `${top > 0 ? Math.max(2, (c.impact / top) * 100) : 0}%` }} />
              </td>
              <td className="actions">
                <button type="button" className="link" aria-label={`Explore ${c.value}`} onClick={() => onExplore(c.dimension, c.value)}>
                  Explore
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
