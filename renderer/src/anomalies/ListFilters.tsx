// Narrows the list on screen (no new detection): review status, impact, the dimension it was found in.
import type { ListFilter } from './filters.ts';
import { dimensionName, STATUS_FILTERS, type Status } from './words.ts';

interface Props {
  filter: ListFilter;
  dimensions: readonly string[];
  shown: number;
  total: number;
  onFilter: (f: ListFilter) => void;
}

export function ListFilters({ filter, dimensions, shown, total, onFilter }: Props) {
  return (
    <div className="anomaly-filters" role="group" aria-label="Filter the list">
      <label className="control">
        <span className="label">Review status</span>
        <select value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.target.value as Status | 'all' })}>
          {STATUS_FILTERS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Impact at least ($)</span>
        <input
          type="number"
          min={0}
          step={50}
          value={filter.minImpact ?? ''}
          onChange={(e) => {
            const n = Number(e.target.value);
            onFilter({ ...filter, minImpact: e.target.value.trim() === '' || !Number.isFinite(n) ? null : n });
          }}
        />
      </label>
      <label className="control">
        <span className="label">Found in</span>
        <select value={filter.dimension ?? ''} onChange={(e) => onFilter({ ...filter, dimension: e.target.value || null })}>
          <option value="">Any dimension</option>
          {dimensions.map((d) => (
            <option key={d} value={d}>
              {dimensionName(d)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted small filter-count" role="status">
        {shown === total ? '' : `${shown} of ${total} shown`}
      </span>
    </div>
  );
}
