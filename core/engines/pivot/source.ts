// Where a pivot reads from: the raw `focus` table, or the daily aggregate `pivot_agg` when every
// dimension, filter and measure of the spec can be answered from it and it is fresh.
// Both sources keep the FOCUS column names, so the SQL differs only in the time column and
// in how lines are counted.
import { ident, join, raw, sql, type Identifier, type SqlQuery } from '../../sql/index.ts';
import { TIME_COLUMN } from './constants.ts';

export const FOCUS_TABLE = 'focus';
export const AGG_TABLE = 'pivot_agg';
export const AGG_STATE_TABLE = 'pivot_agg_state';
/** The UTC day of ChargePeriodStart in the aggregate. */
export const AGG_DAY_COLUMN = 'ChargeDay';
export const AGG_LINES_COLUMN = 'LineCount';
/** The tag set of the aggregate's lines (tag-aggregate.ts), and the tables a tag pivot joins. */
export const AGG_TAG_SET_COLUMN = 'TagSetId';
export const AGG_TAG_SETS_TABLE = 'pivot_tag_sets';
export const AGG_TAG_VALUES_TABLE = 'pivot_tag_values';

/** FOCUS columns the aggregate keeps as dimensions (low cardinality, used in most reviews). */
export const AGG_DIMENSION_COLUMNS = [
  'ProviderName',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodStart',
  'SubAccountId',
  'SubAccountName',
  'ServiceCategory',
  'ServiceName',
  'RegionId',
  'RegionName',
  'ChargeCategory',
  'ChargeClass',
  'PricingCategory',
] as const;

/** Summed columns in the aggregate, under their FOCUS names. */
export const AGG_SUM_COLUMNS = ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost', 'ConsumedQuantity'] as const;

export interface Source {
  kind: 'focus' | 'aggregate';
  table: Identifier | SqlQuery;
  /** The column time buckets and the period are cut from. */
  time: Identifier;
  /** DuckDB type the period bounds are cast to. */
  timeType: 'TIMESTAMP' | 'DATE';
  /** Number of line items behind a group. */
  lines: SqlQuery;
  /** The effective value of a tag key, when the source joins it (the aggregate); absent: read Tags. */
  tagValue?: (key: string) => SqlQuery;
}

export const FOCUS_SOURCE: Source = {
  kind: 'focus',
  table: ident(FOCUS_TABLE),
  time: ident(TIME_COLUMN),
  timeType: 'TIMESTAMP',
  lines: sql`count(*)`,
};

export const AGG_SOURCE: Source = {
  kind: 'aggregate',
  table: ident(AGG_TABLE),
  time: ident(AGG_DAY_COLUMN),
  timeType: 'DATE',
  lines: sql`sum(${ident(AGG_LINES_COLUMN)})`,
};

/**
 * The aggregate joined, once per tag key the plan reads, to the effective entries of its tag sets:
 * `tag:KEY` then reads `tN.TagValue` (null where the set has no KEY, as Tags[KEY] is on focus).
 */
export function aggregateSource(tagKeys: readonly string[]): Source {
  const keys = [...new Set(tagKeys)];
  if (keys.length === 0) return AGG_SOURCE;
  const agg = ident(AGG_TABLE);
  const joins = keys.map((k, i) => {
    const t = ident(`t${i}`);
    return sql`LEFT JOIN ${ident(AGG_TAG_VALUES_TABLE)} ${t} ON ${t}.${ident(AGG_TAG_SET_COLUMN)} = ${agg}.${ident(AGG_TAG_SET_COLUMN)} AND ${t}.${ident('TagKey')} = ${k}`;
  });
  return { ...AGG_SOURCE, table: sql`${agg} ${join(joins, ' ')}`, tagValue: (key) => sql`${ident(`t${keys.indexOf(key)}`, 'TagValue')}` };
}

/** `time >= from` / `time < to` with the bound cast to the source's type. */
export function timeBound(source: Source, op: '>=' | '<', day: string): SqlQuery {
  return sql`${source.time} ${raw(op)} CAST(${day} AS ${raw(source.timeType)})`;
}
