// The audit request: plain JSON with a `kind`, validated strictly (unknown fields refused).
import * as z from 'zod';
import { COST_BASES } from '../pivot/constants.ts';
import { LIMITS } from './constants.ts';
import { tagPolicySchema } from './policy.ts';

export const AUDIT_KIND = 'tagAudit';

export const tagAuditSpecSchema = z.strictObject({
  kind: z.literal(AUDIT_KIND).default(AUDIT_KIND),
  /** The policy to check against; absent: the workspace's saved policy (or the default). */
  policy: tagPolicySchema.optional(),
  /** Keys to require, in this order; the policy's rules still apply to the keys it names. */
  requiredKeys: z.array(z.string().min(1).max(128)).min(1).max(LIMITS.requiredKeys).optional(),
  /** A month of ChargePeriodStart (UTC), YYYY-MM; absent: all the data. */
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a period is a month written YYYY-MM').optional(),
  basis: z.enum(COST_BASES).default('Effective'),
  /** How many offenders to list (all of them are counted). */
  offenders: z.number().int().min(0).max(LIMITS.offenders).default(LIMITS.defaultOffenders),
  /** "What would coverage be if the top N offenders were fixed": N. */
  fixTop: z.number().int().min(1).max(LIMITS.offenders).default(LIMITS.defaultFixTop),
});

export type TagAuditSpecInput = z.input<typeof tagAuditSpecSchema>;
export type TagAuditSpec = z.output<typeof tagAuditSpecSchema>;
