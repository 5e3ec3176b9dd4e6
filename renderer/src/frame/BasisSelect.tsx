// The cost-basis picker every view offers (Explore, Tags, Forecast, Chargeback rules): one list,
// one wording, the basis's meaning as the tooltip.
import { BASES, BASIS_HELP, type Basis } from '../explore/labels.ts';

export function BasisSelect({ value, onChange }: { value: Basis; onChange: (basis: Basis) => void }) {
  return (
    <label className="control">
      <span className="label">Cost basis</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Basis)} title={BASIS_HELP[value]}>
        {BASES.map((b) => (
          <option key={b} value={b}>
            {b} cost
          </option>
        ))}
      </select>
    </label>
  );
}
