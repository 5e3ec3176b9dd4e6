// The rates a what-if falls back on when none is given, none is in the workspace's rate table and
// none can be observed on commitments held: a real AWS price list, m5.large Linux on shared
// tenancy in US East (N. Virginia), on demand $0.096 an hour, and its 12 Reserved Instance terms
// (resources/data/ec2-m5-large-ri-terms.csv, Apache-2.0, licence beside it). A term's rate is its
// effective hourly price, (upfront ÷ term hours + hourly fee), over on demand. AWS prices
// Savings Plans like RIs: EC2 Instance Savings Plans "just like Standard RIs", Compute Savings
// Plans "just like Convertible RIs" (aws.amazon.com/savingsplans), so they take those terms' rates.
// rate-defaults.test.ts recomputes every figure from the CSV.
import { ELIGIBLE_TYPES, PAYMENT_OPTIONS, TERMS, type EligibleType, type PaymentOption, type Term } from './constants.ts';

export interface RateDefault {
  type: EligibleType;
  term: Term;
  payment: PaymentOption;
  rate: number;
  source: string;
}

/** The price list's date and place, said with every default used. */
const PRICE_LIST = 'AWS Price List, m5.large Linux shared tenancy, US East (N. Virginia), on demand $0.096/h';

/** Effective hourly price ÷ on demand, 6 decimals, per offering class, term and payment. */
export const RI_TERM_RATES = {
  standard: {
    '1y': { NoUpfront: 0.625, PartialUpfront: 0.601741, AllUpfront: 0.587424 },
    '3y': { NoUpfront: 0.427083, PartialUpfront: 0.398085, AllUpfront: 0.376157 },
  },
  convertible: {
    '1y': { NoUpfront: 0.739583, PartialUpfront: 0.703767, AllUpfront: 0.686121 },
    '3y': { NoUpfront: 0.510417, PartialUpfront: 0.474236, AllUpfront: 0.460188 },
  },
} as const satisfies Record<'standard' | 'convertible', Record<Term, Record<PaymentOption, number>>>;

const CLASS_OF: Record<EligibleType, { offeringClass: 'standard' | 'convertible'; why: string }> = {
  ReservedInstance: { offeringClass: 'standard', why: 'its Standard RI term' },
  EC2InstanceSavingsPlan: { offeringClass: 'standard', why: 'priced as a Standard RI of the same term (AWS)' },
  ComputeSavingsPlan: { offeringClass: 'convertible', why: 'priced as a Convertible RI of the same term (AWS)' },
};

export function defaultRate(type: EligibleType, term: Term, payment: PaymentOption): RateDefault {
  const c = CLASS_OF[type];
  return { type, term, payment, rate: RI_TERM_RATES[c.offeringClass][term][payment], source: `${PRICE_LIST}: ${c.why}, ${term} ${payment}` };
}

/** Every default: 3 types × 2 terms × 3 payment options. */
export function allDefaultRates(): RateDefault[] {
  return ELIGIBLE_TYPES.flatMap((type) => TERMS.flatMap((term) => PAYMENT_OPTIONS.map((payment) => defaultRate(type, term, payment))));
}

/** The on-demand price of one m5.large hour in us-east-1 from the same price list: RI units' value where the data has no m5. */
export const DEFAULT_UNIT_PRICE = { instanceType: 'm5.large', region: 'us-east-1', price: 0.096 } as const;
