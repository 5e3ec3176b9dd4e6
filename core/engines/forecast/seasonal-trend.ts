// The default model (SPEC.md step 3): least squares on the last 12 weeks with a trend, a step at
// the latest level shift and a weekday pattern; one robust pass drops spikes.
import { CALIBRATION_DAYS, FIT_WINDOW_DAYS, MIN_TREND_DAYS, OUTLIER_SIGMAS, SHIFT_AFTER_DAYS } from './constants.ts';
import { weekday } from './days.ts';
import { findLevelShift } from './level-shift.ts';
import { dot, fitLeastSquares, quadratic, type LinearFit } from './linear-model.ts';
import type { Estimate, UsageModel } from './usage-model.ts';

/** `y[i]` is day `firstDay + i`; NaN marks a gap (no data in the workspace that day). */
export function fitSeasonalTrend(y: readonly number[], firstDay: number, calibrate = true): UsageModel {
  const n = y.length;
  const w0 = Math.max(0, n - FIT_WINDOW_DAYS);
  const shift = findLevelShift(y, w0);
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
  const scale = calibrate ? bandScale(y, firstDay) : 1;
  const sigma = fit.sigma * scale;
  const nonNegative = y.every((v) => !Number.isFinite(v) || v >= 0);
  const clamp = (v: number) => (nonNegative ? Math.max(0, v) : v);
  return {
    method: 'seasonal-trend',
    levelShift: shift,
    day(t: number): Estimate {
      const r = row(t);
      return { point: clamp(dot(r, fit.coef)), sd: sigma * Math.sqrt(1 + quadratic(fit.inverse, r)) };
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
      return { point, sd: sigma * Math.sqrt(Math.max(0, k + quadratic(fit.inverse, a))) };
    },
  };
}

/**
 * Step 3.5's calibration: in-sample residuals are too optimistic when the level moves in ways
 * the line does not capture (monthly steps, slow drifts). The last CALIBRATION_DAYS are forecast
 * from before them; when their errors are larger than the bands claimed, σ grows by the ratio
 * (root mean square of error ÷ claimed deviation), never shrinks.
 */
function bandScale(y: readonly number[], firstDay: number): number {
  const origin = y.length - CALIBRATION_DAYS;
  if (origin < MIN_TREND_DAYS) return 1;
  const inner = fitSeasonalTrend(y.slice(0, origin), firstDay, false);
  let ss = 0;
  let k = 0;
  for (let t = origin; t < y.length; t++) {
    if (!Number.isFinite(y[t])) continue;
    const e = inner.day(t);
    if (e.sd <= 0) continue;
    ss += ((y[t]! - e.point) / e.sd) ** 2;
    k++;
  }
  return k ? Math.max(1, Math.sqrt(ss / k)) : 1;
}
