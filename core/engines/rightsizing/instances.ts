// SPEC.md steps 2-8 for the instances billed in the lookback: their metrics, their bill, the
// catalog, each assessed (assess.ts) or set aside with the reason, and the warnings those reasons
// make. `run` assesses every instance; `rightsizeDetail` the same code narrowed to one instance
// (its metrics and bill rows only, the on-demand rates of its region), so both give the same answer.
import type { Db } from '../../store/db.ts';
import { Metric, MIN_CONFIDENT_DAYS } from './constants.ts';
import { assess, type AssessContext, type Utilization } from './assess.ts';
import { readCatalog, type Catalog, type InstanceTypeFacts } from './instance-types.ts';
import { rateKey, readBilledInstances, readOnDemandRates } from './read-bill.ts';
import { readMetrics, type MetricSummary, type ResourceMetrics, type Window } from './read-metrics.ts';
import type { Recommendation } from './result.ts';
import type { RightsizeSpec } from './spec.ts';
import { plural, sample, were } from './words.ts';

/** Why a billed instance got no assessment (each becomes a warning of the list, a note of the detail). */
export const SkipReason = {
  noCpu: 'no-cpu',
  noMaximum: 'no-maximum',
  unknownType: 'unknown-type',
  badPercent: 'bad-percent',
} as const;
export type SkipReason = (typeof SkipReason)[keyof typeof SkipReason];

export interface InstanceAssessment {
  recommendations: Recommendation[];
  warnings: string[];
  /** Instances assessed (whether or not a change is advised). */
  assessed: Set<string>;
  skipped: Map<string, { reason: SkipReason; type: string }>;
  /** Instances with CPU metrics and no instance-hours in the bill (not narrowed runs only). */
  unbilled: string[];
  /** What the RDS step (rds.ts) reads too: the metrics read and the catalog and rates. */
  metrics: ResourceMetrics;
  ctx: AssessContext;
}

/** Bytes a day, in + out, over the days either was measured; null when either is missing. */
function networkPerDay(m: Map<string, MetricSummary>): number | null {
  const inn = m.get(Metric.networkIn);
  const out = m.get(Metric.networkOut);
  if (!inn || !out || inn.total === null || out.total === null) return null;
  return (inn.total + out.total) / Math.max(inn.days, out.days, 1);
}

/** The public on-demand rate of a type in a region from the bill, or another size of its family scaled by normalization factors. */
export function onDemandRateOf(catalog: Catalog, rates: Map<string, number>) {
  return (region: string | null, t: InstanceTypeFacts, scope?: string): number | null => {
    const exact = rates.get(rateKey(region, t.type, scope));
    if (exact !== undefined) return exact;
    if (t.nf === null) return null;
    for (const other of catalog.byFamily.get(t.family) ?? []) {
      const r = rates.get(rateKey(region, other.type, scope));
      if (r !== undefined && other.nf !== null) return (r / other.nf) * t.nf;
    }
    return null;
  };
}

/**
 * Every instance billed in the lookback, less the `ended` ones (stopped before it: their storage
 * is assessed apart), or only `resourceId` when given.
 */
