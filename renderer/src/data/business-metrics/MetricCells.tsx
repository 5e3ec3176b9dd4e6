// The columns a business metric shows in the preview and in the imported list alike.
import type { BusinessMetricSummary, MetricGrain } from '../../../../core/api/unit-costs-contract.ts';
import { formatCount } from '../../format.ts';
import { dateRange, reach } from './metrics-file.ts';

/** How a metric's values count (the engine's grain, unit-costs SPEC "Grain"). */
const GRAIN_WORDS: Record<MetricGrain, string> = { day: 'daily', month: 'one a month' };

export function MetricHeads() {
  return (
    <>
      <th scope="col">Metric</th>
      <th scope="col">Dates</th>
      <th scope="col" className="num">
        Rows
      </th>
      <th scope="col">Volume for</th>
      <th scope="col">Values</th>
    </>
  );
}

export function MetricCells({ m }: { m: BusinessMetricSummary }) {
  return (
    <>
      <td className="mono">{m.metric}</td>
      <td>{dateRange(m)}</td>
      <td className="num">{formatCount(m.rows)}</td>
      <td>{reach(m)}</td>
      <td>{GRAIN_WORDS[m.grain]}</td>
    </>
  );
}
