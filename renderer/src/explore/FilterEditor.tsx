// Picking the values of a filter: the dimension's values over the current period and the other
// filters, biggest cost first (pivotValues), searchable in DuckDB, with the cost behind each so
// the choice is informed. Keep the ticked values, or leave them out.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { DimensionValue, PivotFilter, PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatCount } from '../format.ts';
import { toError } from '../frame/use-workspace.ts';
import { dimensionLabel } from './labels.ts';
import { formatValue, singleCurrency } from './number-format.ts';
import { wholeSpec } from './spec-edit.ts';

interface Props {
  client: WorkbenchClient;
  spec: PivotSpec;
  dimension: string;
  currencies: string[];
  onApply: (filter: PivotFilter) => void;
  onClose: () => void;
}

const id = (key: string | null) => JSON.stringify(key);

type Picked = Omit<DimensionValue, 'cost' | 'lines'> & { cost: number | null; lines: number | null };

export function FilterEditor({ client, spec, dimension, currencies, onApply, onClose }: Props) {
  const existing = spec.filters.find((f) => f.dimension === dimension);
  const [op, setOp] = useState<'in' | 'notIn'>(existing?.op ?? 'in');
  // ticked values: those of the filter being edited start ticked, even when not listed now
  const [selected, setSelected] = useState<Map<string, Picked>>(() => new Map((existing?.values ?? []).map((v) => [id(v), { key: v, label: v ?? '(none)', cost: null, lines: null }])));
  const [search, setSearch] = useState('');
  const [values, setValues] = useState<{ list: DimensionValue[]; truncated: boolean } | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const label = dimensionLabel(dimension, spec.grain);
  const currency = singleCurrency(currencies);

  useEffect(() => first.current?.focus(), []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    // wait for a pause in typing: each search is a query over the workspace
    const timer = setTimeout(() => {
      client
        .call('pivotValues', { spec: wholeSpec(spec), dimension, limit: 200, ...(search.trim() ? { search: search.trim() } : {}) })
        .then((r) => live && (setValues({ list: r.values, truncated: r.truncated }), setError(null)))
        .catch((err: unknown) => live && setError(toError(err)))
        .finally(() => live && setLoading(false));
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, spec, dimension, search]);

  const toggle = (v: Picked) => {
    const next = new Map(selected);
    if (next.has(id(v.key))) next.delete(id(v.key));
    else next.set(id(v.key), v);
    setSelected(next);
  };
  const listed = new Set((values?.list ?? []).map((v) => id(v.key)));
  const extra = [...selected.values()].filter((v) => !listed.has(id(v.key)));
  const apply = () => onApply({ dimension, op, values: [...selected.values()].map((v) => v.key) });

  return (
    <section className="card filter-editor" role="dialog" aria-labelledby="filter-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="row center">
        <h2 id="filter-title" className="grow">Filter: {label}</h2>
        <div className="segmented" role="radiogroup" aria-label="Which lines to keep">
          <button type="button" role="radio" aria-checked={op === 'in'} onClick={() => setOp('in')}>
            Keep ticked values
          </button>
          <button type="button" role="radio" aria-checked={op === 'notIn'} onClick={() => setOp('notIn')}>
            Leave ticked values out
          </button>
        </div>
      </div>
      <input ref={first} type="search" aria-label={`Find a value of ${label}`} placeholder="Find a value" value={search} onChange={(e) => setSearch(e.target.value)} />
      {error && <ErrorNotice error={error} title="Could not list the values" />}
      <div className="value-list" aria-busy={loading}>
        {loading && !values && <p className="muted">Reading the values…</p>}
        <ul>
          {[...extra, ...(values?.list ?? [])].map((v) => (
            <li key={id(v.key)}>
              <label>
                <input type="checkbox" checked={selected.has(id(v.key))} onChange={() => toggle(v)} />
                <span className="value-label">{v.label}</span>
                <span className="num">{v.cost === null ? '' : formatValue(v.cost, 'money', currency)}</span>
                <span className="muted small num">{v.lines === null ? 'not in this period' : `${formatCount(v.lines)} lines`}</span>
              </label>
            </li>
          ))}
        </ul>
        {values && values.list.length === 0 && <p className="muted">No value matches “{search}”.</p>}
        {values?.truncated && <p className="muted small">Showing the 200 values with the most cost. Search to find others.</p>}
      </div>
      <div className="row">
        <span className="muted small grow">{selected.size === 0 ? 'No value ticked: applying removes this filter.' : `${selected.size} ticked`}</span>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={apply}>
          Apply filter
        </button>
      </div>
    </section>
  );
}
