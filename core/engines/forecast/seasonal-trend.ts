// The default model (SPEC.md step 3): least squares on the last 12 weeks with a trend, a step at
// the latest level shift and a weekday pattern; one robust pass drops spikes.
import { FIT_WINDOW_DAYS, MIN_TREND_DAYS, OUTLIER_SIGMAS, SHIFT_AFTER_DAYS } from './constants.ts';
import { weekday } from './days.ts';
import { findLevelShift } from './level-shift.ts';
import { dot, fitLeastSquares, quadratic, type LinearFit } from './linear-model.ts';
import type { Estimate, UsageModel } from './usage-model.ts';

/** `y[i]` is day `firstDay + i`; NaN marks a gap (no data in the workspace that day). */
export function fitSeasonalTrend(y: readonly number[], firstDay: number): UsageModel {
  const n = y.length;
  const shift = findLevelShift(y);
  const w0 = Math.max(0, n - FIT_WINDOW_DAYS);
  const withTrend = n - w0 >= MIN_TREND_DAYS;
  const withStep = shift !== null && shift - w0 >= SHIFT_AFTER_DAYS;
  const row = (t: number): number[] => {
    const r = [1];
    if (withTrend) r.push(t - (n - 1)); // centred on the last day: the intercept is today's level
    if (withStep) r.push(t >= shift! ? 1 : 0);
    const wd = weekday(firstDay + t);
    for (let k = 1; k < 7; k++) r.push(wd === k ? 1 : 0);
    return r;
  };
  const x: number[][] = [];
  const ys: number[] = [];
  const use: boolean[] = [];
  for (let t = w0; t < n; t++) {
    x.push(row(t));
    ys.push(y[t]!);
    // before the shift, when it is not modelled (too near the window's start), the old level would bias the fit
    use.push(Number.isFinite(y[t]) && !(shift !== null && !withStep && t < shift));
  }
  let fit: LinearFit = fitLeastSquares(x, ys, use);
  if (fit.sigma > 0) {
    const kept = use.map((u, i) => u && Math.abs(ys[i]! - dot(x[i]!, fit.coef)) <= OUTLIER_SIGMAS * fit.sigma);
    if (kept.some((k, i) => k !== use[i])) fit = fitLeastSquares(x, ys, kept);
  }
  const nonNegative = y.every((v) => !Number.isFinite(v) || v >= 0);
  const clamp = (v: number) => (nonNegative ? Math.max(0, v) : v);
  return {
    method: 'seasonal-trend',
    levelShift: shift,
    day(t: number): Estimate {
      const r = row(t);
      return { point: clamp(dot(r, fit.coef)), sd: fit.sigma * Math.sqrt(1 + quadratic(fit.inverse, r)) };
    },
    sum(from: number, to: number): Estimate {
      const a = new Array<number>(fit.coef.length).fill(0);
      let point = 0;
      for (let t = from; t <= to; t++) {
        const r = row(t);
        point += clamp(dot(r, fit.coef));
        for (let k = 0; k < r.length; k++) a[k]! += r[k]!;
      }
      const k = to - from + 1;
      return { point, sd: fit.sigma * Math.sqrt(Math.max(0, k + quadratic(fit.inverse, a))) };
    },
  };
}
