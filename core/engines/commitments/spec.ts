// The commitments requests as plain JSON values with a `kind`; they cross every transport and are
// used as-is in tests. Unknown fields are refused.
import * as z from 'zod';
import { ON_DEMAND_BASES, PAYMENT_OPTIONS, TERMS } from './constants.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** The charge periods read: from a day (included) to a day (excluded); the whole workspace by default. */
const window = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** What "on-demand equivalent" is priced at (SPEC "Definitions"). */
  basis: z.enum(ON_DEMAND_BASES).default('List'),
};

export const commitmentsStatusSpecSchema = z.strictObject({
  kind: z.literal('commitments-status'),
  version: z.literal(1).default(1),
  ...window,
  /** Expiries are counted from this day (00:00 UTC); by default from the end of the data. */
  asOf: isoDate.optional(),
});

export const eligibleSpendSpecSchema = z.strictObject({
  kind: z.literal('commitments-eligible'),
  version: z.literal(1).default(1),
  ...window,
  /** Also return every pool's hour-by-hour series (large: 24 values a day per pool). */
  includeHours: z.boolean().default(false),
});

export type CommitmentsStatusSpecInput = z.input<typeof commitmentsStatusSpecSchema>;
export type CommitmentsStatusSpec = z.output<typeof commitmentsStatusSpecSchema>;
export type EligibleSpendSpecInput = z.input<typeof eligibleSpendSpecSchema>;
export type EligibleSpendSpec = z.output<typeof eligibleSpendSpecSchema>;

/** A day, or an hour in UTC (`2025-11-30T22:00:00Z`): a what-if window may start at any hour. */
const dayOrHour = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:00:00Z)?$/, 'a day is written YYYY-MM-DD, an hour YYYY-MM-DDTHH:00:00Z');

export const whatIfSpecSchema = z.strictObject({
  kind: z.literal('commitments-whatif'),
  version: z.literal(1).default(1),
  /** The commitment added. This version simulates Compute Savings Plans (SPEC "What-if"). */
  type: z.literal('ComputeSavingsPlan'),
  term: z.enum(TERMS).default('1y'),
  payment: z.enum(PAYMENT_OPTIONS).default('NoUpfront'),
  /** Dollars of Savings Plan rate per hour. */
  hourlyCommitment: z.number().positive().max(1e7),
  /** Price of covered usage under the plan as a fraction of its on-demand equivalent (0.72 = 28% off); observed in the data when absent. */
  rate: z.number().gt(0).max(1).optional(),
  from: dayOrHour.optional(),
  to: dayOrHour.optional(),
  /** Days before `to` (default: the end of the data) when `from` is not given. */
  lookbackDays: z.number().int().positive().max(3 * 366).default(30),
  basis: z.enum(ON_DEMAND_BASES).default('List'),
});

export type WhatIfSpecInput = z.input<typeof whatIfSpecSchema>;
export type WhatIfSpec = z.output<typeof whatIfSpecSchema>;
