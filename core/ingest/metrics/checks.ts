// The checks that need a whole file, run in SQL on its stage table (stage.ts): the period, units
// (refused, converted, or 0-1 percentages scaled), values a metric cannot take, and duplicates.
// Refusals name the file and the first place in it; what is converted is said in a warning.
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { join, raw, sql } from '../../sql/index.ts';
import { metricKind, MetricKind, provesFractions } from './constants.ts';
import type { ParseOutcome } from './parse.ts';
import { STAGE } from './stage.ts';
import { decideUnit } from './units.ts';

const VALUES = ['maximum', 'average', 'minimum', 'p95', 'p99'] as const;
const GREATEST = raw(`greatest(${VALUES.join(', ')})`);
const LEAST = raw(`least(${VALUES.join(', ')})`);

/** Fills the period of points whose file does not state it: stated, else the timestamps' spacing, else the form's own. */
export async function settlePeriod(db: Db, display: string, outcome: ParseOutcome): Promise<number | null> {
  const missing = Number(await db.value(sql`SELECT count(*) FROM ${STAGE} WHERE period_seconds IS NULL`));
  if (missing === 0) return null;
  const spacing = await db.value(sql`
    SELECT min(gap) FROM (
      SELECT epoch(period_start) - epoch(lag(period_start) OVER (PARTITION BY resource_id, metric ORDER BY period_start)) AS gap FROM ${STAGE}
    ) WHERE gap > 0`);
  const period = outcome.declaredPeriod ?? (spacing === null ? outcome.fallbackPeriod : Math.round(Number(spacing)));
  if (period === null) {
    throw new WorkbenchError(
      ErrorCode.INGEST_METRIC_UNLABELLED,
      `${display}: the file does not say its period and no series has two timestamps to tell it by. Export at least two periods, or give the period (a "Period" field, a period_seconds column); nothing was loaded.`,
      { file: display },
    );
  }
  if (!Number.isInteger(period) || period <= 0) throw new WorkbenchError(ErrorCode.INGEST_BAD_VALUE, `${display}: the period ${period} is not a whole number of seconds; nothing was loaded.`, { file: display });
  await db.run(sql`UPDATE ${STAGE} SET period_seconds = ${period} WHERE period_seconds IS NULL`);
  return period;
}

function scaled(factor: number) {
  return join(VALUES.map((v) => sql`${raw(v)} = ${raw(v)} * ${factor}`), ', ');
}

/** Checks and normalises units; returns the warnings (conversions, 0-1 percentages). */
export async function settleUnits(db: Db, display: string, outcome: ParseOutcome): Promise<string[]> {
  const warnings: string[] = [];
  const pairs = await db.all(sql`SELECT metric, unit_raw, min(line) AS line FROM ${STAGE} GROUP BY ALL ORDER BY min(line)`);
  for (const p of pairs) {
    const metric = String(p.metric);
    const given = p.unit_raw === null ? null : String(p.unit_raw);
    const d = decideUnit(metric, given);
    if ('refused' in d) {
      const where = outcome.locate(Number(p.line));
      throw new WorkbenchError(ErrorCode.INGEST_METRIC_UNIT, `${display}, ${where}: ${d.refused}. Export the metric in its CloudWatch unit; nothing was loaded.`, { file: display, where, metric, unit: given });
    }
    if (d.note) warnings.push(`${display}: ${d.note}.`);
    const set = d.factor === 1 ? sql`unit_raw = ${d.unit}` : sql`unit_raw = ${d.unit}, ${scaled(d.factor)}`;
    await db.run(sql`UPDATE ${STAGE} SET ${set} WHERE metric = ${metric} AND unit_raw IS NOT DISTINCT FROM ${given}`);
  }
  // the values a metric cannot take: below zero, or a percentage above 100
  const ranges = await db.all(sql`SELECT metric, min(${LEAST}) AS low, max(${GREATEST}) AS high FROM ${STAGE} GROUP BY metric ORDER BY metric`);
  for (const r of ranges) {
    const metric = String(r.metric);
    const kind = metricKind(metric);
    if (kind === null) continue;
    const tooHigh = kind === MetricKind.Percent ? sql`${GREATEST} > 100` : sql`false`;
    const bad = await db.one(sql`SELECT line, ${LEAST} AS low, ${GREATEST} AS high FROM ${STAGE} WHERE metric = ${metric} AND (${LEAST} < 0 OR ${tooHigh}) ORDER BY line LIMIT 1`);
    if (bad) {
      const where = outcome.locate(Number(bad.line));
      const what = Number(bad.low) < 0 ? `a negative ${metric} (${String(bad.low)})` : `${metric} of ${String(bad.high)}%, above 100%`;
      throw new WorkbenchError(ErrorCode.INGEST_METRIC_UNIT, `${display}, ${where}: ${what}, which it cannot be. Check the export; nothing was loaded.`, { file: display, where, metric });
    }
  }
  warnings.push(...(await settleFractions(db, display, ranges.map((r) => ({ metric: String(r.metric), high: r.high === null ? null : Number(r.high) })))));
  return warnings;
}

