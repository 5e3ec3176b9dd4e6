// ChargebackSpec: one run of the engine, plain JSON. The rules are given inline or, when left
// out, the saved ones are used; `by` is the command line's shortcut for an owner chain of one source.
import * as z from 'zod';
import { COST_BASES } from '../pivot/constants.ts';

export const billingPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a billing period is written YYYY-MM');

export const chargebackSpecSchema = z.strictObject({
  /** Optional (input and output types stay one, so callers of the API need not repeat it). */
  kind: z.literal('chargeback').optional(),
  period: billingPeriodSchema,
  /** Inline rules (rulesVersion 0); the saved rules when absent. Checked by parseChargebackRules. */
  rules: z.unknown().optional(),
  /** `tag:KEY`, `costCategory:NAME`, `accountOwner`, `kubernetes[:CLUSTER]` or a dimension: replaces the rules' owner chain. */
  by: z.string().min(1).max(1024).optional(),
  /** Replaces the rules' basis. */
  basis: z.enum(COST_BASES).optional(),
  /** Also allocate the previous month, for previousTotal (default true). */
  previous: z.boolean().optional(),
});

export type ChargebackSpecInput = z.input<typeof chargebackSpecSchema>;
export type ChargebackSpec = z.output<typeof chargebackSpecSchema>;
