// Step 3.1 of SPEC.md: the latest level shift that is still there at the end of the history.
// Weekly differences give the noise without the weekday pattern; a change must beat both a
// multiple of that noise and a share of the level, on the week after it and on the last week.
import { SHIFT_AFTER_DAYS, SHIFT_BEFORE_DAYS, SHIFT_MIN_SHARE, SHIFT_SIGMAS } from './constants.ts';

/** Robust daily noise: 1.4826 · MAD of y_t − y_{t−7}, over √2. Missing days (NaN) are skipped. */
export function weeklyNoise(y: readonly number[]): number {
  const d: number[] = [];
  for (let t = 7; t < y.length; t++) if (Number.isFinite(y[t]) && Number.isFinite(y[t - 7])) d.push(y[t]! - y[t - 7]!);
  if (d.length === 0) return 0;
  const med = median(d);
  return (1.4826 * median(d.map((v) => Math.abs(v - med)))) / Math.SQRT2;
}

/** Index of the first day at the new level, or null. `from`: no shift before it is looked for (it would not change the fit). */
export function findLevelShift(series: readonly number[], from = 0): number | null {
  // only the days that can matter: the ones a shift from `from` on is compared with
  const offset = Math.max(0, from - SHIFT_BEFORE_DAYS);
  const y = series.slice(offset);
  const n = y.length;
  if (n < SHIFT_BEFORE_DAYS + SHIFT_AFTER_DAYS) return null;
  const noise = weeklyNoise(y) * Math.sqrt(1 / SHIFT_BEFORE_DAYS + 1 / SHIFT_AFTER_DAYS);
  const last = mean(y, n - SHIFT_AFTER_DAYS, n);
  let best: { s: number; size: number } | null = null;
  for (let s = n - SHIFT_AFTER_DAYS; s >= SHIFT_BEFORE_DAYS; s--) {
    const a = mean(y, s - SHIFT_BEFORE_DAYS, s);
    const b = mean(y, s, s + SHIFT_AFTER_DAYS);
    const threshold = Math.max(SHIFT_SIGMAS * noise, SHIFT_MIN_SHARE * Math.abs(a));
    const isShift = Math.sign(b - a) === Math.sign(last - a) && Math.abs(b - a) > threshold && Math.abs(last - a) > threshold;
    if (isShift) {
      if (!best || Math.abs(b - a) > best.size) best = { s, size: Math.abs(b - a) };
    } else if (best) break; // the latest run of shift days is over
  }
  return best ? best.s + offset : null;
}

function mean(y: readonly number[], from: number, to: number): number {
  let s = 0;
  let k = 0;
  for (let t = from; t < to; t++) {
    if (Number.isFinite(y[t])) {
      s += y[t]!;
      k++;
    }
  }
  return k ? s / k : NaN;
}

export function median(v: readonly number[]): number {
  const s = Float64Array.from(v).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