/**
 * A percentage written as a 0-1 fraction. A memory or disk percentage never stays at or under 1
 * on a running machine, so when such a metric's every value is ≤ 1 the file gives fractions: its
 * percent metrics whose values are all ≤ 1 are scaled to 0-100. CPU alone cannot prove it (an
 * idle instance stays under 1%): it is kept as given, with a warning saying both readings.
 */
async function settleFractions(db: Db, display: string, ranges: { metric: string; high: number | null }[]): Promise<string[]> {
  const percent = ranges.filter((r) => metricKind(r.metric) === MetricKind.Percent && r.high !== null && r.high <= 1);
  if (percent.length === 0) return [];
  const proven = percent.some((r) => provesFractions(r.metric));
  if (!proven) {
    return [`${display}: every ${percent.map((r) => r.metric).join(', ')} value is at most 1. Kept as percentages (0-1%, idle); if the file gives 0-1 fractions instead, export them as 0-100 and load again.`];
  }
  for (const r of percent) await db.run(sql`UPDATE ${STAGE} SET ${scaled(100)} WHERE metric = ${r.metric}`);
  return [`${display}: ${percent.map((r) => r.metric).join(', ')} ${percent.length === 1 ? 'is' : 'are'} given as 0-1 fractions (memory is never at or under 1% on a running machine): multiplied by 100 to percentages.`];
}

/** Two points for one resource, metric and period: the same values are kept once (a warning), different ones refused. */
export async function settleDuplicates(db: Db, display: string, outcome: ParseOutcome): Promise<string[]> {
  const dup = await db.all(sql`
    SELECT resource_id, metric, period_start::VARCHAR AS at, count(*) AS n,
      count(DISTINCT list_value(${raw(VALUES.join(', '))}, sample_count)::VARCHAR) AS versions, min(line) AS first, max(line) AS last
    FROM ${STAGE} GROUP BY resource_id, metric, period_start, period_seconds HAVING count(*) > 1 ORDER BY min(line)`);
  if (dup.length === 0) return [];
  const conflict = dup.find((d) => Number(d.versions) > 1);
  if (conflict) {
    throw new WorkbenchError(
      ErrorCode.INGEST_METRIC_DUPLICATE,
      `${display}: ${outcome.locate(Number(conflict.first))} and ${outcome.locate(Number(conflict.last))} give ${String(conflict.resource_id)} ${String(conflict.metric)} at ${String(conflict.at)} UTC with different values. Keep one of them; nothing was loaded.`,
      { file: display, resourceId: conflict.resource_id, metric: conflict.metric },
    );
  }
  await db.run(sql`DELETE FROM ${STAGE} WHERE line NOT IN (SELECT min(line) FROM ${STAGE} GROUP BY resource_id, metric, period_start, period_seconds)`);
  const extra = dup.reduce((s, d) => s + Number(d.n) - 1, 0);
  return [`${display}: ${extra} repeated point${extra === 1 ? '' : 's'} (same resource, metric, time and values) kept once.`];
}
