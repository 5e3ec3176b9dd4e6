// FOCUS 1.2 columns (../shared/data/focus-spec-1.2) and our provider columns, with their DuckDB types.
// Migration 001 creates the table from the same list; a test keeps the two equal.

export const MONEY_TYPE = 'DECIMAL(38, 12)';

export interface ColumnDef {
  name: string;
  type: string;
}

export const FOCUS_SPEC_COLUMNS: readonly ColumnDef[] = [
  { name: 'AvailabilityZone', type: 'VARCHAR' },
  { name: 'BilledCost', type: 'DECIMAL(38, 12)' },
  { name: 'BillingAccountId', type: 'VARCHAR' },
  { name: 'BillingAccountName', type: 'VARCHAR' },
  { name: 'BillingAccountType', type: 'VARCHAR' },
  { name: 'BillingCurrency', type: 'VARCHAR' },
  { name: 'BillingPeriodEnd', type: 'TIMESTAMP' },
  { name: 'BillingPeriodStart', type: 'TIMESTAMP' },
  { name: 'CapacityReservationId', type: 'VARCHAR' },
  { name: 'CapacityReservationStatus', type: 'VARCHAR' },
  { name: 'ChargeCategory', type: 'VARCHAR' },
  { name: 'ChargeClass', type: 'VARCHAR' },
  { name: 'ChargeDescription', type: 'VARCHAR' },
  { name: 'ChargeFrequency', type: 'VARCHAR' },
  { name: 'ChargePeriodEnd', type: 'TIMESTAMP' },
  { name: 'ChargePeriodStart', type: 'TIMESTAMP' },
  { name: 'CommitmentDiscountCategory', type: 'VARCHAR' },
  { name: 'CommitmentDiscountId', type: 'VARCHAR' },
  { name: 'CommitmentDiscountName', type: 'VARCHAR' },
  { name: 'CommitmentDiscountQuantity', type: 'DECIMAL(38, 12)' },
  { name: 'CommitmentDiscountStatus', type: 'VARCHAR' },
  { name: 'CommitmentDiscountType', type: 'VARCHAR' },
  { name: 'CommitmentDiscountUnit', type: 'VARCHAR' },
  { name: 'ConsumedQuantity', type: 'DECIMAL(38, 12)' },
  { name: 'ConsumedUnit', type: 'VARCHAR' },
  { name: 'ContractedCost', type: 'DECIMAL(38, 12)' },
  { name: 'ContractedUnitPrice', type: 'DECIMAL(38, 12)' },
  { name: 'EffectiveCost', type: 'DECIMAL(38, 12)' },
  { name: 'InvoiceId', type: 'VARCHAR' },
  { name: 'InvoiceIssuerName', type: 'VARCHAR' },
  { name: 'ListCost', type: 'DECIMAL(38, 12)' },
  { name: 'ListUnitPrice', type: 'DECIMAL(38, 12)' },
  { name: 'PricingCategory', type: 'VARCHAR' },
  { name: 'PricingCurrency', type: 'VARCHAR' },
  { name: 'PricingCurrencyContractedUnitPrice', type: 'DECIMAL(38, 12)' },
  { name: 'PricingCurrencyEffectiveCost', type: 'DECIMAL(38, 12)' },
  { name: 'PricingCurrencyListUnitPrice', type: 'DECIMAL(38, 12)' },
  { name: 'PricingQuantity', type: 'DECIMAL(38, 12)' },
  { name: 'PricingUnit', type: 'VARCHAR' },
  { name: 'ProviderName', type: 'VARCHAR' },
  { name: 'PublisherName', type: 'VARCHAR' },
  { name: 'RegionId', type: 'VARCHAR' },
  { name: 'RegionName', type: 'VARCHAR' },
  { name: 'ResourceId', type: 'VARCHAR' },
  { name: 'ResourceName', type: 'VARCHAR' },
  { name: 'ResourceType', type: 'VARCHAR' },
  { name: 'ServiceCategory', type: 'VARCHAR' },
  { name: 'ServiceName', type: 'VARCHAR' },
  { name: 'ServiceSubcategory', type: 'VARCHAR' },
  { name: 'SkuId', type: 'VARCHAR' },
  { name: 'SkuMeter', type: 'VARCHAR' },
  { name: 'SkuPriceDetails', type: 'VARCHAR' },
  { name: 'SkuPriceId', type: 'VARCHAR' },
  { name: 'SubAccountId', type: 'VARCHAR' },
  { name: 'SubAccountName', type: 'VARCHAR' },
  { name: 'SubAccountType', type: 'VARCHAR' },
  { name: 'Tags', type: 'MAP(VARCHAR, VARCHAR)' },
];

