// RightsizeSpec: the whole request as one plain JSON value with a `kind`, used as-is in tests and
// over every transport. Unknown fields are refused.
import * as z from 'zod';
import { DEFAULT_HEADROOM_PCT, DEFAULT_LOOKBACK_DAYS, DEFAULT_PERCENTILE, MAX_HEADROOM_PCT, MAX_LOOKBACK_DAYS, PERCENTILES, RIGHTSIZE_KIND } from './constants.ts';

export const rightsizeSpecSchema = z.strictObject({
  kind: z.literal(RIGHTSIZE_KIND),
  /** Days of metrics ending at the last metric in the workspace (Compute Optimizer offers 14, 32, 93). */
  lookbackDays: z.number().int().min(1).max(MAX_LOOKBACK_DAYS).default(DEFAULT_LOOKBACK_DAYS),
  percentile: z.enum(PERCENTILES).default(DEFAULT_PERCENTILE),
  /** Share of the target's capacity kept free above the percentile. */
  headroomPct: z.number().min(0).max(MAX_HEADROOM_PCT).default(DEFAULT_HEADROOM_PCT),
  /** Only these accounts (SubAccountId, 12 digits). */
  accounts: z.array(z.string().regex(/^\d{12}$/, 'an account is its 12-digit id')).max(1000).optional(),
  /** Only resources carrying this tag value in the bill. */
  tag: z.strictObject({ key: z.string().min(1).max(512), value: z.string().max(4096) }).optional(),
  /** Fit memory too when the CloudWatch agent reports it (mem_used_percent). */
  includeMemory: z.boolean().default(true),
});

export type RightsizeSpecInput = z.input<typeof rightsizeSpecSchema>;
export type RightsizeSpec = z.output<typeof rightsizeSpecSchema>;
