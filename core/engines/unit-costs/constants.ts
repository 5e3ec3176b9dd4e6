// Domain words of unit economics, named once. The contract, the engine, the pivot measure, the CLI
// and the view all read them from here.

/** The periods a unit cost is computed over. */
export const UNIT_COST_GRAINS = ['day', 'month'] as const;
export type UnitCostGrain = (typeof UNIT_COST_GRAINS)[number];

/**
 * How a metric's values are dated: a volume per day, or one value per month (monthly active
 * users on the 1st), whose unit cost is the month's cost ÷ the month's value, never spread per day.
 */
export const METRIC_GRAIN = { day: 'day', month: 'month' } as const;
export const METRIC_GRAINS = [METRIC_GRAIN.day, METRIC_GRAIN.month] as const;
export type MetricGrain = (typeof METRIC_GRAINS)[number];

/** What a unit cost can be split by: the owner tag (as anomalies and chargeback find it) or the FOCUS ServiceName. */
export const UNIT_COST_BY = ['owner', 'service'] as const;
export type UnitCostBy = (typeof UNIT_COST_BY)[number];

/** Explore's measure for cost ÷ the volume of a metric: `unitCost:transactions`. */
export const UNIT_COST_MEASURE_PREFIX = 'unitCost:';

/** The columns of an import, CSV header or JSON keys (case-insensitive). */
export const METRIC_COLUMNS = { date: 'date', metric: 'metric', value: 'value', owner: 'owner', service: 'service', grain: 'grain' } as const;
export const REQUIRED_METRIC_COLUMNS = [METRIC_COLUMNS.date, METRIC_COLUMNS.metric, METRIC_COLUMNS.value] as const;
export const OPTIONAL_METRIC_COLUMNS = [METRIC_COLUMNS.owner, METRIC_COLUMNS.service, METRIC_COLUMNS.grain] as const;

/** A metric name is a word a person types in `unitCost:<metric>` (a pivot measure is at most 64 characters): letters, digits, `_ - .`. */
export const METRIC_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;
export const MAX_METRIC_NAME_CHARS = 50;
export const MAX_KEY_CHARS = 500;

/** An import sent as text over the API (the browser) is at most this long; larger files go by path or the CLI. */
export const MAX_IMPORT_TEXT_CHARS = 20_000_000;
/** A file imported by path is at most this many bytes. */
export const MAX_IMPORT_FILE_BYTES = 200_000_000;

/**
 * Unit costs are ratios, not money: rounded to this many decimal places (a cost per request of
 * $0.000012 must not print as 0). Cost and volume themselves stay exact (cost in cents).
 */
export const UNIT_COST_DECIMALS = 6;
/** Month-over-month (or day-over-day) change, a fraction, rounded to this many decimals (0.1234 = +12.34%). */
export const CHANGE_DECIMALS = 4;
/** A volume has at most this many decimals (business_metrics.value is DECIMAL(38, 6)). */
export const VOLUME_DECIMALS = 6;
/** What an owner or service column holds on a row that names none (the table's key cannot hold NULL). */
export const NO_KEY = '';
