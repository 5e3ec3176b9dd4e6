// The rightsizing engine's one entry: `run(db, spec)` → recommendations by monthly savings.
// SPEC.md gives the steps; each file says which one it is.

import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { ACTIONS, type Action } from './constants.ts';
import { noData, RightsizingErrorCode } from './errors.ts';
import { assessInstances } from './instances.ts';
import { NO_METRICS_WARNING, readLookback } from './lookback.ts';
import { cents } from './price.ts';
import type { Recommendation, RightsizeResult } from './result.ts';
import { rightsizeSpecSchema, type RightsizeSpec, type RightsizeSpecInput } from './spec.ts';
import { readBillWindow } from './read-storage.ts';
import { assessVolumes } from './storage.ts';
import { assessSnapshots } from './snapshots.ts';
import { assessDatabases } from './rds.ts';

export function parseRightsizeSpec(input: unknown): RightsizeSpec {
  const parsed = rightsizeSpecSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `spec.${issue.path.join('.')}` : 'spec';
    throw new WorkbenchError(RightsizingErrorCode.RIGHTSIZE_BAD_SPEC, `${where}: ${issue?.message ?? 'invalid'}. A rightsize spec is {kind: 'rightsize', lookbackDays 1-93, percentile p90|p95|p99|p99.5|max, headroomPct 0-30, accounts?, tag?, includeMemory}.`, { path: issue?.path ?? [] });
  }
  return parsed.data;
}

export async function run(db: Db, input: RightsizeSpecInput | RightsizeSpec): Promise<RightsizeResult> {
  const spec = parseRightsizeSpec(input);
  const lookback = await readLookback(db, spec.lookbackDays);
  if (!lookback) throw noData();
  const { window } = lookback;
  // Volumes, snapshots and stopped instances' storage (SPEC.md "Storage still paying").
  const billWindow = await readBillWindow(db, window);
  const [volumes, snapshots] = [await assessVolumes(db, spec, window, billWindow), await assessSnapshots(db, spec, billWindow)];
  const recommendations: Recommendation[] = [];
  const warnings: string[] = [];
  const later: string[] = [];
  if (lookback.metrics) {
    const instances = await assessInstances(db, spec, window, volumes.endedInstanceIds);
    const databases = await assessDatabases(db, spec, window, instances.metrics, instances.ctx);
    recommendations.push(...instances.recommendations, ...databases.recommendations);
    warnings.push(...instances.warnings);
    later.push(...databases.warnings);
  } else {
    // RDS DB instances are sized from their CPU metrics too: skipped alike
    warnings.push(NO_METRICS_WARNING);
  }

  recommendations.push(...volumes.recommendations, ...snapshots.recommendations);
  warnings.push(...volumes.warnings, ...snapshots.warnings, ...later);
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
    metrics: lookback.metrics,
  };
}

