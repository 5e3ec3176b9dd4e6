// The recommendations by monthly savings (the engine's order), each with its CPU sparkline. One
// row is open in the detail below; the arrow keys, Home and End move it (selection follows focus,
// so the detail follows the keyboard), and Enter moves to the detail, as in the Anomalies view.
import type { Recommendation, RightsizeSparklines, RightsizeSpec } from '../../../core/api/rightsizing-contract.ts';
import { useRowKeys } from '../frame/use-row-keys.ts';
import { Sparkline } from './Sparkline.tsx';
import { actionLabel, changeText, pct, percentileLabel, priceText, RISK_HELP, RISK_LABEL, storageText } from './words.ts';

interface Props {
  recommendations: readonly Recommendation[];
  spec: RightsizeSpec;
  sparklines: RightsizeSparklines | null;
  selectedId: string | null;
  money: (v: number) => string;
  onSelect: (id: string) => void;
  onOpen: () => void;
}

export function RecommendationList({ recommendations, spec, sparklines, selectedId, money, onSelect, onOpen }: Props) {
  const active = recommendations.some((r) => r.resourceId === selectedId) ? selectedId : (recommendations[0]?.resourceId ?? null);
  const { rowRef, onKeyDown } = useRowKeys(recommendations.map((r) => r.resourceId), active, onSelect, onOpen);
  const p = percentileLabel(spec.percentile);

  return (
    <div className="table-wrap rs-list-wrap">
      <table className="table rs-list" role="grid" aria-label="Recommendations by monthly savings" data-testid="rs-list" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Change</th>
            <th scope="col" title={`CPU maximum of each day of the lookback (each line scaled to its own peak), and the ${p} the size was fitted to`}>CPU by day · {p}</th>
            <th scope="col" className="num" title={`Memory at the ${p} (CloudWatch agent's mem_used_percent)`}>Memory</th>
            <th scope="col" className="num" title="Days of metrics in the lookback">Days</th>
            <th scope="col">Risk</th>
            <th scope="col">Priced at</th>
            <th scope="col" className="num">Saves / month</th>
          </tr>
        </thead>
        <tbody>
          {recommendations.map((r) => {
            const id = r.resourceId;
            const who = [r.owner, r.accountName ?? r.accountId, r.region].filter(Boolean).join(' · ');
            const spark = sparklines?.cpuMax[id];
            const cpuText = r.evidence?.cpu === null || r.evidence?.cpu === undefined ? (storageText(r) ?? 'no CPU data') : `${pct(r.evidence.cpu)}${r.evidence.cpuMax !== null && spec.percentile !== 'max' ? ` (peak ${pct(r.evidence.cpuMax)})` : ''}`;
            return (
              <tr
                key={id}
                ref={rowRef(id)}
                tabIndex={id === active ? 0 : -1}
                aria-selected={id === active}
                className={id === active ? 'selected' : undefined}
                data-testid="rs-row"
                data-resource={id}
                onClick={() => onSelect(id)}
                onFocus={() => id !== active && onSelect(id)}
              >
                <td className="rs-resource">
                  <div className="mono" data-testid="rs-resource">{id}</div>
                  <div className="muted small ellipsis" title={who}>{who}</div>
                </td>
                <td className="rs-change">
                  <div data-testid="rs-change">{changeText(r)}</div>
                  <div className="small">
                    <span className={`rs-action rs-action-${r.action}`} data-testid="rs-action">{actionLabel(r.action)}</span>
                    {r.needsTesting && <span className="badge rs-testing" title="A newer generation or another architecture: test the workload before the change">needs testing</span>}
                  </div>
                </td>
                <td className="rs-cpu">
                  <Sparkline values={spark} label={`CPU maximum by day of ${id}${sparklines ? ` from ${sparklines.days[0]} to ${sparklines.days.at(-1)}` : ''}`} />
                  <span className="small rs-cpu-text">{cpuText}</span>
                </td>
                <td className="num">{pct(r.evidence?.memory)}</td>
                <td className="num">{r.evidence?.days ?? '—'}</td>
                <td>
                  <span className={`rs-risk rs-risk-${r.risk}`} title={RISK_HELP[r.risk]} data-testid="rs-risk">{RISK_LABEL[r.risk] ?? r.risk}</span>
                </td>
                <td className="small rs-price" data-testid="rs-price">{priceText(r, money)}</td>
                <td className="num rs-savings" data-testid="rs-savings">{money(r.monthlySavings)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
