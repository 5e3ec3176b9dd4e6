// Explore on an anomaly's cause. The engine's detail gives a pivot spec (the scope as filters,
// the causes' dimensions as rows, by day over the chart's days); Explore's state is a whole
// PivotSpec, so the defaults the engine leaves out are filled in as Explore's own. Opening one
// cause puts its dimension first, so the grid lists that value beside its peers.
import type { PivotSpec, PivotSpecInput } from '../../../core/api/pivot-contract.ts';
import { defaultSpec } from '../explore/spec-edit.ts';

/** Explore allows this many row fields (explore/spec-edit.ts LIMITS.rows). */
const MAX_ROWS = 6;

export function exploreSpecOf(input: PivotSpecInput, causeDimension?: string): PivotSpec {
  const base = defaultSpec(null);
  const rows = input.rows ?? base.rows;
  const ordered = causeDimension ? [causeDimension, ...rows.filter((r) => r !== causeDimension)].slice(0, MAX_ROWS) : rows;
  return {
    ...base,
    rows: ordered,
    columns: input.columns ?? base.columns,
    measures: input.measures ?? base.measures,
    basis: input.basis ?? base.basis,
    grain: input.grain ?? base.grain,
    period: input.period ?? base.period,
    filters: (input.filters ?? []).map((f) => ({ dimension: f.dimension, op: f.op ?? 'in', values: f.values })),
  };
}
