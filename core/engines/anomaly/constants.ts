// Domain words and fixed numbers of the anomaly engine, named once (SPEC.md says why each is so).

/** The whole workspace's series: its scope is empty ({}). */
export const TOTAL_DIMENSION = 'total';
/** Series dimensions watched by default (pivot dimension names); the owner tag and every cost category are added. */
export const SERIES_DIMENSIONS = ['ServiceName', 'SubAccountName', 'RegionId', 'x_UsageType'] as const;
/** The tag key that names a cost's owner, watched as `tag:<key>`. */
export const DEFAULT_OWNER_TAG = 'Team';
/** Dimensions an anomaly's change is decomposed into (root causes), coarse first: ties go to the first. */
export const CAUSE_DIMENSIONS = ['SubAccountName', 'ServiceName', 'RegionId', 'x_UsageType', 'ResourceId'] as const;
export type CauseDimension = (typeof CAUSE_DIMENSIONS)[number];
/** The finest cause (account, service, region, usage type): one incident has one, shared by every series that saw it. */
export const SIGNATURE_DIMENSIONS = ['SubAccountName', 'ServiceName', 'RegionId', 'x_UsageType'] as const;

/** Which charges are watched: usage (ChargeCategory Usage: the default, as fees, tax and credits follow contracts) or all. */
export const CHARGE_SCOPES = ['usage', 'all'] as const;
export type ChargeScope = (typeof CHARGE_SCOPES)[number];
export const USAGE_CATEGORY = 'Usage';
/** FOCUS CommitmentDiscountStatus of unused commitment, left out of usage (the commitments engine's subject). */
export const UNUSED_COMMITMENT_STATUS = 'Unused';
/** Internal series of each (account, service) pair: an incident whose pair did not grow is a mix shift (a migration). */
export const PAIR_DIMENSION = 'pair';
/** An incident is raised only when its (account, service) grew by at least this share of its top cause. */
export const MIX_SHIFT_SHARE = 0.5;
/** Leaf cause values are JSON arrays of the signature's columns. */
export const LEAF_CAUSE = 'leaf';

/** Same-weekday values (weeks back) whose median is the expected value. */
export const EXPECTED_WEEKS = 4;
/** Same-weekday values (weeks back) whose median absolute deviation is the noise. */
export const NOISE_WEEKS = 8;
/** MAD × this = one standard deviation of normal noise. */
export const MAD_TO_SIGMA = 1.4826;
/** Noise is never taken below this share of the expected value, nor below NOISE_FLOOR dollars. */
export const NOISE_FLOOR_SHARE = 0.05;
export const NOISE_FLOOR = 1;
/** Anomalous days of one series at most this many days apart are one anomaly. */
export const MERGE_GAP_DAYS = 2;

export const DEFAULT_THRESHOLDS = {
  /**
   * Dollars above expected over the anomaly's days. Half of $100, the figure analysts think in:
   * a threshold decides nothing near the sizes it is tested at (SPEC.md, "Thresholds"); the
   * truth bills' smallest injected anomaly ($83-100) passes it with room, not by cents.
   */
  minImpact: 50,
  /** Impact as a share of expected, in percent. */
  minImpactPct: 20,
  /** A day must cost at least this (the minimum cost floor). */
  minDailyCost: 10,
  /** Deviations of noise above expected (the band's half-width is this × σ). */
  minScore: 4,
} as const;

/** Root causes kept per dimension, and in all. */
export const CAUSES_PER_DIMENSION = 5;
export const MAX_ROOT_CAUSES = 10;

/** Days of history before and after an anomaly that its detail's chart shows. */
export const DETAIL_DAYS_BEFORE = 56;
export const DETAIL_DAYS_AFTER = 14;

export const FEEDBACK_VERDICTS = ['yes', 'no', 'planned'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];
/** Verdicts whose pattern (the incident's signature) is not raised again. */
export const SUPPRESSING_VERDICTS: readonly FeedbackVerdict[] = ['no', 'planned'];

/** Exit code of `anomalies --fail-on-new` when a new anomaly was found (for cron). */
export const NEW_ANOMALY_EXIT_CODE = 3;
/** Record ids: this prefix + the first hex digits of a SHA-256 of the signature and start day. */
export const ID_PREFIX = 'an-';
export const ID_HEX_DIGITS = 16;
