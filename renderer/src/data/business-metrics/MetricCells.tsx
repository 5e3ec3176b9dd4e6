// The columns a business metric shows in the preview and in the imported list alike.
import type { BusinessMetricSummary } from '../../../../core/api/unit-costs-contract.ts';
import { formatCount } from '../../format.ts';
import { dateRange, reach } from './metrics-file.ts';

export function MetricHeads() {
  return (
    <>
      <th scope="col">Metric</th>
      <th scope="col">Dates</th>
      <th scope="col" className="num">
        Rows
      </th>
      <th scope="col">Volume for</th>
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
    </>
  );
}
