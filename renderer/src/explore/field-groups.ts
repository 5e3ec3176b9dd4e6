// The dimensions a workspace can be sliced by, grouped as the field list shows them: time
// buckets, FOCUS and provider text columns that hold data, tag keys, AWS cost categories. The
// Explore field list and the Forecast scope picker both read this one list.
import type { PivotFieldColumn, PivotFields } from '../../../core/api/pivot-contract.ts';
import { formatCount } from '../format.ts';
import { costCategoryRef, dimensionLabel, tagRef, type Grain } from './labels.ts';

export interface Field {
  ref: string;
  label: string;
  hint?: string;
}

export interface FieldGroup {
  title: string;
  items: Field[];
}

export const SLOW_FIELD = 'Pivots on it read the line items, so they take longer on a large workspace.';

function columnHint(c: PivotFieldColumn): string | undefined {
  if (!c.filled) return 'No line has a value here.';
  return c.fast ? undefined : SLOW_FIELD;
}

/** showEmpty: list text columns no line fills too. withTime: lead with the time buckets. */
export function fieldGroups(fields: PivotFields, opts: { grain: Grain; showEmpty: boolean; withTime: boolean }): FieldGroup[] {
  const text = fields.columns.filter((c) => c.type === 'VARCHAR');
  const shown = text.filter((c) => opts.showEmpty || c.filled);
  return [
    ...(opts.withTime ? [{ title: 'Time', items: fields.timeBuckets.map((t) => ({ ref: t, label: dimensionLabel(t, opts.grain) })) }] : []),
    { title: 'FOCUS columns', items: shown.filter((c) => !c.provider).map((c) => ({ ref: c.name, label: c.name, hint: columnHint(c) })) },
    { title: 'Provider columns', items: shown.filter((c) => c.provider).map((c) => ({ ref: c.name, label: c.name, hint: columnHint(c) })) },
    { title: 'Tags', items: fields.tagKeys.map((t) => ({ ref: tagRef(t.key), label: t.key === '' ? '(empty key)' : t.key, hint: `On ${formatCount(t.lines)} line items. ${SLOW_FIELD}` })) },
    {
      title: 'Cost categories',
      items: fields.costCategories.map((c) => ({ ref: costCategoryRef(c.name), label: c.name, hint: `AWS cost category on ${formatCount(c.lines)} line items. ${SLOW_FIELD}` })),
    },
  ];
}
