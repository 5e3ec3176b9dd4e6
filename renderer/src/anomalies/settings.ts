// The detection settings as typed in the form: text per threshold, checked before a detection is
// asked for (so a typo is named beside its field, not refused by core), and turned into the spec.
import type { AnomalySpecInput } from '../../../core/api/anomaly-contract.ts';
import { THRESHOLD_FIELDS, type Thresholds } from './words.ts';

export type ThresholdDraft = Record<keyof Thresholds, string>;

export function draftOf(t: Thresholds): ThresholdDraft {
  return { minImpact: String(t.minImpact), minImpactPct: String(t.minImpactPct), minDailyCost: String(t.minDailyCost), minScore: String(t.minScore) };
}

/** The thresholds of a draft, or the problem of each field that is not a number in range. */
export function readDraft(draft: ThresholdDraft): { thresholds: Thresholds } | { problems: Partial<Record<keyof Thresholds, string>> } {
  const problems: Partial<Record<keyof Thresholds, string>> = {};
  const out: Partial<Thresholds> = {};
  for (const f of THRESHOLD_FIELDS) {
    const text = draft[f.key].trim();
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) problems[f.key] = 'Type a number.';
    else if (n < 0 || n > f.max) problems[f.key] = `Between 0 and ${f.max.toLocaleString('en-US')}.`;
    else out[f.key] = n;
  }
  return Object.keys(problems).length ? { problems } : { thresholds: out as Thresholds };
}

/** null thresholds: the engine's defaults (the answer says what they are). */
export function detectionSpec(thresholds: Thresholds | null): AnomalySpecInput {
  return thresholds ? { kind: 'anomalies', thresholds } : { kind: 'anomalies' };
}
