// The review pack's fixed words and sizes, named once.
import { MEASURE } from '../engines/pivot/constants.ts';

/** The pivot measures a month-over-month figure reads: the month's cost and its change. */
export const CHANGE_MEASURES = [MEASURE.cost, MEASURE.change, MEASURE.changePct] as const;

/** How many rows a slide's table and chart show (the deck is read in a meeting, not searched). */
export const TOP_ROWS = 10;

/** The tag key read as the owner, as the anomaly engine watches it by default. */
export { DEFAULT_OWNER_TAG as OWNER_TAG } from '../engines/anomaly/constants.ts';

/** The lookback of the commitment recommendation on the savings slide, days before the month's end. */
export const COMMITMENT_LOOKBACK_DAYS = 30;

/** How many months of unit-cost trend the unit-costs slide charts (the month and those before it). */
export const UNIT_COST_TREND_MONTHS = 6;
/** At most this many business metrics get a row and a line. */
export const MAX_UNIT_METRICS = 6;

export const SLIDE_TITLES = {
  title: 'Monthly cloud cost review',
  'total-vs-budget': 'Month total vs budget and forecast',
  'month-over-month': 'Month over month by service and owner',
  'top-movers': 'Top movers and their cause',
  anomalies: 'Anomalies',
  'tag-coverage': 'Tag coverage vs target',
  commitments: 'Commitments: utilization, coverage, expiries',
  savings: 'Savings opportunities',
  'unit-costs': 'Unit costs',
} as const;

/** The command line's name in the notes' commands. */
export const CLI = 'finops-workbench';
/** The workspace in the notes' commands: the reader substitutes their own file. */
export const DB_PLACEHOLDER = 'W';
