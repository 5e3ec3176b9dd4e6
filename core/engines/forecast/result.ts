// What a forecast answers: plain JSON, money in currency units rounded to cents (forecasts are
// estimates; history is the exact daily sum rounded to cents).
import type { Schedule } from './recurring.ts';
import type { SeriesMethod } from './constants.ts';
import type { ForecastSpec } from './spec.ts';

export interface DayValue {
  date: string;
  value: number;
}

export interface ForecastDay extends DayValue {
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface PeriodProjection {
  /** 2026-03, 2026-Q1, 2026 */
  period: string;
  from: string;
  to: string;
  /** Cost of the period's days up to the last day with data. */
  actual: number;
  /** Forecast of the rest of the period. */
  rest: number;
  value: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface BacktestMonth {
  month: string;
  actual: number;
  forecast: number;
  seasonalNaive: number;
}

export interface Backtest {
  months: BacktestMonth[];
  /** Mean absolute percentage error of the month totals, in percent. */
  mapeMonthly: number;
  /** Share of the backtest days whose actual daily cost lay inside the band, in percent. */
  coverage80: number;
  coverage95: number;
  naiveMapeMonthly: number;
  days: number;
  /** The sentence shown beside the forecast. */
  summary: string;
}

export interface RecurringCharge {
  label: string;
  schedule: Schedule;
  /** The next due amount. */
  amount: number;
  /** A fee that follows spend (tax, usage-based support): its share of the month's usage-driven cost; null for a flat fee. */
  shareOfUsage: number | null;
  next: string | null;
  endsOn: string | null;
  ended: string | null;
}

export interface SeriesForecast {
  /** The `by` value of this series (null without `by`, or for lines without a value). */
  key: string | null;
  method: SeriesMethod;
  /** Set when the projection is not a model's forecast (short history), in words. */
  message: string | null;
  /** First day at a new level, when the model found one. */
  levelShift: string | null;
  history: DayValue[];
  forecast: ForecastDay[];
  periodEnd: { month: PeriodProjection; quarter: PeriodProjection; year: PeriodProjection };
  backtest: Backtest | null;
  backtestMessage: string | null;
  recurring: RecurringCharge[];
}

export interface ForecastResult {
  spec: ForecastSpec;
  basis: ForecastSpec['basis'];
  /** The last day with data (the day before `asOf` at most); the forecast starts the day after. */
  lastDay: string;
  series: SeriesForecast[];
}
