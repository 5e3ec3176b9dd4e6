// AWS CUR line item types (lineItem/LineItemType) that the FOCUS mapping distinguishes.
export const LineItemType = {
  Usage: 'Usage',
  Tax: 'Tax',
  Fee: 'Fee',
  Credit: 'Credit',
  Refund: 'Refund',
  RIFee: 'RIFee',
  DiscountedUsage: 'DiscountedUsage',
  SavingsPlanCoveredUsage: 'SavingsPlanCoveredUsage',
  SavingsPlanNegation: 'SavingsPlanNegation',
  SavingsPlanRecurringFee: 'SavingsPlanRecurringFee',
  SavingsPlanUpfrontFee: 'SavingsPlanUpfrontFee',
  BundledDiscount: 'BundledDiscount',
  Discount: 'Discount',
  EdpDiscount: 'EdpDiscount',
  PrivateRateDiscount: 'PrivateRateDiscount',
  RiVolumeDiscount: 'RiVolumeDiscount',
  DistributorDiscount: 'DistributorDiscount',
  SppDiscount: 'SppDiscount',
} as const;

/** Credits, refunds and every discount type: charges unrelated to other charges (FOCUS Credit). */
export const CREDIT_LINE_ITEM_TYPES: readonly string[] = [
  LineItemType.Credit,
  LineItemType.Refund,
  LineItemType.BundledDiscount,
  LineItemType.Discount,
  LineItemType.EdpDiscount,
  LineItemType.PrivateRateDiscount,
  LineItemType.RiVolumeDiscount,
  LineItemType.DistributorDiscount,
  LineItemType.SppDiscount,
];

/** FOCUS ChargeCategory values. */
export const ChargeCategory = {
  Usage: 'Usage',
  Purchase: 'Purchase',
  Tax: 'Tax',
  Credit: 'Credit',
  Adjustment: 'Adjustment',
} as const;

/** PricingUnit of a usage or purchase line that has none (a support fee, a plan's fee): units bought. */
export const PRICED_WITHOUT_UNIT = 'Units';
