// Domain words and fixed numbers of the forecast engine, named once (SPEC.md says why each is so).

export const FORECAST_METHODS = ['seasonal-trend', 'mstl-ets'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];
/** What a series too short for a model gets instead, labelled as such in the result. */
export const NAIVE_METHOD = 'naive-mean';
export type SeriesMethod = ForecastMethod | typeof NAIVE_METHOD;

/** Under this many days of usage history there is no model, only a labelled naive projection. */
export const MIN_HISTORY_DAYS = 21;
/** Days the naive projection averages. */
export const NAIVE_DAYS = 7;
/** The fit window: 12 weeks. */
export const FIT_WINDOW_DAYS = 84;
/** A trend is claimed only with at least this many days in the window. */
export const MIN_TREND_DAYS = 28;
/** Level shifts: the change must exceed this many noise deviations and this share of the level. */
export const SHIFT_SIGMAS = 6;
export const SHIFT_MIN_SHARE = 0.05;
/** Days compared before a candidate shift, and the week after it. */
export const SHIFT_BEFORE_DAYS = 14;
export const SHIFT_AFTER_DAYS = 7;
/** The robust pass drops days further than this many residual deviations (spikes). */
export const OUTLIER_SIGMAS = 4;

/** The bands are checked on the last 4 weeks, forecast from before them (seasonal-trend.ts). */
export const CALIBRATION_DAYS = 28;
/** Two-sided normal quantiles of the bands. */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

/** Rolling-origin backtest: at most this many whole months. */
export const BACKTEST_MONTHS = 6;

/** A recurring stream is daily when it has rows on this share of the last 28 days of its life. */
export const DAILY_STREAM_SHARE = 0.5;
export const DAILY_STREAM_MIN_DAYS = 7;

/** FOCUS values that make a row a recurring charge (projected on its own schedule). */
export const TAX_CATEGORY = 'Tax';
export const RECURRING_FREQUENCY = 'Recurring';

export const MAX_HORIZON_DAYS = 366;
export const DEFAULT_HORIZON_DAYS = 30;
