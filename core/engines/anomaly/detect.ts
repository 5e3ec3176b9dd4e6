// SPEC.md steps 2-3: the days of each series that cost more than expected by more than the band
// (minScore × σ) and the floor, merged into runs (an anomaly per series), then kept when the run's
// impact passes the absolute and percent thresholds. A level shift is one run: it ends when the
// median of the same weekdays has taken in the new level (EXPECTED_WEEKS weeks).
// Work that cannot change the answer is skipped: σ ≥ its floor (max(NOISE_FLOOR_SHARE × week_exp,
// NOISE_FLOOR)) and expected ≥ week_exp, so a day whose cost − week_exp is below minScore × that
// floor cannot pass; expected and σ are computed only for the days left.
import type { Db } from '../../store/db.ts';
import { MERGE_GAP_DAYS, NOISE_FLOOR, NOISE_FLOOR_SHARE, PAIR_DIMENSION, TOTAL_DIMENSION } from './constants.ts';
import { Baseline, monthOffsets, type MonthOffsets } from './baseline.ts';
import { loadDailyLeaves } from './daily-leaves.ts';
import { dayNumber } from './days.ts';
import { buildSeries, type SeriesKey, type SeriesTable } from './series.ts';
import type { AnomalySpec, AnomalyThresholds } from './spec.ts';

/** One anomaly of one series: a run of anomalous days. */
export interface SeriesEvent extends SeriesKey {
  start: number;
  end: number;
  actual: number;
  expected: number;
  impact: number;
  /** The largest day's excess in σ. */
  score: number;
}

interface DayRow {
  dim: string;
  val: string;
  day: number;
  cost: number;
  expected: number;
  score: number;
}

/** An (account, service) pair's (its JSON value) cost − expected on a day; 0 where unknown. */
export type PairExcess = (pair: string, day: number) => number;

export interface Detection {
  events: SeriesEvent[];
  pairExcess: PairExcess;
}

export function baselineOf(table: SeriesTable, s: number, months: MonthOffsets = monthOffsets(table.first, table.days)): Baseline {
  return new Baseline(table.cost, s * table.days, table.days, months);
}

/** cost clears the floor above e: above it, at least minDailyCost, and by minScore × σ's floor. */
function couldPass(cost: number, e: number, t: AnomalyThresholds): boolean {
  return cost > e && cost >= t.minDailyCost && cost - e >= t.minScore * Math.max(NOISE_FLOOR_SHARE * e, NOISE_FLOOR);
}

/** The days of one series that pass the band and the floor, with their score. */
function anomalousDays(key: SeriesKey, first: number, b: Baseline, t: AnomalyThresholds, out: DayRow[]): void {
  for (let i = 0; i < b.length; i++) {
    const cost = b.costOn(i);
    const weekExp = b.weekExpected(i);
    if (!couldPass(cost, weekExp, t)) continue;
    const expected = b.expected(i, weekExp);
    if (!couldPass(cost, expected, t)) continue;
    const sigma = b.sigma(i, weekExp);
    if (cost - expected >= t.minScore * sigma) out.push({ dim: key.dimension, val: key.value, day: first + i, cost, expected, score: (cost - expected) / sigma });
  }
}

export async function detectEvents(db: Db, spec: AnomalySpec): Promise<Detection> {
  return detectInSeries(spec, buildSeries(spec, await loadDailyLeaves(db, spec)));
}

/** Steps 2-3 over the series (separate so the bench can time each step). */
export function detectInSeries(spec: AnomalySpec, table: SeriesTable): Detection {
  const months = monthOffsets(table.first, table.days);
  const rows: DayRow[] = [];
  const pairs = new Map<string, number>();
  table.keys.forEach((key, s) => {
    if (key.dimension === PAIR_DIMENSION) pairs.set(key.value, s);
    else anomalousDays(key, table.first, baselineOf(table, s, months), spec.thresholds, rows);
  });
  const pairExcess: PairExcess = (pair, day) => {
    const s = pairs.get(pair);
    const i = day - table.first;
    if (s === undefined || i < 0 || i >= table.days) return 0;
    const b = baselineOf(table, s, months);
    const expected = b.expected(i);
    return Number.isNaN(expected) ? 0 : b.costOn(i) - expected;
  };
  const since = spec.since === undefined ? -Infinity : dayNumber(spec.since);
  return { events: mergeRuns(rows).filter((e) => passes(e, spec) && e.end >= since), pairExcess };
}

function passes(e: SeriesEvent, spec: AnomalySpec): boolean {
  const t = spec.thresholds;
  if (e.impact < t.minImpact) return false;
  return e.expected <= 0 || (e.impact / e.expected) * 100 >= t.minImpactPct;
}

export function mergeRuns(rows: readonly DayRow[]): SeriesEvent[] {
  const events: SeriesEvent[] = [];
  let cur: SeriesEvent | null = null;
  for (const r of rows) {
    if (cur && cur.dimension === r.dim && cur.value === r.val && r.day - cur.end <= MERGE_GAP_DAYS + 1) {
      cur.end = r.day;
      cur.actual += r.cost;
      cur.expected += r.expected;
      cur.impact += r.cost - r.expected;
      cur.score = Math.max(cur.score, r.score);
      continue;
    }
    cur = { dimension: r.dim, value: r.val, start: r.day, end: r.day, actual: r.cost, expected: r.expected, impact: r.cost - r.expected, score: r.score };
    events.push(cur);
  }
  return events;
}

export function isTotal(k: SeriesKey): boolean {
  return k.dimension === TOTAL_DIMENSION;
}
