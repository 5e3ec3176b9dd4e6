// The commitments requests as plain JSON values with a `kind`; they cross every transport and are
// used as-is in tests. Unknown fields are refused.
import * as z from 'zod';
import { ELIGIBLE_TYPES, ON_DEMAND_BASES, PAYMENT_OPTIONS, TERMS } from './constants.ts';

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

const awsName = (what: string) => z.string().max(64).regex(/^[a-z0-9][a-z0-9.-]*$/, `${what} is written as AWS does`);

/** One commitment to add (SPEC "What-if"). An RI is sized by units (instances of its type) or by its hourly cost. */
const commitmentFields = {
  type: z.enum(ELIGIBLE_TYPES).default('ComputeSavingsPlan'),
  term: z.enum(TERMS).default('1y'),
  payment: z.enum(PAYMENT_OPTIONS).default('NoUpfront'),
  /** Dollars per hour: a Savings Plan's commitment, an RI's amortized hourly cost. */
  hourlyCommitment: z.number().positive().max(1e7).optional(),
  /** RIs: instances of instanceType reserved (size-flexible RIs cover the family by normalized units). */
  units: z.number().positive().max(1e6).optional(),
  /** RI: the instance type reserved (m5.large, db.r6g.large); EC2 Instance SP: its family is taken. Default: the pool with the most on-demand spend left. */
  instanceType: awsName('an instance type (m5.large)').optional(),
  /** EC2 Instance SP: the family (m5). */
  family: awsName('a family (m5)').optional(),
  /** EC2 Instance SP and RI: the region (us-east-1). */
  region: awsName('a region (us-east-1)').optional(),
  /** Price of covered usage under it as a fraction of on demand (0.72 = 28% off); else the rate table, observed, or the shipped default. */
  rate: z.number().gt(0).max(1).optional(),
  /** When it starts (a day or an hour); hours before it are not covered. Default: the start of the window. */
  start: dayOrHour.optional(),
};

export const addedCommitmentSchema = z.strictObject(commitmentFields);

export const whatIfSpecSchema = z.strictObject({
  kind: z.literal('commitments-whatif'),
  version: z.literal(1).default(1),
  /** The commitment added (when hourlyCommitment or units is given). */
  ...commitmentFields,
  /** More commitments added beside it. */
  add: z.array(addedCommitmentSchema).max(100).default([]),
  /** Ids (CommitmentDiscountId) of commitments held to take away, as if sold or never bought. */
  remove: z.array(z.string().min(1).max(2048)).max(1000).default([]),
  /** Also take away every commitment held that ends within this many days after the window (let them expire). */
  expiringWithinDays: z.number().int().min(0).max(3 * 366).optional(),
  from: dayOrHour.optional(),
  to: dayOrHour.optional(),
  /** Days before `to` (default: the end of the data) when `from` is not given. */
  lookbackDays: z.number().int().positive().max(3 * 366).default(30),
  basis: z.enum(ON_DEMAND_BASES).default('List'),
});

export type AddedCommitmentInput = z.input<typeof addedCommitmentSchema>;
export type AddedCommitment = z.output<typeof addedCommitmentSchema>;
export type WhatIfSpecInput = z.input<typeof whatIfSpecSchema>;
export type WhatIfSpec = z.output<typeof whatIfSpecSchema>;

/** What `commitments optimize` can recommend: one type, or RIs, EC2 Instance SPs and a Compute SP together. */
export const OPTIMIZE_TYPES = ['ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance', 'mix'] as const;
export type OptimizeType = (typeof OPTIMIZE_TYPES)[number];

/** The pool an EC2 Instance SP or RI is bought for (SPEC step 3); by default the one with the most open spend. */
const optimizeScope = z.strictObject({
  region: z.string().min(1).optional(),
  /** EC2 Instance SP: the family (m5); RI: the family (size-flexible) or the instance type. */
  instance: z.string().min(1).optional(),
  service: z.string().min(1).optional(),
});

export const optimizeSpecSchema = z.strictObject({
  kind: z.literal('commitments-optimize'),
  version: z.literal(1).default(1),
  type: z.enum(OPTIMIZE_TYPES).default('ComputeSavingsPlan'),
  term: z.enum(TERMS).default('1y'),
  payment: z.enum(PAYMENT_OPTIONS).default('NoUpfront'),
  from: dayOrHour.optional(),
  to: dayOrHour.optional(),
  lookbackDays: z.number().int().positive().max(3 * 366).default(30),
  /** The coverage the `target-coverage` choice reaches (a fraction, 0-1), existing commitments included. */
  targetCoverage: z.number().gt(0).max(1).default(0.8),
  /** The `conservative` choice commits this percentile (0-100) of the hourly open eligible spend. */
  conservativePercentile: z.number().min(0).max(100).default(10),
  /** The type's rate (plan price ÷ on demand); observed in the data when absent. For `mix`: the Compute SP's. */
  rate: z.number().gt(0).max(1).optional(),
  /** `mix`: each type's rate, where not observed in the data (a type without one is left out, with a notice). */
  rates: z.strictObject({
    ComputeSavingsPlan: z.number().gt(0).max(1).optional(),
    EC2InstanceSavingsPlan: z.number().gt(0).max(1).optional(),
    ReservedInstance: z.number().gt(0).max(1).optional(),
  }).optional(),
  /** EC2 Instance SP / RI: which pool; the one with the most open eligible spend when absent. */
  scope: optimizeScope.optional(),
  basis: z.enum(ON_DEMAND_BASES).default('List'),
});

export type OptimizeSpecInput = z.input<typeof optimizeSpecSchema>;
export type OptimizeSpec = z.output<typeof optimizeSpecSchema>;
