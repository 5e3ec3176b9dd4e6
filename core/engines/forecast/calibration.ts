// Step 3.6 of SPEC.md: bands from the model's own errors, not from a normal law it assumes. The
// in-sample deviation is too optimistic when the level moves in ways the line does not follow
// (monthly steps, slow drifts, a shift the fit has barely seen), and daily errors then come in
// runs. So the model is refitted at earlier origins (28, 56, 84 days before the end), each
// forecasts the next 28 days it did not see, and each side of a band is the quantile of those
// errors on that side, in units of the deviation the model claimed (split conformal prediction,
// one tail at a time: errors that lean one way, such as growth that keeps surprising, widen that
// side only); never narrower than the normal bands. The sum of days (a month's rest) is widened
// by the spread of its own errors on those origins (sumSpread).
import { CALIBRATION_DAYS, CALIBRATION_ORIGINS, MIN_HISTORY_DAYS, Z80, Z95 } from './constants.ts';
import { median } from './level-shift.ts';
import type { UsageModel } from './usage-model.ts';

/** How far each band reaches below and above the point, in claimed deviations. */
export interface BandWidths {
  below80: number;
  above80: number;
  below95: number;
  above95: number;
}

export const NORMAL_WIDTHS: BandWidths = { below80: Z80, above80: Z80, below95: Z95, above95: Z95 };

export interface Calibration extends BandWidths {
  /** Factor on the claimed deviation of a sum of days. */
  sumScale: number;
  /**
   * Variance of a forecast's shared level error, in claimed variances (levelVariance): a day's
   * deviation is the claimed one × √(1 + level). 0: none measured.
   */
  level: number;
}

/** A backtest day's error in the usage model's claimed deviations, and the forecast (cut-off) it belongs to. */
export interface Score {
  z: number;
  origin: number;
}

/**
 * The claimed deviation is a day's noise and the parameters' error; the days of one forecast also
 * share an error the model cannot see: the level drifting away after the cut-off (a slow change,
 * a fleet replaced, a commitment left unused, a fee misjudged). So the days of a month miss
 * together, and a quantile over them as if independent is too narrow. The shared part is the mean
 * error of each forecast's days; its variance, robustly from the spread of those means (median
 * |mean| ÷ 0.6745, squared), widens every day's deviation.
 */
export function levelVariance(scores: readonly Score[]): number {
  const byOrigin = new Map<number, { sum: number; n: number }>();
  for (const s of scores) {
    const o = byOrigin.get(s.origin);
    if (o) {
      o.sum += s.z;
      o.n++;
    } else byOrigin.set(s.origin, { sum: s.z, n: 1 });
  }
  const means = [...byOrigin.values()].map((o) => Math.abs(o.sum / o.n));
  return means.length ? (median(means) / MEDIAN_ABS_NORMAL) ** 2 : 0;
}

/** Widths from signed errors in claimed deviations ((actual − point) ÷ sd): each tail its own quantile. */
export function bandWidths(signed: readonly number[]): BandWidths {
  const up = Float64Array.from(signed).sort();
  const down = Float64Array.from(signed, (v) => -v).sort();
  const above80 = Math.max(Z80, conformalQuantile(up, 0.9));
  const below80 = Math.max(Z80, conformalQuantile(down, 0.9));
  return {
    below80,
    above80,
    above95: Math.max(Z95, conformalQuantile(up, 0.975), (above80 * Z95) / Z80),
    below95: Math.max(Z95, conformalQuantile(down, 0.975), (below80 * Z95) / Z80),
  };
}

/**
 * `shifts`: level shifts the fit on the whole history found (indices into y). An origin's days from
 * such a shift on are left out: the error there is the shift itself, which the model now knows
 * and follows; counting it would size every later band by one past surprise (the track record
 * still shows how often such surprises break the bands).
 */
export function calibrate(y: Float64Array, fit: (head: Float64Array) => UsageModel, shifts: readonly number[] = []): Calibration {
  const scores: number[] = [];
  const sumRatios: number[] = [];
  for (let k = 1; k <= CALIBRATION_ORIGINS; k++) {
    let origin = y.length - k * CALIBRATION_DAYS;
    // a short history still gets one origin, with the days it has after the shortest fit (a week at least)
    if (k === 1 && origin < MIN_HISTORY_DAYS && y.length - MIN_HISTORY_DAYS >= 7) origin = MIN_HISTORY_DAYS;
    if (origin < MIN_HISTORY_DAYS) break;
    const inner = fit(y.subarray(0, origin));
    let err = 0;
    let from = -1;
    let to = -1;
    const unseen = shifts.filter((sh) => sh >= origin).reduce((a, sh) => Math.min(a, sh), Infinity);
    for (let t = origin; t < Math.min(origin + CALIBRATION_DAYS, unseen); t++) {
      if (!Number.isFinite(y[t])) continue;
      const e = inner.day(t);
      err += y[t]! - e.point;
      if (from < 0) from = t;
      to = t;
      if (e.sd > 0) scores.push((y[t]! - e.point) / e.sd);
    }
    if (from >= 0) {
      const s = inner.sum(from, to);
      if (s.sd > 0) sumRatios.push(err / s.sd);
    }
  }
  if (scores.length === 0) return { ...NORMAL_WIDTHS, sumScale: 1, level: 0 };
  const widths = bandWidths(scores);
  return { ...widths, sumScale: sumSpread(sumRatios), level: 0 };
}

/** Median of |z| for a standard normal z. */
const MEDIAN_ABS_NORMAL = 0.6744897501960817;

/**
 * Factor on a sum's claimed deviation: the spread of earlier sums' errors in their claimed
 * deviations (median absolute value ÷ 0.6745, the normal law's), at least 1. Robust: one origin
 * that met an unforeseeable shift must not blow every later band up.
 */
export function sumSpread(ratios: readonly number[]): number {
  return ratios.length ? Math.max(1, median(ratios.map(Math.abs)) / MEDIAN_ABS_NORMAL) : 1;
}

/** The ⌈(N+1)·q⌉-th smallest of N sorted scores (the largest when that is past the end). */
export function conformalQuantile(sorted: ArrayLike<number>, q: number): number {
  const k = Math.min(sorted.length, Math.ceil((sorted.length + 1) * q));
  return sorted[k - 1]!;
}
