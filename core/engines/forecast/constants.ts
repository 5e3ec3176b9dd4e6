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
/** Level shifts: the step must exceed this many of its own standard errors (from the robust noise) and this share of the level. */
export const SHIFT_SIGMAS = 6;
export const SHIFT_MIN_SHARE = 0.02;
/** A step needs this many days of the fit window before it, and this many days after it. */
export const SHIFT_MIN_BEFORE_DAYS = 7;
export const SHIFT_MIN_AFTER_DAYS = 3;
/** A step seen on fewer days than this must be above (or below) the fit on every one of them. */
export const SHIFT_STEADY_DAYS = 7;
/** At most this many steps in the fit window. */
export const MAX_SHIFTS = 3;
/** The robust pass drops days further than this many residual deviations (spikes). */
export const OUTLIER_SIGMAS = 4;

/** The bands come from the errors of 4-week forecasts made at up to 3 earlier origins (calibration.ts). */
export const CALIBRATION_DAYS = 28;
export const CALIBRATION_ORIGINS = 3;
/** Two-sided normal quantiles of the bands. */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

/** Bands sized by the backtest's own errors need at least this many days of them (backtest.ts). */
export const MIN_CONFORMAL_DAYS = 28;

/** Rolling-origin backtest: at most this many whole months. */
export const BACKTEST_MONTHS = 6;

/** A recurring stream is daily when it has rows on this share of the last 28 days of its life. */
export const DAILY_STREAM_SHARE = 0.5;
export const DAILY_STREAM_MIN_DAYS = 7;

/**
 * AWS support plans (Developer, Business, Enterprise On-Ramp, Enterprise) are priced as a share of
 * the month's AWS charges (tiered, with a minimum): like tax, a share of spend by nature, so even
 * one month of history projects them as a share (recurring.ts). Matched on ServiceName's start.
 */
export const SUPPORT_SERVICE_PREFIX = 'AWS Support';

/** A fee that follows spend: its share is the median over this many of its last months. */
export const SHARE_MONTHS = 3;

/**
 * Pricing units charged per month (lower case, SQL LIKE): storage in GB-Mo, IOPS-Mo, metric-months.
 * AWS bills them by the hour as the month's rate ÷ the month's hours, so a day of a 28-day month
 * costs 31/28 of a day of a 31-day month while the month's total stays put (month-length.ts).
 */
export const MONTHLY_UNIT_PATTERNS = ['%-mo', '%-month', '%-months', '%month%'] as const;
/** The mean month, in days (365.25 ÷ 12). */
export const MEAN_MONTH_DAYS = 30.4375;

/** FOCUS values that make a row a recurring charge (projected on its own schedule). */
export const TAX_CATEGORY = 'Tax';
export const RECURRING_FREQUENCY = 'Recurring';
export const ONE_TIME_FREQUENCY = 'One-Time';
/** One-time rows of this category (upfront fees) raise the month's tax and support: see read-series.ts `purchased`. */
export const PURCHASE_CATEGORY = 'Purchase';
/** A commitment's unused part (a Usage row in FOCUS 1.2): projected with its fee, not as usage. */
export const UNUSED_COMMITMENT_STATUS = 'Unused';
/** Usage a commitment covered (and its negation): priced at the commitment's rate until the commitment ends (commitments.ts). */
export const USED_COMMITMENT_STATUS = 'Used';
export const USAGE_CATEGORY = 'Usage';

export const MAX_HORIZON_DAYS = 366;
export const DEFAULT_HORIZON_DAYS = 30;
