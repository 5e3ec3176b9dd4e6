// The default model (SPEC.md step 3): least squares on the last 12 weeks with a trend, a step at
// each level shift found (level-shift.ts) and a weekday pattern; one robust pass drops spikes;
// bands calibrated on the model's own errors from earlier origins (calibration.ts).
import { FIT_WINDOW_DAYS, MAX_SHIFTS, MIN_TREND_DAYS, OUTLIER_SIGMAS } from './constants.ts';
import { weekday } from './days.ts';
import { bestStep, weeklyNoise } from './level-shift.ts';
import { fitLeastSquares, quadratic, rowDot, type LinearFit } from './linear-model.ts';
import { calibrate, NORMAL_WIDTHS, type Calibration } from './calibration.ts';
import type { Estimate, UsageModel } from './usage-model.ts';

const WEEKDAY_COLUMNS = 6;

/** `y[i]` is day `firstDay + i`; NaN marks a gap (no data in the workspace that day). */
export function fitSeasonalTrend(y: Float64Array, firstDay: number, calibrated = true): UsageModel {
  const n = y.length;
  const w0 = Math.max(0, n - FIT_WINDOW_DAYS);
  const m = n - w0;
  const withTrend = m >= MIN_TREND_DAYS;
  const wy = y.subarray(w0);
  const use = new Uint8Array(m);
  let level = 0;
  for (let i = 0; i < m; i++) {
    use[i] = Number.isFinite(wy[i]) ? 1 : 0;
    if (use[i]) level += Math.abs(wy[i]!);
  }
  level /= Math.max(1, use.reduce((a, b) => a + b, 0));
  const wd0 = weekday(firstDay + w0);
  const steps: number[] = []; // window rows of the first day at each new level
  const base = withTrend ? 2 : 1;
  const design = (): { x: Float64Array; p: number } => {
    const p = base + WEEKDAY_COLUMNS + steps.length;
    const x = new Float64Array(m * p);
    for (let i = 0; i < m; i++) {
      const o = i * p;
      x[o] = 1;
      if (withTrend) x[o + 1] = i - (m - 1); // centred on the last day: the intercept is today's level
      const wd = (wd0 + i) % 7;
      if (wd > 0) x[o + base + wd - 1] = 1;
      for (let k = 0; k < steps.length; k++) if (i >= steps[k]!) x[o + base + WEEKDAY_COLUMNS + k] = 1;
    }
    return { x, p };
  };
  let { x, p } = design();
  let fit: LinearFit = fitLeastSquares(x, p, wy, use);
  const noise = weeklyNoise(wy);
  for (let k = 0; k < MAX_SHIFTS; k++) {
    const s = bestStep({ x, p, y: wy, use, fit, noise, level, taken: steps });
    if (s === null) break;
    steps.push(s);
    ({ x, p } = design());
    fit = fitLeastSquares(x, p, wy, use);
  }
  if (fit.sigma > 0) {
    const kept = use.slice();
    let dropped = false;
    for (let i = 0; i < m; i++) {
      if (kept[i] && Math.abs(wy[i]! - rowDot(x, p, i, fit.coef)) > OUTLIER_SIGMAS * fit.sigma) {
        kept[i] = 0;
        dropped = true;
      }
    }
    if (dropped) fit = fitLeastSquares(x, p, wy, kept);
  }
  let nonNegative = true;
  for (let i = 0; i < n; i++) if (y[i]! < 0) nonNegative = false;
  const clamp = (v: number) => (nonNegative ? Math.max(0, v) : v);
  // every step is on from the last day on: their sum joins the level
  const coef = fit.coef;
  let levelNow = coef[0]!;
  for (let k = 0; k < steps.length; k++) levelNow += coef[base + WEEKDAY_COLUMNS + k]!;
  const slope = withTrend ? coef[1]! : 0;
  const weekdayEffect = (t: number) => {
    const wd = (wd0 + t - w0) % 7;
    return wd > 0 ? coef[base + wd - 1]! : 0;
  };
  const row = new Float64Array(p);
  const future = (t: number, into: Float64Array, weight: number) => {
    into[0]! += weight;
    if (withTrend) into[1]! += weight * (t - (n - 1));
    const wd = (wd0 + t - w0) % 7;
    if (wd > 0) into[base + wd - 1]! += weight;
    for (let k = 0; k < steps.length; k++) into[base + WEEKDAY_COLUMNS + k]! += weight;
  };
  const pointOf = (t: number) => clamp(levelNow + slope * (t - (n - 1)) + weekdayEffect(t));
  const sigma = fit.sigma;
  const raw = {
    day(t: number): Estimate {
      row.fill(0);
      future(t, row, 1);
      return { point: pointOf(t), sd: sigma * Math.sqrt(1 + quadratic(fit.inverse, p, row)) };
    },
    sum(from: number, to: number): Estimate {
      row.fill(0);
      let point = 0;
      for (let t = from; t <= to; t++) {
        point += pointOf(t);
        future(t, row, 1);
      }
      const k = to - from + 1;
      // the parameters' error is shared by every day of the sum: it does not average out
      return { point, sd: sigma * Math.sqrt(Math.max(0, k + quadratic(fit.inverse, p, row))) };
    },
  };
  const cal: Calibration = calibrated ? calibrate(y, (head) => fitSeasonalTrend(head, firstDay, false), steps.map((st) => w0 + st)) : { ...NORMAL_WIDTHS, sumScale: 1, level: 0 };
  return {
    method: 'seasonal-trend',
    levelShift: steps.length ? w0 + Math.max(...steps) : null,
    levelShifts: steps.map((s) => w0 + s).sort((a, b) => a - b),
    day(t) {
      const e = raw.day(t);
      return { point: e.point, sd: e.sd, widths: cal };
    },
    sum(from, to) {
      const e = raw.sum(from, to);
      return { point: e.point, sd: e.sd * cal.sumScale };
    },
  };
}
