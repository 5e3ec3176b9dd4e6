// Domain words of the commitments engine, named once: FOCUS 1.2's values for commitment rows,
// the commitment types we tell apart, AWS's terms and payment options, the expiry windows.

/** FOCUS CommitmentDiscountStatus of a Usage row drawn from a commitment. */
export const STATUS = { used: 'Used', unused: 'Unused' } as const;
export const CHARGE = { usage: 'Usage', purchase: 'Purchase', recurring: 'Recurring' } as const;
/** FOCUS PricingCategory of spot usage: never covered by a commitment, so never eligible. */
export const DYNAMIC_PRICING = 'Dynamic';

/** FOCUS CommitmentDiscountType as AWS's CUR mapping (core/ingest) and AWS's FOCUS export write it. */
export const FOCUS_TYPE = { savingsPlan: 'Savings Plan', reservation: 'Reserved Instances (RI)' } as const;

/**
 * The commitment types. The three AWS types are what `commitments whatif --type` takes; a
 * commitment the data does not tell apart further is a `SavingsPlan` or `Reservation` (any
 * provider), a `CommittedUseDiscount` (Google Cloud's name), or `Other` when its FOCUS type is none of these.
 */
export const COMMITMENT_TYPES = ['ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance', 'SageMakerSavingsPlan', 'SavingsPlan', 'Reservation', 'CommittedUseDiscount', 'Other'] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

/** The types whose eligible spend the engine measures (issue 16, item 2). */
export const ELIGIBLE_TYPES = ['ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance'] as const;
export type EligibleType = (typeof ELIGIBLE_TYPES)[number];

export const TERMS = ['1y', '3y'] as const;
export type Term = (typeof TERMS)[number];
/** AWS terms are exactly 365 and 1,095 days: a plan ends this long after it starts. */
export const TERM_SECONDS: Record<Term, number> = { '1y': 365 * 86400, '3y': 1095 * 86400 };

export const PAYMENT_OPTIONS = ['NoUpfront', 'PartialUpfront', 'AllUpfront'] as const;
export type PaymentOption = (typeof PAYMENT_OPTIONS)[number];
/** CUR's pricing/PurchaseOption spelling → ours. */
export const PURCHASE_OPTION_WORDS: Record<string, PaymentOption> = { 'No Upfront': 'NoUpfront', 'Partial Upfront': 'PartialUpfront', 'All Upfront': 'AllUpfront' };

/**
 * AWS price-list offer term codes of Reserved Instances (the middle part of a rate code,
 * `<sku>.<term>.<price>`), the same for every product; read from the real price list record in
 * ../shared/data/ec2-pricing-examples/pricing_getproducts_m5_large.json.
 */
export const RI_TERM_CODES: Record<string, { term: Term; offeringClass: 'standard' | 'convertible'; payment: PaymentOption }> = {
  '4NA7Y494T4': { term: '1y', offeringClass: 'standard', payment: 'NoUpfront' },
  HU7G6KETJZ: { term: '1y', offeringClass: 'standard', payment: 'PartialUpfront' },
  '6QCMYABX3D': { term: '1y', offeringClass: 'standard', payment: 'AllUpfront' },
  BPH4J8HBKS: { term: '3y', offeringClass: 'standard', payment: 'NoUpfront' },
  '38NPMPTW36': { term: '3y', offeringClass: 'standard', payment: 'PartialUpfront' },
  NQ3QZPMQV9: { term: '3y', offeringClass: 'standard', payment: 'AllUpfront' },
  '7NE97W5U4E': { term: '1y', offeringClass: 'convertible', payment: 'NoUpfront' },
  CUZHX8X6JH: { term: '1y', offeringClass: 'convertible', payment: 'PartialUpfront' },
  VJWZNREJX2: { term: '1y', offeringClass: 'convertible', payment: 'AllUpfront' },
  Z2E3P23VKM: { term: '3y', offeringClass: 'convertible', payment: 'NoUpfront' },
  R5XV2EPZQZ: { term: '3y', offeringClass: 'convertible', payment: 'PartialUpfront' },
  MZU6U2429S: { term: '3y', offeringClass: 'convertible', payment: 'AllUpfront' },
};

/** Days ahead in which an expiry is reported. */
export const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** What "on-demand equivalent" is priced at: public on-demand (AWS's own reports) or after negotiated discounts. */
export const ON_DEMAND_BASES = ['List', 'Contracted'] as const;
export type OnDemandBasis = (typeof ON_DEMAND_BASES)[number];
export const ON_DEMAND_COLUMN: Record<OnDemandBasis, 'ListCost' | 'ContractedCost'> = { List: 'ListCost', Contracted: 'ContractedCost' };

/** Money leaves the engine rounded to this many decimals (hourly rates need sub-cent precision). */
export const MONEY_DECIMALS = 6;
