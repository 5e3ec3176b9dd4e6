// What the anomaly engine answers: plain JSON, money rounded to cents (expected values are
// estimates, see SPEC.md), days as YYYY-MM-DD (end inclusive).
import type { PivotSpecInput } from '../pivot/spec.ts';
import type { FeedbackVerdict } from './constants.ts';
import type { AnomalySpec } from './spec.ts';

export interface RootCause {
  dimension: string;
  value: string;
  /** Dollars of the anomaly's change this value accounts for (its cost − its expected cost). */
  impact: number;
}

export interface Feedback {
  verdict: FeedbackVerdict;
  note: string | null;
  at: string;
}

export interface Anomaly {
  /** Stable: the same incident on the same data has the same id (SHA-256 of its signature and start). */
  id: string;
  start: string;
  end: string;
  /** The series it was found in: {} for the whole workspace, else {dimension: value}. */
  scope: Record<string, string>;
  actual: number;
  expected: number;
  impact: number;
  /** Impact ÷ expected × 100; null when nothing was expected (a new cost). */
  impactPct: number | null;
  /** The largest day's excess in noise deviations (σ). */
  score: number;
  rootCauses: RootCause[];
  /** The incident's finest cause: account, service, region, usage type (the pattern feedback applies to). */
  signature: { SubAccountName: string | null; ServiceName: string | null; RegionId: string | null; x_UsageType: string | null };
  /** Every series that saw the same incident (this one first). */
  seenIn: { dimension: string; value: string }[];
  feedback: Feedback | null;
  /** Matches a pattern marked `no` or `planned` on another anomaly (listed only with includeSuppressed). */
  suppressed: boolean;
  /** First recorded by this call. */
  isNew: boolean;
}

export interface AnomalyResult {
  spec: AnomalySpec;
  /** The last day with data. */
  lastDay: string | null;
  anomalies: Anomaly[];
  /** Anomalies not listed because they match a dismissed or planned pattern. */
  suppressedCount: number;
  /** Incidents not raised because their account and service did not grow (one usage replaced another). */
  mixShiftCount: number;
}

export interface AnomalyDay {
  date: string;
  actual: number;
  expected: number | null;
  lower: number | null;
  upper: number | null;
  anomalous: boolean;
}

export interface AnomalyDetail {
  anomaly: Anomaly;
  /** The scope's daily cost with the expected value and the band, from DETAIL_DAYS_BEFORE before to DETAIL_DAYS_AFTER after. */
  series: AnomalyDay[];
  /** Explore on the cause: the scope as filters, the root-cause dimensions as rows, by day over the chart's days. */
  explore: PivotSpecInput;
}

export interface FeedbackResult {
  id: string;
  feedback: Feedback;
}
