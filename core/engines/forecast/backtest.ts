// SPEC.md step 6: the track record. Each of the last whole months (with enough history before
// it) is forecast from its first day with the same pipeline, and compared with what happened,
// beside seasonal-naive (the last week before the cut-off, repeated).
import { BACKTEST_MONTHS, MIN_CONFORMAL_DAYS, MIN_HISTORY_DAYS, type ForecastMethod } from './constants.ts';
import { bandWidths, levelVariance, sumSpread, type Calibration, type Score } from './calibration.ts';
import { firstOfMonth, monthOf, periodAround } from './days.ts';
import type { SeriesData, WorkspaceDays } from './read-series.ts';
import type { Backtest, BacktestMonth } from './result.ts';
import { actualOn, fitSeries } from './series-model.ts';

const HALF_CENT = 0.005;

export interface BacktestOutcome {
  backtest: Backtest | null;
  message: string | null;
  /** Band widths from every backtest month's errors, for the forecast itself (null without enough days). */
  calibration: Calibration | null;
}

/** The whole months to test: inside [start, lastDay], each with MIN_HISTORY_DAYS before it; the latest few. */
export function backtestMonths(start: number, lastDay: number): { first: number; last: number; label: string }[] {
  const months: { first: number; last: number; label: string }[] = [];
  const { year } = monthOf(start);
  let { month } = monthOf(start);
  for (;;) {
    const p = periodAround('month', firstOfMonth(year, month));
    if (p.last > lastDay) break;
    if (p.first - start >= MIN_HISTORY_DAYS) months.push(p);
    month++;
  }
  return months.slice(-BACKTEST_MONTHS);
}

export function runBacktest(data: SeriesData, ws: WorkspaceDays, start: number | null, lastDay: number, method: ForecastMethod): BacktestOutcome {
  const months = start === null ? [] : backtestMonths(start, lastDay);
  if (months.length === 0) return { calibration: null, backtest: null, message: `No track record yet: a backtest needs a whole month with at least ${MIN_HISTORY_DAYS} days of history before it.` };
  const rows: BacktestMonth[] = [];
  let days = 0;
  let in80 = 0;
  let in95 = 0;
  // split conformal, in time order: each month's bands are sized by the errors of the months
  // before it only, so the coverage reported is what such bands would have done
  const scores: Score[] = [];
  const sumRatios: number[] = [];
  for (const m of months) {
    const cut = m.first - 1;
    const model = fitSeries(data, ws, cut, method, m.last - cut, conformal(scores, sumRatios));
    const monthScores: Score[] = [];
    let actual = 0;
    let naive = 0;
    for (let d = m.first; d <= m.last; d++) {
      const a = actualOn(data, d);
      actual += a;
      naive += actualOn(data, d - 7 * Math.ceil((d - cut) / 7));
      if (!ws.withData.has(d)) continue; // a gap is no evidence either way
      const b = model.day(d);
      days++;
      // to the half cent: money is shown in cents, and an exact fit's band is a point
      if (a >= b.lower80 - HALF_CENT && a <= b.upper80 + HALF_CENT) in80++;
      if (a >= b.lower95 - HALF_CENT && a <= b.upper95 + HALF_CENT) in95++;
      if (b.sd > 0) monthScores.push({ z: (a - b.value) / b.sd, origin: cut });
    }
    const total = model.sum(m.first, m.last);
    if (total.sd > 0) sumRatios.push((actual - total.value) / total.sd);
    scores.push(...monthScores);
    rows.push({ month: m.label, actual: cents(actual), forecast: cents(total.value), seasonalNaive: cents(naive) });
  }
  // a percent error of nothing is undefined: no track record rather than NaN in the sentence
  const judged = rows.map((r) => r.month).join(', ');
  if (rows.every((r) => r.actual === 0)) return { calibration: null, backtest: null, message: `No track record: the month${rows.length === 1 ? '' : 's'} the backtest would judge (${judged}) cost nothing, and an error in percent of nothing is undefined.` };
  if (days === 0) return { calibration: null, backtest: null, message: `No track record: the month${rows.length === 1 ? '' : 's'} the backtest would judge (${judged}) have no day with data.` };
  const mape = (pick: (r: BacktestMonth) => number) => {
    const used = rows.filter((r) => r.actual !== 0);
    return used.length ? (100 * used.reduce((s, r) => s + Math.abs(pick(r) - r.actual) / Math.abs(r.actual), 0)) / used.length : NaN;
  };
  const mapeMonthly = round(mape((r) => r.forecast), 2);
  const coverage80 = days ? round((100 * in80) / days, 1) : NaN;
  const coverage95 = days ? round((100 * in95) / days, 1) : NaN;
  const naiveMapeMonthly = round(mape((r) => r.seasonalNaive), 2);
  const n = rows.length;
  const summary = `last ${n} month${n === 1 ? '' : 's'}: month totals within ${mapeMonthly}% (seasonal-naive ${naiveMapeMonthly}%); 80% band held ${coverage80}% of days, 95% band ${coverage95}%`;
  return { calibration: conformal(scores, sumRatios), backtest: { months: rows, mapeMonthly, coverage80, coverage95, naiveMapeMonthly, days, summary }, message: null };
}

/**
 * Band widths from earlier errors (signed, in the usage model's deviations): a day's deviation is
 * widened by the level error the months' days shared (levelVariance), and each side of a band is
 * the conformal quantile of the errors in those widened deviations, never narrower than the
 * normal law's (calibration.ts); the sum of days widened by the spread of the months' total errors
 * in their claimed deviations (their median absolute value ÷ 0.6745, the normal law's).
 * Null under MIN_CONFORMAL_DAYS scores.
 */
export function conformal(scores: readonly Score[], sumRatios: readonly number[]): Calibration | null {
  if (scores.length < MIN_CONFORMAL_DAYS) return null;
  const level = levelVariance(scores);
  const widened = scores.map((s) => s.z / Math.sqrt(1 + level));
  return { ...bandWidths(widened), sumScale: sumSpread(sumRatios), level };
}

export function cents(v: number): number {
  return round(v, 2);
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f + 0; // + 0 turns -0 into 0
}
