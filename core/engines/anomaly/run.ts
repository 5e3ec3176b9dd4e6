// run(db, spec): find, explain, de-duplicate and record the cost anomalies of a workspace.
//   1-3 detect.ts                  daily series (daily-leaves.ts, series.ts), expected value and band (baseline.ts), anomalous runs
//   4   root-cause.ts              each run's change by account, service, region, usage type, resource
//   5   incidents.ts               one incident, one anomaly; mix shifts left out
//   6   records.ts                 stable records, feedback, suppressed patterns (read only with record: false)
import { ident, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { TIME_COLUMN } from '../pivot/constants.ts';
import { detectEvents } from './detect.ts';
import { badAnomalySpec } from './errors.ts';
import { groupIncidents } from './incidents.ts';
import { describeIncidents, recordIncidents } from './records.ts';
import type { AnomalyResult } from './result.ts';
import { rootCauses } from './root-cause.ts';
import { anomalySpecSchema, type AnomalySpec, type AnomalySpecInput } from './spec.ts';

export function parseAnomalySpec(input: unknown): AnomalySpec {
  const parsed = anomalySpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw badAnomalySpec(`Invalid anomaly spec: ${issues.join('; ')}`, { issues });
}

export interface RunOptions {
  /** false: detect and explain without writing `anomaly_records` (a read: a review pack, a preview). Default true. */
  record?: boolean;
}

export async function run(db: Db, input: AnomalySpecInput | AnomalySpec, options: RunOptions = {}): Promise<AnomalyResult> {
  const spec = parseAnomalySpec(input);
  const last = await db.value(sql`SELECT CAST(CAST(max(${ident(TIME_COLUMN)}) AS DATE) AS VARCHAR) FROM ${ident('focus')}`);
  const { events, pairExcess } = await detectEvents(db, spec);
  const causes = await rootCauses(db, spec, events);
  const { incidents, mixShifts } = groupIncidents(events, causes, pairExcess);
  const recorded = options.record === false ? await describeIncidents(db, incidents) : await recordIncidents(db, spec, incidents);
  const listed = spec.includeSuppressed ? recorded : recorded.filter((a) => !a.suppressed);
  return { spec, lastDay: last === null ? null : String(last), anomalies: listed, suppressedCount: recorded.length - recorded.filter((a) => !a.suppressed).length, mixShiftCount: mixShifts };
}
