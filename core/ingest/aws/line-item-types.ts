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
} as const;

/** FOCUS ChargeCategory values. */
export const ChargeCategory = {
  Usage: 'Usage',
  Purchase: 'Purchase',
  Tax: 'Tax',
  Credit: 'Credit',
  Adjustment: 'Adjustment',
} as const;
