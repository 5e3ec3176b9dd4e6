// An anomaly's detail for its chart: the scope's daily cost around it with the expected value and
// the band (expected ± minScore × σ, the same numbers detection used), and a pivot spec that opens
// Explore on the scope with the root causes' dimensions as rows.
import type { Db } from '../../store/db.ts';
import { ident, sql, type SqlQuery } from '../../sql/index.ts';
import { COST_CATEGORIES_COLUMN, COST_CATEGORY_PREFIX, TAG_PREFIX } from '../pivot/constants.ts';
import { CAUSE_DIMENSIONS, DETAIL_DAYS_AFTER, DETAIL_DAYS_BEFORE, TOTAL_DIMENSION, type FeedbackVerdict } from './constants.ts';
import { loadDailyLeaves } from './daily-leaves.ts';
import { baselineOf } from './detect.ts';
import { dayNumber, isoOfDay } from './days.ts';
import { readRecord, saveFeedback } from './records.ts';
import type { AnomalyDetail, AnomalyDay, FeedbackResult } from './result.ts';
import { ownerTagSql } from './owner-tag.ts';
import { buildSeries, type SeriesKey } from './series.ts';
import type { AnomalySpec } from './spec.ts';
import type { PivotSpecInput } from '../pivot/spec.ts';

const cents = (x: number): number => Math.round(x * 100) / 100;

export async function anomalyDetail(db: Db, id: string): Promise<AnomalyDetail> {
  const { anomaly, spec } = await readRecord(db, id);
  const entry = Object.entries(anomaly.scope)[0];
  const key = entry ? { dimension: entry[0], value: entry[1] } : { dimension: TOTAL_DIMENSION, value: '' };
  const from = isoOfDay(dayNumber(anomaly.start) - DETAIL_DAYS_BEFORE);
  const to = isoOfDay(dayNumber(anomaly.end) + DETAIL_DAYS_AFTER);
  const series = await scoredDays(db, spec, key, dayNumber(from), dayNumber(to));
  const k = spec.thresholds.minScore;
  const days: AnomalyDay[] = series.map((r) => {
    const date = isoOfDay(r.day);
    const known = !Number.isNaN(r.expected);
    return {
      date,
      actual: cents(r.cost),
      expected: known ? cents(r.expected) : null,
      lower: known ? cents(Math.max(0, r.expected - k * r.sigma)) : null,
      upper: known ? cents(r.expected + k * r.sigma) : null,
      anomalous: date >= anomaly.start && date <= anomaly.end,
    };
  });
  return { anomaly, series: days, explore: exploreSpec(anomaly.scope, anomaly.rootCauses.map((c) => c.dimension), spec.basis, from, to) };
}

/** Only the lines of one series (the rest cannot change its days). */
async function linesOf(db: Db, spec: AnomalySpec, key: SeriesKey): Promise<SqlQuery> {
  if (key.dimension === TOTAL_DIMENSION) return sql`TRUE`;
  if ((spec.dimensions as readonly string[]).includes(key.dimension)) return sql`CAST(${ident(key.dimension)} AS VARCHAR) = ${key.value}`;
  if (spec.ownerTag !== null && key.dimension === TAG_PREFIX + spec.ownerTag) return sql`${await ownerTagSql(db, spec)} = ${key.value}`;
  if (spec.costCategories && key.dimension.startsWith(COST_CATEGORY_PREFIX)) return sql`${ident(COST_CATEGORIES_COLUMN)}[${key.dimension.slice(COST_CATEGORY_PREFIX.length)}] = ${key.value}`;
  return sql`FALSE`;
}

/** One series' days from `from` to `to` (day numbers) with cost, expected (NaN before enough history) and σ: the figures detection used. */
async function scoredDays(db: Db, spec: AnomalySpec, key: SeriesKey, from: number, to: number): Promise<{ day: number; cost: number; expected: number; sigma: number }[]> {
  const table = buildSeries(spec, await loadDailyLeaves(db, spec, await linesOf(db, spec, key)));
  const s = table.keys.findIndex((k) => k.dimension === key.dimension && k.value === key.value);
  if (s < 0) return [];
  const b = baselineOf(table, s);
  const out = [];
  for (let i = Math.max(0, from - table.first); i <= Math.min(table.days - 1, to - table.first); i++) out.push({ day: table.first + i, cost: b.costOn(i), expected: b.expected(i), sigma: b.sigma(i) });
  return out;
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
