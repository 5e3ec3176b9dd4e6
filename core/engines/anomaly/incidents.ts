// SPEC.md step 5: one incident, one anomaly. Series anomalies whose top leaf cause (account ×
// service × region × usage type) is the same and whose days overlap are one incident, reported
// once, in the series where it stands out most (highest score), with the others in `seenIn`.
// An incident whose (account, service) did not grow by MIX_SHIFT_SHARE of its top cause is a mix
// shift (m5 replaced by m6i), not raised.
import { createHash } from 'node:crypto';
import { CAUSE_DIMENSIONS, ID_HEX_DIGITS, ID_PREFIX, LEAF_CAUSE, MAX_ROOT_CAUSES, MIX_SHIFT_SHARE, TOTAL_DIMENSION } from './constants.ts';
import { isoOfDay } from './days.ts';
import type { PairExcess, SeriesEvent } from './detect.ts';
import type { Anomaly, RootCause } from './result.ts';
import type { Contribution } from './root-cause.ts';
import { pairValue } from './series.ts';

export type Incident = Omit<Anomaly, 'feedback' | 'suppressed' | 'isNew'> & { pattern: string };

const cents = (x: number): number => Math.round(x * 100) / 100;
const DIM_ORDER = new Map<string, number>(CAUSE_DIMENSIONS.map((d, i) => [d, i]));

function topLeaf(causes: readonly Contribution[]): Contribution | null {
  let best: Contribution | null = null;
  for (const c of causes) if (c.dimension === LEAF_CAUSE && (!best || c.impact > best.impact)) best = c;
  return best;
}

function rootCauseList(e: SeriesEvent, causes: readonly Contribution[]): RootCause[] {
  return causes
    .filter((c) => c.dimension !== LEAF_CAUSE && c.dimension !== e.dimension)
    .map((c) => ({ dimension: c.dimension, value: c.value, impact: cents(c.impact) }))
    .sort((a, b) => b.impact - a.impact || (DIM_ORDER.get(a.dimension) ?? 99) - (DIM_ORDER.get(b.dimension) ?? 99) || a.value.localeCompare(b.value))
    .slice(0, MAX_ROOT_CAUSES);
}

export function anomalyId(pattern: string, start: number): string {
  return ID_PREFIX + createHash('sha256').update(`${pattern}\u0000${isoOfDay(start)}`).digest('hex').slice(0, ID_HEX_DIGITS);
}

export interface Grouping {
  incidents: Incident[];
  mixShifts: number;
}

export function groupIncidents(events: readonly SeriesEvent[], causes: Map<number, Contribution[]>, pairExcess: PairExcess): Grouping {
  const byPattern = new Map<string, { event: SeriesEvent; causes: Contribution[]; leaf: Contribution | null }[]>();
  events.forEach((event, i) => {
    const c = causes.get(i) ?? [];
    const leaf = topLeaf(c);
    const pattern = leaf ? leaf.value : JSON.stringify({ [event.dimension]: event.value });
    const list = byPattern.get(pattern) ?? [];
    list.push({ event, causes: c, leaf });
    byPattern.set(pattern, list);
  });
  const incidents: Incident[] = [];
  let mixShifts = 0;
  for (const [pattern, members] of byPattern) {
    members.sort((a, b) => a.event.start - b.event.start);
    let group: typeof members = [];
    let groupEnd = -Infinity;
    const flush = () => {
      if (group.length === 0) return;
      const inc = toIncident(pattern, group, pairExcess);
      if (inc) incidents.push(inc);
      else mixShifts++;
      group = [];
    };
    for (const m of members) {
      // adjacent days count as overlapping: a spike seen on day d in one series and d+1 in another
      if (m.event.start > groupEnd + 1) {
        flush();
        groupEnd = -Infinity;
      }
      group.push(m);
      groupEnd = Math.max(groupEnd, m.event.end);
    }
    flush();
  }
  return { incidents: incidents.sort((a, b) => b.impact - a.impact || a.id.localeCompare(b.id)), mixShifts };
}

function toIncident(pattern: string, group: { event: SeriesEvent; causes: Contribution[]; leaf: Contribution | null }[], pairExcess: PairExcess): Incident | null {
  const rep = [...group].sort((a, b) => b.event.score - a.event.score || b.event.impact - a.event.impact || (a.event.dimension + a.event.value).localeCompare(b.event.dimension + b.event.value))[0]!;
  const e = rep.event;
  const leafValues = rep.leaf ? (JSON.parse(rep.leaf.value) as (string | null)[]) : [null, null, null, null];
  if (rep.leaf) {
    const pair = pairValue(leafValues[0] ?? null, leafValues[1] ?? null);
    let net = 0;
    for (let d = e.start; d <= e.end; d++) net += pairExcess(pair, d);
    if (net < MIX_SHIFT_SHARE * rep.leaf.impact) return null;
  }
  const start = Math.min(...group.map((g) => g.event.start));
  const seen = [rep, ...group.filter((g) => g !== rep)].map((g) => ({ dimension: g.event.dimension, value: g.event.value }));
  return {
    id: anomalyId(pattern, start),
    pattern,
    start: isoOfDay(e.start),
    end: isoOfDay(e.end),
    scope: e.dimension === TOTAL_DIMENSION ? {} : { [e.dimension]: e.value },
    actual: cents(e.actual),
    expected: cents(e.expected),
    impact: cents(e.impact),
    impactPct: e.expected > 0 ? Math.round((e.impact / e.expected) * 1000) / 10 : null,
    score: Math.round(e.score * 10) / 10,
    rootCauses: rootCauseList(e, rep.causes),
    signature: { SubAccountName: leafValues[0] ?? null, ServiceName: leafValues[1] ?? null, RegionId: leafValues[2] ?? null, x_UsageType: leafValues[3] ?? null },
    seenIn: seen,
  };
}
