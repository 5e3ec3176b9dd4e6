// A pivot notice's suggestion applied to the spec: "Did you mean "team"?" becomes a button that
// renames the tag (or cost category) dimension everywhere it is used, "Did you mean "Amazon Elastic Compute
// Cloud"?" one that swaps the filter value. Pure spec → spec, like spec-edit.ts.
import type { PivotNotice, PivotSpec } from '../../../core/api/pivot-contract.ts';

import { COST_CATEGORY_PREFIX, TAG_PREFIX } from './labels.ts';

/** Notices about an unknown map key (tag key, cost category name): the fix renames the dimension. */
const RENAMES: Readonly<Record<string, string>> = { PIVOT_TAG_KEY_UNKNOWN: TAG_PREFIX, PIVOT_COST_CATEGORY_UNKNOWN: COST_CATEGORY_PREFIX };

/** Notices whose suggestions can be applied (the others only inform). */
export function canApply(notice: PivotNotice): boolean {
  return (notice.code in RENAMES || notice.code === 'PIVOT_FILTER_NO_MATCH') && notice.dimension !== undefined && notice.value !== undefined;
}

const unique = <T,>(items: T[]) => [...new Set(items)];

export function applySuggestion(spec: PivotSpec, notice: PivotNotice, suggestion: string): PivotSpec {
  if (!canApply(notice)) return spec;
  const dimension = notice.dimension!;
  const prefix = RENAMES[notice.code];
  if (prefix !== undefined) {
    const to = `${prefix}${suggestion}`;
    const rename = (ref: string) => (ref === dimension ? to : ref);
    // the suggested key may already be placed: keep its first place, once
    const rows = unique(spec.rows.map(rename));
    const columns = unique(spec.columns.map(rename)).filter((c) => !rows.includes(c));
    return {
      ...spec,
      rows,
      columns,
      filters: spec.filters.map((f) => (f.dimension === dimension ? { ...f, dimension: to } : f)),
      topN: spec.topN.filter((t) => !(t.dimension === dimension && spec.topN.some((u) => u.dimension === to))).map((t) => (t.dimension === dimension ? { ...t, dimension: to } : t)),
    };
  }
  return {
    ...spec,
    filters: spec.filters.map((f) => (f.dimension === dimension ? { ...f, values: unique(f.values.map((v) => (v === notice.value ? suggestion : v))) } : f)),
  };
}