export async function assessInstances(db: Db, spec: RightsizeSpec, window: Window, ended: ReadonlySet<string>, resourceId?: string): Promise<InstanceAssessment> {
  const [metrics, billed, catalog] = [await readMetrics(db, window, spec.percentile, spec.includeMemory, resourceId), await readBilledInstances(db, spec, window, resourceId), await readCatalog(db)];
  // One instance needs only its own region's rates (its family's sizes and newer generations there).
  const one = resourceId === undefined ? null : billed.get(resourceId);
  const rates = resourceId === undefined ? await readOnDemandRates(db) : one ? await readOnDemandRates(db, { region: one.region }) : new Map<string, number>();
  const ctx: AssessContext = { catalog, headroomPct: spec.headroomPct, onDemandRate: onDemandRateOf(catalog, rates) };

  const out: InstanceAssessment = { recommendations: [], warnings: [], assessed: new Set(), skipped: new Map(), unbilled: [], metrics, ctx };
  const skip = (id: string, type: string, reason: SkipReason) => out.skipped.set(id, { reason, type });
  let short = 0;
  for (const inst of billed.values()) {
    if (ended.has(inst.resourceId)) continue;
    const m = metrics.get(inst.resourceId);
    const cpu = m?.get(Metric.cpu);
    if (!m || !cpu || cpu.percentile === null || cpu.peak === null) {
      skip(inst.resourceId, inst.type, cpu?.missingMaximum ? SkipReason.noMaximum : SkipReason.noCpu);
      continue;
    }
    const current = catalog.byType.get(inst.type);
    if (!current) {
      skip(inst.resourceId, inst.type, SkipReason.unknownType);
      continue;
    }
    const mem = m.get(Metric.memory);
    if (cpu.peak > 100 || (mem?.peak ?? 0) > 100) {
      skip(inst.resourceId, inst.type, SkipReason.badPercent);
      continue;
    }
    const u: Utilization = { days: cpu.days, cpu: cpu.percentile, cpuMax: cpu.peak, memory: mem?.percentile ?? null, memoryMax: mem?.peak ?? null, networkBytesPerDay: networkPerDay(m) };
    if (u.days < MIN_CONFIDENT_DAYS) short++;
    out.assessed.add(inst.resourceId);
    const rec = assess(inst, current, u, ctx);
    if (rec) out.recommendations.push(rec);
  }
  if (resourceId === undefined && !spec.accounts?.length && !spec.tag) {
    out.unbilled = [...metrics.keys()].filter((id) => id.startsWith('i-') && metrics.get(id)?.has(Metric.cpu) && !billed.has(id)).sort();
  }
  out.warnings = instanceWarnings(out, short);
  return out;
}

function instanceWarnings(a: InstanceAssessment, short: number): string[] {
  const ids = (reason: SkipReason) => [...a.skipped].filter(([, s]) => s.reason === reason).map(([id]) => id).sort();
  const noCpu = [...ids(SkipReason.noCpu), ...ids(SkipReason.noMaximum)].sort();
  const noMaximum = ids(SkipReason.noMaximum);
  const unknownTypes = [...new Set([...a.skipped.values()].filter((s) => s.reason === SkipReason.unknownType).map((s) => s.type))].sort();
  const badPercent = ids(SkipReason.badPercent);
  const warnings: string[] = [];
  if (noCpu.length) warnings.push(`${plural(noCpu.length, 'instance')} billed in the lookback had no CPUUtilization maximum in it and ${were(noCpu.length)} not assessed (${sample(noCpu)}): ingest their CloudWatch metrics.`);
  if (noMaximum.length) warnings.push(`${plural(noMaximum.length, 'instance')} had CPU metrics without the Maximum statistic (${sample(noMaximum)}): export Maximum as well.`);
  if (unknownTypes.length) warnings.push(`Instance types not in the catalog, not assessed: ${unknownTypes.join(', ')}.`);
  if (badPercent.length) warnings.push(`${plural(badPercent.length, 'instance')} reported a percentage above 100 (${sample(badPercent)}) and ${were(badPercent.length)} not assessed: check the metric file's units.`);
  if (short) warnings.push(`${plural(short, 'instance')} had fewer than ${MIN_CONFIDENT_DAYS} days of metrics: their recommendations are high risk.`);
  if (a.unbilled.length) warnings.push(`${plural(a.unbilled.length, 'instance')} with metrics had no instance-hours in the bill (${sample(a.unbilled)}): their type and price are unknown, so ${a.unbilled.length === 1 ? 'it was' : 'they were'} not assessed.`);
  return warnings;
}

/** The detail's note for an instance set aside, in the words of the list's warning. */
export function skipNote(reason: SkipReason, type: string): string {
  switch (reason) {
    case SkipReason.noCpu:
      return 'Not assessed: the instance is billed in the lookback but has no CPUUtilization maximum in it. Ingest its CloudWatch metrics.';
    case SkipReason.noMaximum:
      return 'Not assessed: its CPU metrics lack the Maximum statistic. Export Maximum as well.';
    case SkipReason.unknownType:
      return `Not assessed: its type ${type} is not in the instance catalog.`;
    case SkipReason.badPercent:
      return "Not assessed: it reported a percentage above 100. Check the metric file's units.";
  }
}
