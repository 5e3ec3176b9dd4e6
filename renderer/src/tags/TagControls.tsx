// The audit's settings: which cost, which month. The months are those with data in the workspace.
import { BASIS_HELP, type Basis } from '../explore/labels.ts';
import { formatPeriod } from '../format.ts';
import { BasisSelect } from '../frame/BasisSelect.tsx';

interface Props {
  basis: Basis;
  period: string | null;
  months: readonly string[];
  onBasis: (b: Basis) => void;
  onPeriod: (p: string | null) => void;
}

export const ALL_DATA = 'all';

export function TagControls({ basis, period, months, onBasis, onPeriod }: Props) {
  return (
    <div className="controls" role="group" aria-label="Audit settings">
      <BasisSelect value={basis} onChange={onBasis} />
      <label className="control">
        <span className="label">Period</span>
        <select value={period ?? ALL_DATA} onChange={(e) => onPeriod(e.target.value === ALL_DATA ? null : e.target.value)} title="A month of usage (by charge period), or all the data in the workspace">
          <option value={ALL_DATA}>All data</option>
          {[...months].reverse().map((m) => (
            <option key={m} value={m}>
              {formatPeriod(m)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small controls-note">{BASIS_HELP[basis].charAt(0).toUpperCase() + BASIS_HELP[basis].slice(1)}.</p>
    </div>
  );
}
