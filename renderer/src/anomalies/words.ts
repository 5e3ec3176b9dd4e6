// The Anomalies view's words: an anomaly's scope, days and review status as an analyst reads
// them, the feedback verdicts, and the limits of the detection settings.
import type { Anomaly, AnomalySpec } from '../../../core/api/anomaly-contract.ts';
import { dimensionLabel } from '../explore/labels.ts';

/** The engine's name for the whole workspace's series (core/engines/anomaly/constants.ts). */
export const TOTAL_DIMENSION = 'total';
export const ALL_SPEND = 'All spend';

export type Verdict = NonNullable<Anomaly['feedback']>['verdict'];
export type Status = Verdict | 'unreviewed';
export type Thresholds = AnomalySpec['thresholds'];

/** Feedback buttons, in the order AWS Cost Anomaly Detection asks them. */
export const VERDICTS: readonly { verdict: Verdict; label: string; help: string }[] = [
  { verdict: 'yes', label: 'Yes, an anomaly', help: 'A real surprise: keep raising this pattern' },
  { verdict: 'no', label: 'No, not an anomaly', help: 'Normal for this scope: this pattern is not raised again' },
  { verdict: 'planned', label: 'Planned', help: 'An expected change (a launch, a migration, a test): this pattern is not raised again' },
];

/** "Marked …" after feedback. */
export const MARKED: Record<Verdict, string> = { yes: 'as a real anomaly', no: 'not an anomaly', planned: 'planned' };

export const STATUS_LABEL: Record<Status, string> = { unreviewed: 'Not reviewed', yes: 'Confirmed', no: 'Not an anomaly', planned: 'Planned' };
export const STATUS_FILTERS: readonly { id: Status | 'all'; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'unreviewed', label: STATUS_LABEL.unreviewed },
  { id: 'yes', label: STATUS_LABEL.yes },
  { id: 'no', label: STATUS_LABEL.no },
  { id: 'planned', label: STATUS_LABEL.planned },
];

export function statusOf(a: Pick<Anomaly, 'feedback'>): Status {
  return a.feedback?.verdict ?? 'unreviewed';
}

/** The series an anomaly was found in: "All spend" or "ServiceName = Amazon EC2". */
export function scopeText(scope: Anomaly['scope']): string {
  const entry = Object.entries(scope)[0];
  return entry ? `${dimensionLabel(entry[0])} = ${entry[1]}` : ALL_SPEND;
}

/** The dimension an anomaly was found in (TOTAL_DIMENSION for all spend). */
export function scopeDimension(scope: Anomaly['scope']): string {
  return Object.keys(scope)[0] ?? TOTAL_DIMENSION;
}

export function dimensionName(dimension: string): string {
  return dimension === TOTAL_DIMENSION ? ALL_SPEND : dimensionLabel(dimension);
}

/** One day, or first – last (inclusive, as the engine gives them). */
export function rangeText(a: Pick<Anomaly, 'start' | 'end'>): string {
  return a.start === a.end ? a.start : `${a.start} – ${a.end}`;
}

export function dayCount(a: Pick<Anomaly, 'start' | 'end'>): number {
  return Math.round((Date.parse(`${a.end}T00:00:00Z`) - Date.parse(`${a.start}T00:00:00Z`)) / 86_400_000) + 1;
}

export function anomalyTitle(a: Pick<Anomaly, 'scope' | 'start' | 'end'>): string {
  return `${scopeText(a.scope)} · ${rangeText(a)}`;
}

/** Upper limits of the settings, as the engine's spec schema (core/engines/anomaly/spec.ts) accepts them. */
export const THRESHOLD_FIELDS: readonly { key: keyof Thresholds; label: string; max: number; step: number; help: string }[] = [
  { key: 'minImpact', label: 'Minimum impact ($)', max: 1e12, step: 10, help: 'Dollars above expected over the anomaly’s days' },
  { key: 'minImpactPct', label: 'Minimum impact (%)', max: 1e6, step: 5, help: 'Impact as a share of the expected cost (a new cost always passes)' },
  { key: 'minDailyCost', label: 'Daily cost floor ($)', max: 1e12, step: 5, help: 'A day must cost at least this to count' },
  { key: 'minScore', label: 'Band width (σ)', max: 1000, step: 0.5, help: 'How many deviations of normal noise above expected a day must be: the band is expected ± this × σ' },
];
