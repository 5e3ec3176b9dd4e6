// AnomalySpec: the whole detection request as one plain JSON value with a `kind`; it crosses every
// transport and is used as-is in tests. Unknown fields are refused.
import * as z from 'zod';
import { COST_BASES } from '../pivot/constants.ts';
import { CHARGE_SCOPES, DEFAULT_OWNER_TAG, DEFAULT_THRESHOLDS, SERIES_DIMENSIONS } from './constants.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const money = z.number().min(0).max(1e12);

export const anomalyThresholdsSchema = z.strictObject({
  minImpact: money.default(DEFAULT_THRESHOLDS.minImpact),
  minImpactPct: z.number().min(0).max(1e6).default(DEFAULT_THRESHOLDS.minImpactPct),
  minDailyCost: money.default(DEFAULT_THRESHOLDS.minDailyCost),
  minScore: z.number().min(0).max(1000).default(DEFAULT_THRESHOLDS.minScore),
});

export const anomalySpecSchema = z.strictObject({
  kind: z.literal('anomalies'),
  version: z.literal(1).default(1),
  basis: z.enum(COST_BASES).default('Effective'),
  charges: z.enum(CHARGE_SCOPES).default('usage'),
  /** Anomalies that end on or after this day (earlier days still serve as history). */
  since: isoDate.optional(),
  /** Columns watched besides the total: FOCUS or x_ columns (pivot names). */
  dimensions: z.array(z.enum(SERIES_DIMENSIONS)).max(SERIES_DIMENSIONS.length).default([...SERIES_DIMENSIONS]),
  /** Tag key of the owner (watched as tag:KEY); null watches no tag. */
  ownerTag: z.string().min(1).max(256).nullable().default(DEFAULT_OWNER_TAG),
  /** Watch every AWS cost category (costCategory:NAME). */
  costCategories: z.boolean().default(true),
  thresholds: anomalyThresholdsSchema.default(anomalyThresholdsSchema.parse({})),
  /** Also list anomalies that match a dismissed or planned pattern (marked `suppressed`). */
  includeSuppressed: z.boolean().default(false),
});

export type AnomalySpecInput = z.input<typeof anomalySpecSchema>;
export type AnomalySpec = z.output<typeof anomalySpecSchema>;
export type AnomalyThresholds = z.output<typeof anomalyThresholdsSchema>;
