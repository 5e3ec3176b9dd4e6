// Steps 1-4 of SPEC.md for one series from a given last day: the usage model (or the naive
// projection) plus the recurring streams. The forecast, the period ends and every backtest
// cut-off use this one function, so the track record measures exactly what is shown.
import { MEAN_MONTH_DAYS, MIN_HISTORY_DAYS, type ForecastMethod } from './constants.ts';
import { atMeanMonth, daysInMonth, withMonthLengths } from './month-length.ts';
import { fitMstlEts } from './mstl.ts';
import type { SeriesData, WorkspaceDays } from './read-series.ts';
import { projectStream, taxShares, type StreamHistory, type StreamProjection, type UsageOver } from './recurring.ts';
import { fitSeasonalTrend } from './seasonal-trend.ts';
import { fitNaiveMean, shortHistoryMessage } from './short-history.ts';
import type { Estimate, UsageModel } from './usage-model.ts';
import { NORMAL_WIDTHS, type Calibration } from './calibration.ts';
import { discountByDay, unusedPart, withCommitments } from './commitments.ts';

export interface Bands {
  value: number;
  /** The usage model's deviation behind the bands (0 when there is none). */
  sd: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface SeriesModel {
  /** First day of the series' history (a day number), or null when it has none yet. */
  start: number | null;
  lastDay: number;
  usage: UsageModel | null;
  nonNegative: boolean;
  message: string | null;
  streams: StreamProjection[];
  /** Bands of one day after lastDay. */
  day(day: number): Bands;
  /** Bands of the sum of days from..to (after lastDay). */
  sum(from: number, to: number): Bands;
}

const ZERO: Estimate = { point: 0, sd: 0 };

/** First day with data on or before lastDay, or null. */
export function firstDay(data: SeriesData, lastDay: number): number | null {
  let start: number | null = null;
  for (const d of data.days.keys()) if (d <= lastDay && (start === null || d < start)) start = d;
  return start;
}

/**
 * `calibration`: band widths measured on the backtest months before this cut-off (backtest.ts);
 * without it, the usage model's own (calibration.ts, or the normal law).
 */
export function fitSeries(data: SeriesData, ws: WorkspaceDays, lastDay: number, method: ForecastMethod, ahead: number, calibration: Calibration | null = null): SeriesModel {
  const start = firstDay(data, lastDay);
  const y = new Float64Array(start === null ? 0 : lastDay - start + 1);
  const commitments = data.commitments ?? [];
  const discount = discountByDay(commitments, lastDay);
  let observed = 0;
  let nonNegative = true;
  for (let i = 0; i < y.length; i++) {
    const d = start! + i;
    const a = data.days.get(d);
    // usage at its price before commitment discounts (commitments.ts)
    const v = ws.withData.has(d) ? (a ? (a.monthly ? atMeanMonth(a.usage, a.monthly, d) : a.usage) : 0) + (discount.get(d) ?? 0) : NaN;
    y[i] = v;
    if (Number.isFinite(v)) observed++;
    if (v < 0) nonNegative = false;
  }
  let usage: UsageModel | null = null;
  let message: string | null = null;
  if (start !== null) {
    if (observed < MIN_HISTORY_DAYS) {
      usage = fitNaiveMean(y);
      message = shortHistoryMessage(observed);
      // bands sized by the backtest need no calibration of the model's own (the inner refits are most of a fit's time)
    } else usage = method === 'mstl-ets' ? fitMstlEts(y, ahead) : fitSeasonalTrend(y, start, calibration === null);
    usage = withCommitments(withMonthLengths(usage, monthlyRate(data, ws, lastDay), start), commitments, ws, lastDay, start);
  }
  const usageOver = monthUsage(data, usage, start, lastDay);
  const known = data.streams.filter((s) => s.days[0]!.day <= lastDay).map((s) => ({ ...s, days: s.days.filter((d) => d.day <= lastDay) }));
  const taxes = taxShares(known, usageOver);
  const unusedOf = (s: StreamHistory) => (s.unused && s.commitment ? unusedPart(commitments.find((c) => c.id === s.commitment), s.days, s.endDay, ws, lastDay) : null);
  const streams = known.map((s) => projectStream(s, lastDay, usageOver, s.tax ? taxes.get(s) : undefined, unusedOf(s)));
  const recurringOn = (day: number) => streams.reduce((a, s) => a + s.on(day), 0);
  const bands = (e: Estimate, known: number, isSum: boolean): Bands => {
    // a sum keeps the normal law's widths on its own (widened) deviation; a day takes the calibrated
    // widths, on its deviation widened by the level error the backtest's months shared
    const sd = isSum && calibration ? e.sd * calibration.sumScale : calibration ? e.sd * Math.sqrt(1 + calibration.level) : e.sd;
    const w = isSum ? NORMAL_WIDTHS : (calibration ?? e.widths ?? NORMAL_WIDTHS);
    const lo = (z: number) => (nonNegative ? Math.max(0, e.point - z * sd) : e.point - z * sd) + known;
    return { value: e.point + known, sd: e.sd, lower80: lo(w.below80), upper80: e.point + w.above80 * sd + known, lower95: lo(w.below95), upper95: e.point + w.above95 * sd + known };
  };
  return {
    start,
    lastDay,
    usage,
    nonNegative,
    message,
    streams,
    day: (day) => bands(usage && start !== null ? usage.day(day - start) : ZERO, recurringOn(day), false),
    sum(from, to) {
      let known = 0;
      for (let d = from; d <= to; d++) known += recurringOn(d);
      return bands(usage && start !== null && to >= from ? usage.sum(from - start, to - start) : ZERO, known, true);
    },
  };
}

/** The per-month part's cost a day at the mean-month rate, over the last 7 days with data. */
function monthlyRate(data: SeriesData, ws: WorkspaceDays, lastDay: number): number {
  let sum = 0;
  let k = 0;
  for (let d = lastDay; d > lastDay - 7; d--) {
    if (!ws.withData.has(d)) continue;
    const a = data.days.get(d);
    if (a?.monthly) sum += (a.monthly * daysInMonth(d)) / MEAN_MONTH_DAYS;
    k++;
  }
  return k ? sum / k : 0;
}

/**
 * Spend that a fee's share follows, first..last: usage-driven cost (actual up to lastDay, the
 * model's point after) plus purchases at billed cost (actual only: an upfront fee is not
 * foreseen); memoised (a fee asks per month).
 */
function monthUsage(data: SeriesData, usage: UsageModel | null, start: number | null, lastDay: number): UsageOver {
  const memo = new Map<number, number>();
  return (first, last) => {
    let v = memo.get(first * 100_000 + last);
    if (v !== undefined) return v;
    v = 0;
    for (let d = first; d <= Math.min(last, lastDay); d++) {
      const a = data.days.get(d);
      if (a) v += a.usage + (a.purchased ?? 0);
    }
    const from = Math.max(first, lastDay + 1);
    if (usage && start !== null && last >= from) v += usage.sum(from - start, last - start).point;
    memo.set(first * 100_000 + last, v);
    return v;
  };
}

/** Cost of a day of history: every charge (usage, recurring, one-time). */
export function actualOn(data: SeriesData, day: number): number {
  const a = data.days.get(day);
  return a ? a.usage + a.recurring + a.oneTime : 0;
}
