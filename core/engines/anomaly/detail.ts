// An anomaly's detail for its chart: the scope's daily cost around it with the expected value and
// the band (expected ± minScore × σ, the same numbers detection used), and a pivot spec that opens
// Explore on the scope with the root causes' dimensions as rows.
import type { Db } from '../../store/db.ts';
import { sql } from '../../sql/index.ts';
import { CAUSE_DIMENSIONS, DETAIL_DAYS_AFTER, DETAIL_DAYS_BEFORE, TOTAL_DIMENSION, type FeedbackVerdict } from './constants.ts';
import { dayNumber, isoOfDay } from './days.ts';
import { readRecord, saveFeedback } from './records.ts';
import type { AnomalyDetail, AnomalyDay, FeedbackResult } from './result.ts';
import { ownerTagSql } from './owner-tag.ts';
import { scoredSeriesSql } from './baseline-sql.ts';
import type { PivotSpecInput } from '../pivot/spec.ts';

const cents = (x: number): number => Math.round(x * 100) / 100;

export async function anomalyDetail(db: Db, id: string): Promise<AnomalyDetail> {
  const { anomaly, spec } = await readRecord(db, id);
  const entry = Object.entries(anomaly.scope)[0];
  const key = entry ? { dimension: entry[0], value: entry[1] } : { dimension: TOTAL_DIMENSION, value: '' };
  const from = isoOfDay(dayNumber(anomaly.start) - DETAIL_DAYS_BEFORE);
  const to = isoOfDay(dayNumber(anomaly.end) + DETAIL_DAYS_AFTER);
  const rows = await db.all(sql`SELECT day, cost, expected, sigma FROM (${scoredSeriesSql(spec, await ownerTagSql(db, spec), key)}) WHERE day BETWEEN ${from} AND ${to} ORDER BY day`);
  const k = spec.thresholds.minScore;
  const series: AnomalyDay[] = rows.map((r) => {
    const actual = Number(r.cost);
    const expected = r.expected === null ? null : Number(r.expected);
    const sigma = Number(r.sigma);
    return {
      date: String(r.day),
      actual: cents(actual),
      expected: expected === null ? null : cents(expected),
      lower: expected === null ? null : cents(Math.max(0, expected - k * sigma)),
      upper: expected === null ? null : cents(expected + k * sigma),
      anomalous: String(r.day) >= anomaly.start && String(r.day) <= anomaly.end,
    };
  });
  return { anomaly, series, explore: exploreSpec(anomaly.scope, anomaly.rootCauses.map((c) => c.dimension), spec.basis, from, to) };
}

export function exploreSpec(scope: Record<string, string>, causeDims: string[], basis: PivotSpecInput['basis'], from: string, to: string): PivotSpecInput {
  const seen = new Set<string>();
  const rows = causeDims.filter((d) => (CAUSE_DIMENSIONS as readonly string[]).includes(d) && !seen.has(d) && seen.add(d)).slice(0, 3);
  return {
    kind: 'pivot',
    rows: rows.length ? rows : ['ServiceName'],
    columns: ['day'],
    basis,
    grain: 'day',
    // the pivot's period is half-open: the day after the chart's last
    period: { from, to: isoOfDay(dayNumber(to) + 1) },
    filters: Object.entries(scope).map(([dimension, value]) => ({ dimension, op: 'in' as const, values: [value] })),
  };
}

export async function anomalyFeedback(db: Db, id: string, verdict: FeedbackVerdict, note: string | null): Promise<FeedbackResult> {
  return saveFeedback(db, id, verdict, note);
}
