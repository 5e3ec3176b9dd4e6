// The Forecast view's fixed words and choices, named once.
import type { SeriesForecast } from '../../../core/api/forecast-contract.ts';

/** Days ahead a person can pick; the engine allows up to 366. */
export const HORIZON_CHOICES = [
  { days: 14, label: '2 weeks' },
  { days: 30, label: '30 days' },
  { days: 60, label: '60 days' },
  { days: 90, label: '90 days' },
  { days: 180, label: '6 months' },
  { days: 365, label: '1 year' },
] as const;
export const DEFAULT_HORIZON = 30;

/** History the chart opens on; the rest is a scroll (or a drag of the slider) away. */
export const HISTORY_SHOWN_DAYS = 90;

/** The engine's name for the labelled naive projection of a short series (constants.ts). */
export const NAIVE_METHOD = 'naive-mean';

export const METHOD_LABEL: Record<string, string> = {
  'seasonal-trend': 'seasonal-trend model (weekly pattern, trend, level shifts)',
  'mstl-ets': 'MSTL with ETS',
  [NAIVE_METHOD]: 'naive projection (the mean of the last days, held flat)',
};

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_END_LABEL: Record<PeriodKind, string> = { month: 'Month end', quarter: 'Quarter end', year: 'Year end' };

/** True when the series is not a model's forecast but the short-history stand-in. */
export function isNaive(s: Pick<SeriesForecast, 'method' | 'message'>): boolean {
  return s.method === NAIVE_METHOD || s.message !== null;
}

/** What the forecast line is called: a naive projection never passes for a forecast. */
export function forecastWord(s: Pick<SeriesForecast, 'method' | 'message'>): string {
  return isNaive(s) ? 'Naive projection' : 'Forecast';
}
