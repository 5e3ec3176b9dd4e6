// Domain words of the pivot engine, named once. Cost bases map to FOCUS columns; labels are
// what a person sees for the buckets the engine makes (the rest of a top-N, a missing value).

export const COST_BASES = ['Billed', 'Effective', 'List', 'Contracted'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** Each cost basis in words, for exports and help texts. */
export const COST_BASIS_MEANING: Record<CostBasis, string> = {
  Billed: 'Billed cost: what the invoice charges for each line (AWS unblended, net of discounts)',
  Effective: 'Effective cost: amortized, with commitment fees spread over their term and unused commitment on its own lines',
  List: 'List cost: public on-demand price × quantity',
  Contracted: 'Contracted cost: after negotiated discounts',
};

/** The FOCUS column that holds each cost basis. */
export const COST_BASIS_COLUMN: Record<CostBasis, MoneyColumn> = {
  Billed: 'BilledCost',
  Effective: 'EffectiveCost',
  List: 'ListCost',
  Contracted: 'ContractedCost',
};

export const MONEY_COLUMNS = ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost'] as const;
export type MoneyColumn = (typeof MONEY_COLUMNS)[number];
/** A summed money column: a cost basis, or a provider cost column such as x_UnblendedCost (gross of discounts). */
export type SummedMoney = MoneyColumn | `x_${string}`;

/** The usage quantity a pivot sums (FOCUS ConsumedQuantity; units are whatever the rows carry). */
export const USAGE_COLUMN = 'ConsumedQuantity';

export const TIME_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TimeGrain = (typeof TIME_GRAINS)[number];

/** The timestamp every time bucket is cut from (UTC, as stored). */
export const TIME_COLUMN = 'ChargePeriodStart';

/** `period` is the time bucket at the spec's grain; the grain names are buckets at that grain. */
export const PERIOD_DIMENSION = 'period';
/** Calendar month of the invoice (BillingPeriodStart), for reconciling to invoices. */
export const BILLING_PERIOD_DIMENSION = 'billingPeriod';
export const TAG_PREFIX = 'tag:';
/** `costCategory:NAME`: the value of an AWS cost category (x_CostCategories), like `tag:KEY` for a tag. */
export const COST_CATEGORY_PREFIX = 'costCategory:';
export const COST_CATEGORIES_COLUMN = 'x_CostCategories';

/** Measures beyond the four cost columns. `cost` is the spec's basis. */
export const MEASURE = {
  cost: 'cost',
  usage: 'usage',
  lines: 'lines',
  share: 'share',
  change: 'change',
  changePct: 'changePct',
} as const;

export const OTHER_LABEL = 'Other';
export const NULL_LABEL = '(none)';
export const UNTAGGED_LABEL = '(untagged)';
/** A line that no rule of the cost category matched (AWS shows such cost as uncategorized). */
export const UNCATEGORIZED_LABEL = '(uncategorized)';
export const TOTAL_LABEL = 'Total';
export const GRAND_TOTAL_LABEL = 'Grand total';

/** Money is exact in DuckDB (DECIMAL(38,12)) and rounded to cents only when presented. */
export const MONEY_SCALE = 12;
export const CENT_DIGITS = 2;

export const LIMITS = { rowDimensions: 6, columnDimensions: 3, measures: 8, topN: 1000, filterValues: 1000 } as const;
