// Steps 1-4 of SPEC.md for one series from a given last day: the usage model (or the naive
// projection) plus the recurring streams. The forecast, the period ends and every backtest
// cut-off use this one function, so the track record measures exactly what is shown.
import { MIN_HISTORY_DAYS, Z80, Z95, type ForecastMethod } from './constants.ts';
import { fitMstlEts } from './mstl.ts';
import type { SeriesData, WorkspaceDays } from './read-series.ts';
import { projectStream, type StreamProjection } from './recurring.ts';
import { fitSeasonalTrend } from './seasonal-trend.ts';
import { fitNaiveMean, shortHistoryMessage } from './short-history.ts';
import type { Estimate, UsageModel } from './usage-model.ts';

export interface Bands {
  value: number;
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

export function fitSeries(data: SeriesData, ws: WorkspaceDays, lastDay: number, method: ForecastMethod, ahead: number): SeriesModel {
  let start: number | null = null;
  for (const d of data.days.keys()) if (d <= lastDay && (start === null || d < start)) start = d;
  const y: number[] = [];
  if (start !== null) for (let d = start; d <= lastDay; d++) y.push(ws.withData.has(d) ? (data.days.get(d)?.usage ?? 0) : NaN);
  const observed = y.filter((v) => Number.isFinite(v)).length;
  const nonNegative = y.every((v) => !Number.isFinite(v) || v >= 0);
  let usage: UsageModel | null = null;
  let message: string | null = null;
  if (start !== null) {
    if (observed < MIN_HISTORY_DAYS) {
      usage = fitNaiveMean(y);
      message = shortHistoryMessage(observed);
    } else usage = method === 'mstl-ets' ? fitMstlEts(y, ahead) : fitSeasonalTrend(y, start);
  }
  const streams = data.streams.filter((s) => s.days[0]!.day <= lastDay).map((s) => projectStream({ ...s, days: s.days.filter((d) => d.day <= lastDay) }, lastDay));
  const recurringOn = (day: number) => streams.reduce((a, s) => a + s.on(day), 0);
  const bands = (e: Estimate, known: number): Bands => {
    const lo = (z: number) => (nonNegative ? Math.max(0, e.point - z * e.sd) : e.point - z * e.sd) + known;
    return { value: e.point + known, lower80: lo(Z80), upper80: e.point + Z80 * e.sd + known, lower95: lo(Z95), upper95: e.point + Z95 * e.sd + known };
  };
  return {
    start,
    lastDay,
    usage,
    nonNegative,
    message,
    streams,
    day: (day) => bands(usage && start !== null ? usage.day(day - start) : ZERO, recurringOn(day)),
    sum(from, to) {
      let known = 0;
      for (let d = from; d <= to; d++) known += recurringOn(d);
      return bands(usage && start !== null && to >= from ? usage.sum(from - start, to - start) : ZERO, known);
    },
  };
}

/** Cost of a day of history: every charge (usage, recurring, one-time). */
export function actualOn(data: SeriesData, day: number): number {
  const a = data.days.get(day);
  return a ? a.usage + a.recurring + a.oneTime : 0;
}
