// The columns of an AWS FOCUS export table in Athena that an aggregate groups by and sums, by
// their FOCUS names (Athena gives them in lower case; the extract names them as the spec does, so
// the ingest reads the result as a FOCUS file). Unit prices, resources, SKUs and descriptions are
// left out of an aggregate: they cannot be summed and would keep the line-item grain.

/** Grouped by in an aggregate, with the day: account × service × region × usage type × charge kind. */
export const FOCUS_AGGREGATE_DIMENSIONS = [
  'BillingAccountId',
  'BillingAccountName',
  'BillingAccountType',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'SubAccountId',
  'SubAccountName',
  'SubAccountType',
  'ProviderName',
  'PublisherName',
  'InvoiceIssuerName',
  'InvoiceId',
  'ServiceName',
  'ServiceCategory',
  'ServiceSubcategory',
  'RegionId',
  'RegionName',
  // FOCUS has no line item type: ChargeCategory, ChargeClass and ChargeFrequency tell the kinds apart.
  'ChargeCategory',
  'ChargeClass',
  'ChargeFrequency',
  'PricingCategory',
  'PricingCurrency',
  'PricingUnit',
  'ConsumedUnit',
  'CommitmentDiscountId',
  'CommitmentDiscountName',
  'CommitmentDiscountCategory',
  'CommitmentDiscountType',
  'CommitmentDiscountStatus',
  'CommitmentDiscountUnit',
  'x_UsageType',
  'x_ServiceCode',
] as const;

/** Summed in an aggregate (exact decimals): every cost basis and the quantities. */
export const FOCUS_AGGREGATE_AMOUNTS = [
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'PricingCurrencyEffectiveCost',
  'ConsumedQuantity',
  'PricingQuantity',
  'CommitmentDiscountQuantity',
] as const;

/** [Athena column, FOCUS name] pairs. */
export const FOCUS_TAGS = ['tags', 'Tags'] as const;
/** AWS FOCUS exports carry cost categories as a map of their own. */
export const FOCUS_COST_CATEGORIES = ['x_costcategories', 'x_CostCategories'] as const;
/** The charge start (truncated to the day in an aggregate) and the names of the day's bounds. */
export const FOCUS_DAY = ['chargeperiodstart', 'ChargePeriodStart', 'ChargePeriodEnd'] as const;
export const FOCUS_PERIOD_START = 'billingperiodstart';
