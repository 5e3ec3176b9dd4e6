// ForecastSpec: the whole forecast request as one plain JSON value with a `kind`; it crosses
// every transport and is used as-is in tests. Unknown fields are refused. Dimension names are
// checked against the workspace later (the pivot engine's dimensions).
import * as z from 'zod';
import { COST_BASES } from '../pivot/constants.ts';
import { dimensionRef } from '../pivot/spec.ts';
import { DEFAULT_HORIZON_DAYS, FORECAST_METHODS, MAX_HORIZON_DAYS } from './constants.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

export const forecastScopeFilter = z.strictObject({
  dimension: dimensionRef,
  /** Values as a pivot key prints them; null matches a missing value. */
  values: z.array(z.union([z.string().max(4096), z.null()])).min(1).max(1000),
});

export const forecastSpecSchema = z.strictObject({
  kind: z.literal('forecast'),
  version: z.literal(1).default(1),
  basis: z.enum(COST_BASES).default('Effective'),
  /** Which lines: every filter must hold. Empty: the whole workspace. */
  scope: z.array(forecastScopeFilter).max(16).default([]),
  /** One series per value of this dimension (many series in one call). */
  by: dimensionRef.optional(),
  horizon: z.number().int().min(1).max(MAX_HORIZON_DAYS).default(DEFAULT_HORIZON_DAYS),
  /** Forecast as if the data ended the day before this day. */
  asOf: isoDate.optional(),
  method: z.enum(FORECAST_METHODS).default('seasonal-trend'),
  /** Run the rolling-origin backtest (the track record). */
  backtest: z.boolean().default(true),
});

export type ForecastSpecInput = z.input<typeof forecastSpecSchema>;
export type ForecastSpec = z.output<typeof forecastSpecSchema>;
