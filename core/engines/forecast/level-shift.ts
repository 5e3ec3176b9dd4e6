// Step 3.3 of SPEC.md: level shifts, found one at a time as the step column that would explain
// most of what the current fit leaves (greedy forward selection). Adding a step at day s to a
// least-squares fit lowers the residual sum of squares by (zᵀr)² ÷ zᵀMz, z = [t ≥ s], M the
// residual projection; suffix sums give every candidate s in one pass, no refit per candidate.
// A step must beat the robust noise (weekly differences remove the weekday pattern) by a margin
// and be a share of the level: trends, spikes and month-length wobbles are not shifts.
import { SHIFT_MIN_AFTER_DAYS, SHIFT_MIN_BEFORE_DAYS, SHIFT_MIN_SHARE, SHIFT_SIGMAS, SHIFT_STEADY_DAYS } from './constants.ts';
import { rowDot, type LinearFit } from './linear-model.ts';

/** Robust daily noise: 1.4826 · MAD of y_t − y_{t−7}, over √2. Missing days (NaN) are skipped. */
export function weeklyNoise(y: ArrayLike<number>, from = 0): number {
  const d: number[] = [];
  for (let t = from + 7; t < y.length; t++) if (Number.isFinite(y[t]) && Number.isFinite(y[t - 7])) d.push(y[t]! - y[t - 7]!);
  if (d.length === 0) return 0;
  const med = median(d);
  return (1.4826 * median(d.map((v) => Math.abs(v - med)))) / Math.SQRT2;
}

export interface StepSearch {
  x: Float64Array;
  p: number;
  y: Float64Array;
  use: Uint8Array;
  fit: LinearFit;
  /** Robust daily noise (weeklyNoise). */
  noise: number;
  /** |level| of the series: a step must be at least SHIFT_MIN_SHARE of it. */
  level: number;
  /** Rows already holding a step. */
  taken: readonly number[];
}

/** Row index of the first day at a new level, or null when no step is large enough. */
export function bestStep({ x, p, y, use, fit, noise, level, taken }: StepSearch): number | null {
  const m = y.length;
  const inv = fit.inverse;
  const sx = new Float64Array(p);
  const u = new Float64Array(p);
  let sr = 0;
  let count = 0;
  let minR = Infinity;
  let maxR = -Infinity;
  let best: { row: number; gain: number } | null = null;
  const first = SHIFT_MIN_BEFORE_DAYS;
  for (let i = m - 1; i >= first; i--) {
    if (use[i]) {
      const r = y[i]! - rowDot(x, p, i, fit.coef);
      sr += r;
      count++;
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      for (let a = 0; a < p; a++) sx[a]! += x[i * p + a]!;
    }
    if (m - i < SHIFT_MIN_AFTER_DAYS || count === 0 || taken.includes(i)) continue;
    // zᵀMz = zᵀz − (Xᵀz)ᵀ(XᵀX)⁻¹(Xᵀz)
    for (let a = 0; a < p; a++) {
      let s = 0;
      for (let b = 0; b < p; b++) s += inv[a * p + b]! * sx[b]!;
      u[a] = s;
    }
    let q = 0;
    for (let a = 0; a < p; a++) q += sx[a]! * u[a]!;
    const zmz = count - q;
    if (zmz <= 1e-6) continue;
    const size = sr / zmz;
    // a change seen on only a few days must hold on each of them (a spike is not a shift)
    if (m - i < SHIFT_STEADY_DAYS && (size > 0 ? minR <= 0 : maxR >= 0)) continue;
    if (Math.abs(size) * Math.sqrt(zmz) < SHIFT_SIGMAS * noise || Math.abs(size) < SHIFT_MIN_SHARE * level) continue;
    const gain = size * size * zmz;
    if (!best || gain > best.gain) best = { row: i, gain };
  }
  return best ? best.row : null;
}

export function median(v: ArrayLike<number>): number {
  const s = Float64Array.from(v).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
