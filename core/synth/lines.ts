// A generated line item: one row of the bill, format-neutral. Writers turn it into CUR or FOCUS
// columns; the truth accumulates its three cost bases. Money is in MU (see money.ts).

/** AWS `lineItem/LineItemType` values, exactly as CUR writes them. Codes are stored per line. */
export const LINE_ITEM_TYPES = [
  'Usage',
  'SavingsPlanCoveredUsage',
  'SavingsPlanNegation',
  'SavingsPlanRecurringFee',
  'SavingsPlanUpfrontFee',
  'DiscountedUsage',
  'RIFee',
  'Fee',
  'Tax',
  'Credit',
  'Refund',
] as const;
export type LineItemType = (typeof LINE_ITEM_TYPES)[number];

export const KIND = {
  Usage: 0,
  SavingsPlanCoveredUsage: 1,
  SavingsPlanNegation: 2,
  SavingsPlanRecurringFee: 3,
  SavingsPlanUpfrontFee: 4,
  DiscountedUsage: 5,
  RIFee: 6,
  Fee: 7,
  Tax: 8,
  Credit: 9,
  Refund: 10,
} as const satisfies Record<LineItemType, number>;

/**
 * Five kind-dependent money/quantity slots, so the fact table stays narrow. Their meaning:
 * - SavingsPlanCoveredUsage: m1 = savingsPlan/SavingsPlanEffectiveCost
 * - SavingsPlanRecurringFee: m1 = TotalCommitmentToDate, m2 = UsedCommitment,
 *   m3 = AmortizedUpfrontCommitmentForBillingPeriod, m4 = RecurringCommitmentForBillingPeriod
 * - DiscountedUsage: m1 = reservation/EffectiveCost, m2 = AmortizedUpfrontCostForUsage, m3 = RecurringFeeForUsage
 * - RIFee: m1 = AmortizedUpfrontFeeForBillingPeriod, m2 = UnusedAmortizedUpfrontFeeForBillingPeriod,
 *   m3 = UnusedRecurringFee, m4 = UnusedQuantity (hours, scale 3), m5 = TotalReservedUnits (hours, scale 3)
 */
export const SLOT_NONE = Number.NaN;

export interface Line {
  kind: number;
  item: number;
  /** Commitment index, or -1. */
  cmt: number;
  /** Charge period id (calendar.ts Periods). */
  per: number;
  /** Billing month index. */
  month: number;
  /** Quantity as an integer at the item's scale. */
  amount: number;
  /** lineItem/UnblendedCost = BilledCost (no negotiated discounts in this organisation). */
  unblended: number;
  /** The FOCUS EffectiveCost this line must have (amortized). */
  effective: number;
  /** The FOCUS ListCost: public on-demand rate × quantity, or the charge itself for fees and taxes. */
  list: number;
  m1: number;
  m2: number;
  m3: number;
  m4: number;
  m5: number;
}

/** Where lines go: the truth, the fact table, or a test's array. */
export interface LineSink {
  push(line: Line): void;
}

export function newLine(kind: number, item: number, per: number, month: number): Line {
  return { kind, item, cmt: -1, per, month, amount: 0, unblended: 0, effective: 0, list: 0, m1: SLOT_NONE, m2: SLOT_NONE, m3: SLOT_NONE, m4: SLOT_NONE, m5: SLOT_NONE };
}
