// Anomalies found on a generated bill judged against its truth.json (core/synth), shared by the
// truth test (test/integration/anomaly-synth.test.ts) and the bench (test/bench/anomaly.bench.ts).
// - A found anomaly matches an injected anomaly when their days overlap and its signature names
//   the truth's account and service; its top-1 root cause is right when it names the truth's
//   account, service, usage type, region or one of its resources.
// - A found anomaly matches a declared change (truth.changes) when its signature names the
//   change's account, service and usage type and it starts within CHANGE_WINDOW_DAYS of the
//   change: a launch (effect `increase`) is a planned cost an analyst marks so, set apart from
//   precision; a migration (`neutral`) or a retirement (`decrease`) must not be raised.
import type { Anomaly } from '../../core/engines/anomaly/index.ts';
import type { TruthDoc } from '../../core/synth/truth-doc.ts';

/** A level shift's anomaly starts on the day its change does (a day late at most, at hourly grain). */
const CHANGE_WINDOW_DAYS = 2;
const MS_PER_DAY = 86_400_000;

export interface TruthScore {
  precision: number;
  recall: number;
  rootCauseTop1: number;
  /** Anomalies judged (found minus those matching a declared change). */
  judged: number;
  /** Per declared change: how many found anomalies match it. */
  changes: { id: string; effect: string; found: number }[];
}

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY;

export function matchesChange(a: Anomaly, c: TruthDoc['changes'][number]): boolean {
  const s = a.signature;
  return s.SubAccountName === c.accountName && s.ServiceName === c.serviceName && (c.usageType === null || s.x_UsageType === c.usageType)
    && Math.abs(day(a.start) - day(c.start)) <= CHANGE_WINDOW_DAYS;
}

export function scoreAgainstTruth(found: readonly Anomaly[], truth: TruthDoc): TruthScore {
  const declared = (a: Anomaly) => truth.changes.some((c) => matchesChange(a, c));
  const judged = found.filter((a) => !declared(a));
  const match = (a: Anomaly) => truth.anomalies.find((t) => a.start < t.end.slice(0, 10) && a.end >= t.start.slice(0, 10) && a.signature.SubAccountName === t.accountName && a.signature.ServiceName === t.serviceName);
  const hits = judged.filter((a) => match(a));
  const foundIds = new Set(hits.map((a) => match(a)!.id));
  const right = hits.filter((a) => {
    const t = match(a)!;
    const c = a.rootCauses[0];
    return c !== undefined && [t.accountName, t.serviceName, t.usageType, t.regionId, ...t.resourceIds].includes(c.value);
  });
  return {
    precision: judged.length ? hits.length / judged.length : 1,
    recall: truth.anomalies.length ? foundIds.size / truth.anomalies.length : 1,
    rootCauseTop1: hits.length ? right.length / hits.length : 1,
    judged: judged.length,
    changes: truth.changes.map((c) => ({ id: c.id, effect: c.effect, found: found.filter((a) => matchesChange(a, c)).length })),
  };
}
