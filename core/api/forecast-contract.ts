// The forecast part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses, so every transport validates and serves them.
import * as z from 'zod';
import { forecastSpecSchema } from '../engines/forecast/spec.ts';
import type { ForecastResult } from '../engines/forecast/result.ts';

export const forecastRequestSchemas = {
  /** Daily forecast with 80/95% bands, period ends and the backtest, for a scope or every value of `by`. */
  forecast: z.strictObject({ spec: forecastSpecSchema }),
} as const;

export interface ForecastResponseMap {
  forecast: ForecastResult;
}

export type { ForecastResult };
export type { SeriesForecast, ForecastDay, DayValue, PeriodProjection, Backtest, BacktestMonth, RecurringCharge } from '../engines/forecast/result.ts';
export type { ForecastSpec, ForecastSpecInput } from '../engines/forecast/spec.ts';
