// SPEC.md steps 2-3: the days of each series that cost more than expected by more than the band
// (minScore × σ) and the floor, merged into runs (an anomaly per series), then kept when the run's
// impact passes the absolute and percent thresholds. A level shift is one run: it ends when the
// median of the same weekdays has taken in the new level (EXPECTED_WEEKS weeks).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { MERGE_GAP_DAYS, PAIR_DIMENSION, TOTAL_DIMENSION } from './constants.ts';
import { dayNumber } from './days.ts';
import { ownerTagSql } from './owner-tag.ts';
import { candidateDaysSql } from './baseline-sql.ts';
import type { SeriesKey } from './series-sql.ts';
import type { AnomalySpec } from './spec.ts';

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

export interface Detection {
  events: SeriesEvent[];
  /** Per (account, service) pair (its JSON value): day → cost − expected. */
  pairExcess: Map<string, Map<number, number>>;
}

export async function detectEvents(db: Db, spec: AnomalySpec): Promise<Detection> {
  const reader = await db.read(sql`SELECT * FROM (${candidateDaysSql(spec, await ownerTagSql(db, spec))}) ORDER BY dim, val, day`);
  const cols = reader.getColumnsObjectJson() as Record<string, (string | number)[]>;
  const n = cols.dim?.length ?? 0;
  const rows: DayRow[] = [];
  const pairExcess = new Map<string, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    const row = { dim: String(cols.dim![i]), val: String(cols.val![i]), day: dayNumber(String(cols.day![i])), cost: Number(cols.cost![i]), expected: Number(cols.expected![i]), score: Number(cols.score![i]) };
    if (row.dim !== PAIR_DIMENSION) rows.push(row);
    else {
      let m = pairExcess.get(row.val);
      if (!m) pairExcess.set(row.val, (m = new Map()));
      m.set(row.day, row.cost - row.expected);
    }
  }
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
