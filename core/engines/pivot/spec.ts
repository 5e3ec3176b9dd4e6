// PivotSpec: the whole pivot as one plain JSON value with a `kind`. It crosses every transport,
// is stored verbatim as a saved view and is used as-is in tests. Unknown fields are refused.
// Names inside it (columns, tag keys, filter values) are checked later against the workspace
// schema (dimensions.ts); here only the shape is checked.
import * as z from 'zod';
import { COST_BASES, LIMITS, TIME_GRAINS } from './constants.ts';
import { WorkbenchError } from '../../errors.ts';
import { PivotErrorCode } from './errors.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** A dimension: a FOCUS or x_ column name, `tag:KEY`, `costCategory:NAME`, or a time bucket (day ... year, period, billingPeriod). */
export const dimensionRef = z.string().min(1).max(1024);

/** A key of a row or column. `{other: true}` is the rest of a top-N: never confused with a value named "Other". */
export const otherKey = z.strictObject({ other: z.literal(true) });
export const pivotKey = z.union([z.string().max(4096), z.null(), otherKey]);

export const pivotFilter = z.strictObject({
  dimension: dimensionRef,
  op: z.enum(['in', 'notIn']).default('in'),
  /** Values as keys print them (a time bucket as '2026-01'); null matches a missing value. */
  values: z.array(z.union([z.string().max(4096), z.null()])).min(1).max(LIMITS.filterValues),
});

export const pivotTopN = z.strictObject({
  dimension: dimensionRef,
  n: z.number().int().min(1).max(LIMITS.topN),
});

export const pivotSort = z.strictObject({
  /** `value`: by a measure's row total; `key`: by the key. Time buckets always run in time order. */
  by: z.enum(['value', 'key']).default('value'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  /** The measure sorted on; the spec's cost basis when absent. */
  measure: z.string().min(1).max(64).optional(),
});

export const pivotSpecSchema = z.strictObject({
  kind: z.literal('pivot'),
  version: z.literal(1).default(1),
  rows: z.array(dimensionRef).max(LIMITS.rowDimensions).default([]),
  columns: z.array(dimensionRef).max(LIMITS.columnDimensions).default([]),
  measures: z.array(z.string().min(1).max(64)).min(1).max(LIMITS.measures).default(['cost']),
  basis: z.enum(COST_BASES).default('Effective'),
  grain: z.enum(TIME_GRAINS).default('month'),
  /** Half-open [from, to) on ChargePeriodStart, in UTC days. */
  period: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }).default({}),
  filters: z.array(pivotFilter).max(64).default([]),
  topN: z.array(pivotTopN).max(LIMITS.rowDimensions + LIMITS.columnDimensions).default([]),
  sort: pivotSort.default({ by: 'value', direction: 'desc' }),
  subtotals: z.boolean().default(true),
  grandTotals: z.boolean().default(true),
  /** How many row levels to return (level-by-level loading); all when absent. */
  depth: z.number().int().min(1).max(LIMITS.rowDimensions).optional(),
  /** Return only the children of this row (its keys from the first level down). */
  parent: z.array(pivotKey).max(LIMITS.rowDimensions - 1).optional(),
});

export type PivotSpecInput = z.input<typeof pivotSpecSchema>;
export type PivotSpec = z.output<typeof pivotSpecSchema>;
export type PivotKey = z.infer<typeof pivotKey>;
export type PivotFilter = z.output<typeof pivotFilter>;
export type OtherKey = z.infer<typeof otherKey>;

export function isOtherKey(k: PivotKey): k is OtherKey {
  return typeof k === 'object' && k !== null;
}

/** The spec, checked (unknown fields refused); a coded error says what is wrong where. */
export function parsePivotSpec(input: unknown): PivotSpec {
  const parsed = pivotSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_SPEC, `Invalid pivot spec: ${issues.join('; ')}`, { issues });
}

/** A filter picker's request for one dimension's values (values.ts answers it). */
export const valuesRequestSchema = z.strictObject({
  /** Period, basis and filters come from here; rows, columns and measures are ignored. */
  spec: pivotSpecSchema,
  dimension: dimensionRef,
  /** Keeps keys containing this text (case-insensitive). */
  search: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

export type ValuesRequest = z.input<typeof valuesRequestSchema>;
