// The forecast engine's one public face. See README.md (what and where) and SPEC.md (the method).
export { run, parseForecastSpec } from './run.ts';
export { forecastSpecSchema, type ForecastSpec, type ForecastSpecInput } from './spec.ts';
export type { ForecastResult, SeriesForecast, ForecastDay, DayValue, PeriodProjection, Backtest, BacktestMonth, RecurringCharge } from './result.ts';
export { ForecastErrorCode } from './errors.ts';
export * from './constants.ts';
export { forecastRanges, lastDayWithData, type DayRange, type RangeDay, type RangeForecast, type RangesResult } from './range.ts';
