// Where a pivot reads from: the raw `focus` table, or the daily aggregate `pivot_agg` when every
// dimension, filter and measure of the spec can be answered from it and it is fresh.
// Both sources keep the FOCUS column names, so the SQL differs only in the time column and
// in how lines are counted.
import { ident, raw, sql, type Identifier, type SqlQuery } from '../../sql/index.ts';
import { TIME_COLUMN } from './constants.ts';

export const FOCUS_TABLE = 'focus';
export const AGG_TABLE = 'pivot_agg';
export const AGG_STATE_TABLE = 'pivot_agg_state';
/** The UTC day of ChargePeriodStart in the aggregate. */
export const AGG_DAY_COLUMN = 'ChargeDay';
export const AGG_LINES_COLUMN = 'LineCount';

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
  table: Identifier;
  /** The column time buckets and the period are cut from. */
  time: Identifier;
  /** DuckDB type the period bounds are cast to. */
  timeType: 'TIMESTAMP' | 'DATE';
  /** Number of line items behind a group. */
  lines: SqlQuery;
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

/** `time >= from` / `time < to` with the bound cast to the source's type. */
export function timeBound(source: Source, op: '>=' | '<', day: string): SqlQuery {
  return sql`${source.time} ${raw(op)} CAST(${day} AS ${raw(source.timeType)})`;
}
