// The commitments requests as plain JSON values with a `kind`; they cross every transport and are
// used as-is in tests. Unknown fields are refused.
import * as z from 'zod';
import { ON_DEMAND_BASES } from './constants.ts';

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
