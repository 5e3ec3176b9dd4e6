// Which spend to forecast: all of it, or one value of a dimension (the Explore field list's
// dimensions: FOCUS and provider columns, tags, AWS cost categories). Values come biggest cost
// first over the last 3 months with data, searchable in the workspace; choosing a dimension
// forecasts its biggest value until another is picked.
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { DimensionValue, PivotFields } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { fieldGroups } from '../explore/field-groups.ts';
import type { Basis } from '../explore/labels.ts';
import { formatValue, singleCurrency } from '../explore/number-format.ts';
import { defaultSpec } from '../explore/spec-edit.ts';
import { toError } from '../frame/use-workspace.ts';
import { TOTAL_SCOPE, type Scope } from './scope.ts';

interface Props {
  client: WorkbenchClient;
  fields: PivotFields;
  basis: Basis;
  scope: Scope;
  onScope: (scope: Scope) => void;
}

const TOTAL = '';
const VALUE_LIMIT = 200;
const key = (v: string | null) => JSON.stringify(v);

export function ScopePicker({ client, fields, basis, scope, onScope }: Props) {
  const groups = useMemo(() => fieldGroups(fields, { grain: 'month', showEmpty: false, withTime: false }), [fields]);
  // a dimension just chosen, waiting for its values; its biggest value becomes the scope
  const [pending, setPending] = useState<string | null>(null);
  const dimension = pending ?? (scope.kind === 'total' ? TOTAL : scope.dimension);
  const [search, setSearch] = useState('');
  const [values, setValues] = useState<{ dimension: string; list: DimensionValue[]; truncated: boolean } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const currency = singleCurrency(fields.currencies);

  useEffect(() => {
    if (dimension === TOTAL) return;
    let live = true;
    // wait for a pause in typing: each search is a query over the workspace
    const timer = setTimeout(() => {
      const spec = { ...defaultSpec(fields.range), basis };
      client
        .call('pivotValues', { spec, dimension, limit: VALUE_LIMIT, ...(search.trim() ? { search: search.trim() } : {}) })
        .then((r) => live && (setValues({ dimension, list: r.values, truncated: r.truncated }), setError(null)))
        .catch((err: unknown) => live && setError(toError(err)));
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, fields.range, basis, dimension, search]);

  useEffect(() => {
    if (pending === null || values?.dimension !== pending) return;
    const top = values.list[0];
    if (!top) return; // nothing to pick: the picker says so, the forecast shown stays
    onScope({ kind: 'value', dimension: pending, value: top.key, label: top.label });
    setPending(null);
  }, [pending, values, onScope]);

  const chooseDimension = (d: string) => {
    setSearch('');
    setValues(null);
    setError(null);
    if (d === TOTAL) {
      setPending(null);
      onScope(TOTAL_SCOPE);
    } else setPending(d);
  };
  const listed = values?.dimension === dimension ? values.list : [];
  const current = pending === null && scope.kind === 'value' ? scope : null;
  const currentListed = current !== null && listed.some((v) => v.key === current.value);

  return (
    <>
      <label className="control">
        <span className="label">Forecast of</span>
        <select value={dimension} onChange={(e) => chooseDimension(e.target.value)} aria-label="Forecast of">
          <option value={TOTAL}>All spend</option>
          {groups.map((g) =>
            g.items.length === 0 ? null : (
              <optgroup key={g.title} label={g.title}>
                {g.items.map((f) => (
                  <option key={f.ref} value={f.ref}>
                    {f.label}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </label>
      {dimension !== TOTAL && (
        <>
          <label className="control">
            <span className="label">Find a value</span>
            <input type="search" value={search} placeholder="Type to search" onChange={(e) => setSearch(e.target.value)} aria-label="Find a value" />
          </label>
          <label className="control scope-value">
            <span className="label">Value</span>
            <select
              aria-label="Value"
              value={current ? key(current.value) : ''}
              disabled={listed.length === 0 && !current}
              onChange={(e) => {
                const v = listed.find((x) => key(x.key) === e.target.value);
                if (v) onScope({ kind: 'value', dimension, value: v.key, label: v.label });
              }}
            >
              {!current && <option value="">{values?.dimension === dimension ? 'No value matches' : 'Reading the values…'}</option>}
              {current && !currentListed && <option value={key(current.value)}>{current.label}</option>}
              {listed.map((v) => (
                <option key={key(v.key)} value={key(v.key)}>
                  {v.label} — {formatValue(v.cost, 'money', currency)}
                </option>
              ))}
            </select>
          </label>
          {values?.truncated && <span className="muted small scope-note">The {VALUE_LIMIT} values with the most cost in the last 3 months; search for others.</span>}
        </>
      )}
      {error && <ErrorNotice error={error} title="Could not list the values" />}
    </>
  );
}