export const PROVIDER_COLUMNS: readonly ColumnDef[] = [
  { name: 'x_LineItemId', type: 'VARCHAR' },
  { name: 'x_LineItemType', type: 'VARCHAR' },
  { name: 'x_BillType', type: 'VARCHAR' },
  { name: 'x_UsageType', type: 'VARCHAR' },
  { name: 'x_Operation', type: 'VARCHAR' },
  { name: 'x_ServiceCode', type: 'VARCHAR' },
  { name: 'x_ProductFamily', type: 'VARCHAR' },
  { name: 'x_InstanceType', type: 'VARCHAR' },
  { name: 'x_PurchaseOption', type: 'VARCHAR' },
  { name: 'x_PricingTerm', type: 'VARCHAR' },
  { name: 'x_UnblendedCost', type: 'DECIMAL(38, 12)' },
  { name: 'x_NetUnblendedCost', type: 'DECIMAL(38, 12)' },
  { name: 'x_PublicOnDemandRate', type: 'DECIMAL(38, 12)' },
  { name: 'x_PublicOnDemandCost', type: 'DECIMAL(38, 12)' },
  { name: 'x_NormalizationFactor', type: 'DECIMAL(38, 12)' },
  { name: 'x_NormalizedUsageAmount', type: 'DECIMAL(38, 12)' },
  { name: 'x_SavingsPlanTotalCommitmentToDate', type: 'DECIMAL(38, 12)' },
  { name: 'x_SavingsPlanUsedCommitment', type: 'DECIMAL(38, 12)' },
  { name: 'x_SavingsPlanRecurringCommitment', type: 'DECIMAL(38, 12)' },
  { name: 'x_SavingsPlanAmortizedUpfrontCommitment', type: 'DECIMAL(38, 12)' },
  { name: 'x_SavingsPlanEndTime', type: 'TIMESTAMP' },
  { name: 'x_ReservationEndTime', type: 'TIMESTAMP' },
  { name: 'x_ReservationUnusedQuantity', type: 'DECIMAL(38, 12)' },
  { name: 'x_ReservationUnusedAmortizedUpfrontFee', type: 'DECIMAL(38, 12)' },
  { name: 'x_ReservationUnusedRecurringFee', type: 'DECIMAL(38, 12)' },
  { name: 'x_ReservationAmortizedUpfrontCostForUsage', type: 'DECIMAL(38, 12)' },
  { name: 'x_ReservationRecurringFeeForUsage', type: 'DECIMAL(38, 12)' },
  { name: 'x_ImportId', type: 'INTEGER' },
];

/** A MAP of money by key (x_Discounts): exact like the cost columns. */
export const MONEY_MAP_TYPE = `MAP(VARCHAR, ${MONEY_TYPE})`;
export const TEXT_MAP_TYPE = 'MAP(VARCHAR, VARCHAR)';

/**
 * Cost allocation columns AWS adds to a bill (migration 007 appends them, so they come last):
 * cost categories, the discounts a line received, and split cost allocation data (the cost of
 * an EKS pod or ECS task's share of its parent instance; core/ingest/SPEC.md).
 */
export const ALLOCATION_COLUMNS: readonly ColumnDef[] = [
  { name: 'x_CostCategories', type: TEXT_MAP_TYPE },
  { name: 'x_Discounts', type: MONEY_MAP_TYPE },
  { name: 'x_SplitParentResourceId', type: 'VARCHAR' },
  { name: 'x_SplitCost', type: MONEY_TYPE },
  { name: 'x_SplitUnusedCost', type: MONEY_TYPE },
  { name: 'x_SplitNetCost', type: MONEY_TYPE },
  { name: 'x_SplitNetUnusedCost', type: MONEY_TYPE },
  { name: 'x_SplitPublicOnDemandCost', type: MONEY_TYPE },
  { name: 'x_SplitPublicOnDemandUnusedCost', type: MONEY_TYPE },
  { name: 'x_SplitUsage', type: MONEY_TYPE },
  { name: 'x_SplitUsageRatio', type: MONEY_TYPE },
  { name: 'x_SplitReservedUsage', type: MONEY_TYPE },
  { name: 'x_SplitActualUsage', type: MONEY_TYPE },
];

/**
 * A commitment's terms as CUR writes them on its lines (migration 060 appends them after the
 * allocation columns): start, Savings Plan term and payment option, RI lease length and offering
 * class. The commitments engine reads them before deriving anything (core/ingest/SPEC.md).
 */
export const COMMITMENT_TERM_COLUMNS: readonly ColumnDef[] = [
  { name: 'x_SavingsPlanStartTime', type: 'TIMESTAMP' },
  { name: 'x_SavingsPlanPurchaseTerm', type: 'VARCHAR' },
  { name: 'x_SavingsPlanPaymentOption', type: 'VARCHAR' },
  { name: 'x_ReservationStartTime', type: 'TIMESTAMP' },
  { name: 'x_LeaseContractLength', type: 'VARCHAR' },
  { name: 'x_OfferingClass', type: 'VARCHAR' },
];

export const FOCUS_TABLE_COLUMNS: readonly ColumnDef[] = [...FOCUS_SPEC_COLUMNS, ...PROVIDER_COLUMNS, ...ALLOCATION_COLUMNS, ...COMMITMENT_TERM_COLUMNS];

/**
 * The ingest's own record on a row of a FOCUS file (migration 090): the FOCUS columns whose value it
 * filled or changed there (core/ingest/focus-fill.ts), NULL when it took each as the file gave it.
 * Kept out of FOCUS_TABLE_COLUMNS: no file maps into it and it is no pivot dimension.
 */
export const FOCUS_FILLED_COLUMN = 'x_FocusFilledColumns';

/** Columns holding a MAP (Tags, x_CostCategories, x_Discounts): not a dimension by themselves, a key of them is. */
export function isMapColumn(c: ColumnDef): boolean {
  return c.type.startsWith('MAP');
}

/** Provider cost columns (x_UnblendedCost, x_NetUnblendedCost, x_PublicOnDemandCost, x_SplitCost...): money like the cost bases. */
export const PROVIDER_COST_COLUMNS: readonly string[] = FOCUS_TABLE_COLUMNS.filter((c) => c.name.startsWith('x_') && c.name.endsWith('Cost') && c.type.startsWith('DECIMAL')).map((c) => c.name);
