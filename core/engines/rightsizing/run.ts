// The rightsizing engine's one entry: `run(db, spec)` → recommendations by monthly savings.
// SPEC.md gives the steps; each file says which one it is.

import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { ACTIONS, Metric, MIN_CONFIDENT_DAYS, type Action } from './constants.ts';
import { assess, type AssessContext, type Utilization } from './assess.ts';
import { noMetrics, RightsizingErrorCode } from './errors.ts';
import { readCatalog, type InstanceTypeFacts } from './instance-types.ts';
import { cents } from './price.ts';
import { rateKey, readBilledInstances, readOnDemandRates } from './read-bill.ts';
import { readMetrics, readWindow, type MetricSummary } from './read-metrics.ts';
import type { Recommendation, RightsizeResult } from './result.ts';
import { rightsizeSpecSchema, type RightsizeSpec, type RightsizeSpecInput } from './spec.ts';
import { readBillWindow } from './read-storage.ts';
import { assessVolumes } from './storage.ts';
import { assessSnapshots } from './snapshots.ts';
import { assessDatabases } from './rds.ts';
import { plural, sample, were } from './words.ts';

export function parseRightsizeSpec(input: unknown): RightsizeSpec {
  const parsed = rightsizeSpecSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `spec.${issue.path.join('.')}` : 'spec';
    throw new WorkbenchError(RightsizingErrorCode.RIGHTSIZE_BAD_SPEC, `${where}: ${issue?.message ?? 'invalid'}. A rightsize spec is {kind: 'rightsize', lookbackDays 1-93, percentile p90|p95|p99|p99.5|max, headroomPct 0-30, accounts?, tag?, includeMemory}.`, { path: issue?.path ?? [] });
  }
  return parsed.data;
}

/** Bytes a day, in + out, over the days either was measured; null when either is missing. */
function networkPerDay(m: Map<string, MetricSummary>): number | null {
  const inn = m.get(Metric.networkIn);
  const out = m.get(Metric.networkOut);
  if (!inn || !out || inn.total === null || out.total === null) return null;
  return (inn.total + out.total) / Math.max(inn.days, out.days, 1);
}


export async function run(db: Db, input: RightsizeSpecInput | RightsizeSpec): Promise<RightsizeResult> {
  const spec = parseRightsizeSpec(input);
  const window = await readWindow(db, spec.lookbackDays);
  if (!window) throw noMetrics();
  const [metrics, billed, catalog, rates] = [await readMetrics(db, window, spec.percentile, spec.includeMemory), await readBilledInstances(db, spec, window), await readCatalog(db), await readOnDemandRates(db)];

  const onDemandRate = (region: string | null, t: InstanceTypeFacts, scope?: string): number | null => {
    const exact = rates.get(rateKey(region, t.type, scope));
    if (exact !== undefined) return exact;
    // Another size of the family in the region, scaled by normalization factors.
    if (t.nf === null) return null;
    for (const other of catalog.byFamily.get(t.family) ?? []) {
      const r = rates.get(rateKey(region, other.type, scope));
      if (r !== undefined && other.nf !== null) return (r / other.nf) * t.nf;
    }
    return null;
  };
  const ctx: AssessContext = { catalog, headroomPct: spec.headroomPct, onDemandRate };
  // Volumes, snapshots and stopped instances' storage (SPEC.md "Storage still paying").
  const billWindow = await readBillWindow(db, window);
  const [volumes, snapshots] = [await assessVolumes(db, spec, window, billWindow), await assessSnapshots(db, spec, billWindow)];
  const databases = await assessDatabases(db, spec, window, metrics, ctx);

  const warnings: string[] = [];
  const recommendations: Recommendation[] = [];
  const noMetricsIds: string[] = [];
  const unknownTypes = new Set<string>();
  const badPercent: string[] = [];
  const missingMaximum: string[] = [];
  let short = 0;
  for (const inst of billed.values()) {
    if (volumes.endedInstanceIds.has(inst.resourceId)) continue;
    const m = metrics.get(inst.resourceId);
    const cpu = m?.get(Metric.cpu);
    if (!m || !cpu || cpu.percentile === null || cpu.peak === null) {
      noMetricsIds.push(inst.resourceId);
      if (cpu?.missingMaximum) missingMaximum.push(inst.resourceId);
      continue;
    }
    const current = catalog.byType.get(inst.type);
    if (!current) {
      unknownTypes.add(inst.type);
      continue;
    }
    const mem = m.get(Metric.memory);
    if (cpu.peak > 100 || (mem?.peak ?? 0) > 100) {
      badPercent.push(inst.resourceId);
      continue;
    }
    const u: Utilization = { days: cpu.days, cpu: cpu.percentile, cpuMax: cpu.peak, memory: mem?.percentile ?? null, memoryMax: mem?.peak ?? null, networkBytesPerDay: networkPerDay(m) };
    if (u.days < MIN_CONFIDENT_DAYS) short++;
    const rec = assess(inst, current, u, ctx);
    if (rec) recommendations.push(rec);
  }
  if (noMetricsIds.length) warnings.push(`${plural(noMetricsIds.length, 'instance')} billed in the lookback had no CPUUtilization maximum in it and ${were(noMetricsIds.length)} not assessed (${sample(noMetricsIds.sort())}): ingest their CloudWatch metrics.`);
  if (missingMaximum.length) warnings.push(`${plural(missingMaximum.length, 'instance')} had CPU metrics without the Maximum statistic (${sample(missingMaximum.sort())}): export Maximum as well.`);
  if (unknownTypes.size) warnings.push(`Instance types not in the catalog, not assessed: ${[...unknownTypes].sort().join(', ')}.`);
  if (badPercent.length) warnings.push(`${plural(badPercent.length, 'instance')} reported a percentage above 100 (${sample(badPercent.sort())}) and ${were(badPercent.length)} not assessed: check the metric file's units.`);
  if (short) warnings.push(`${plural(short, 'instance')} had fewer than ${MIN_CONFIDENT_DAYS} days of metrics: their recommendations are high risk.`);
  if (!spec.accounts?.length && !spec.tag) {
    const unbilled = [...metrics.keys()].filter((id) => id.startsWith('i-') && metrics.get(id)?.has(Metric.cpu) && !billed.has(id));
    if (unbilled.length) warnings.push(`${plural(unbilled.length, 'instance')} with metrics had no instance-hours in the bill (${sample(unbilled.sort())}): their type and price are unknown, so ${unbilled.length === 1 ? 'it was' : 'they were'} not assessed.`);
  }

  recommendations.push(...volumes.recommendations, ...snapshots.recommendations, ...databases.recommendations);
  warnings.push(...volumes.warnings, ...snapshots.warnings, ...databases.warnings);
  recommendations.sort((a, b) => b.monthlySavings - a.monthlySavings || a.resourceId.localeCompare(b.resourceId));
  const byAction: RightsizeResult['summary']['byAction'] = {};
  for (const action of ACTIONS) {
    const mine = recommendations.filter((r) => r.action === action);
    if (mine.length) byAction[action as Action] = { count: mine.length, monthlySavings: cents(mine.reduce((s, r) => s + r.monthlySavings, 0)) };
  }
  return {
    recommendations,
    summary: { count: recommendations.length, monthlySavings: cents(recommendations.reduce((s, r) => s + r.monthlySavings, 0)), byAction },
    warnings,
    asOf: window.to.toISOString(),
    lookback: { from: window.from.toISOString(), to: window.to.toISOString() },
  };
}

