// Step 3.5 of SPEC.md: bands from the model's own errors, not from a normal law it assumes. The
// in-sample deviation is too optimistic when the level moves in ways the line does not follow
// (monthly steps, slow drifts, a shift the fit has barely seen), and daily errors then come in
// runs. So the model is refitted at earlier origins (28, 56, 84 days before the end), each
// forecasts the next 28 days it did not see, and the bands' widths are the quantiles of those
// errors in units of the deviation the model claimed (split conformal prediction): never
// narrower than the normal bands. The sum of days (a month's rest) is widened by the larger of
// its own error ratio on those origins and the daily widening.
import { CALIBRATION_DAYS, CALIBRATION_ORIGINS, MIN_HISTORY_DAYS, Z80, Z95 } from './constants.ts';
import type { UsageModel } from './usage-model.ts';

export interface Calibration {
  /** Half-widths of the daily 80% and 95% bands, in claimed deviations. */
  z80: number;
  z95: number;
  /** Factor on the claimed deviation of a sum of days. */
  sumScale: number;
}

export function calibrate(y: Float64Array, fit: (head: Float64Array) => UsageModel): Calibration {
  const scores: number[] = [];
  const sumRatios: number[] = [];
  for (let k = 1; k <= CALIBRATION_ORIGINS; k++) {
    const origin = y.length - k * CALIBRATION_DAYS;
    if (origin < MIN_HISTORY_DAYS) break;
    const inner = fit(y.subarray(0, origin));
    let err = 0;
    let from = -1;
    let to = -1;
    for (let t = origin; t < origin + CALIBRATION_DAYS; t++) {
      if (!Number.isFinite(y[t])) continue;
      const e = inner.day(t);
      err += y[t]! - e.point;
      if (from < 0) from = t;
      to = t;
      if (e.sd > 0) scores.push(Math.abs(y[t]! - e.point) / e.sd);
    }
    if (from >= 0) {
      const s = inner.sum(from, to);
      if (s.sd > 0) sumRatios.push(err / s.sd);
    }
  }
  if (scores.length === 0) return { z80: Z80, z95: Z95, sumScale: 1 };
  scores.sort((a, b) => a - b);
  const z80 = Math.max(Z80, conformalQuantile(scores, 0.8));
  const z95 = Math.max(Z95, conformalQuantile(scores, 0.95), (z80 * Z95) / Z80);
  const rms = sumRatios.length ? Math.sqrt(sumRatios.reduce((a, r) => a + r * r, 0) / sumRatios.length) : 1;
  return { z80, z95, sumScale: Math.max(1, rms, z80 / Z80) };
}

/** The ⌈(N+1)·q⌉-th smallest of N sorted scores (the largest when that is past the end). */
export function conformalQuantile(sorted: ArrayLike<number>, q: number): number {
  const k = Math.min(sorted.length, Math.ceil((sorted.length + 1) * q));
  return sorted[k - 1]!;
}
