// Ordinary least squares for the small designs of seasonal-trend.ts (at most 12 columns), on
// typed arrays: a forecast of 1,000 series runs some 30,000 of these fits. Gives the
// coefficients, the residual deviation and (XᵀX)⁻¹, which gives exact prediction variances for
// one day and for a sum of days (SPEC.md step 3.6), and what adding a step column would gain.

export interface LinearFit {
  p: number;
  coef: Float64Array;
  /** (XᵀX)⁻¹, p × p, row-major. */
  inverse: Float64Array;
  sigma: number;
  /** Rows used, after any left out. */
  rows: number;
}

/**
 * Fits y ≈ Xθ over the rows i where `use[i]`; X is m × p row-major. A column that never varies
 * (a weekday with no row in the window) is held near 0 by a tiny ridge instead of failing.
 */
export function fitLeastSquares(x: Float64Array, p: number, y: Float64Array, use: Uint8Array): LinearFit {
  const m = y.length;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  let rows = 0;
  for (let i = 0; i < m; i++) {
    if (!use[i]) continue;
    rows++;
    const o = i * p;
    const yi = y[i]!;
    for (let a = 0; a < p; a++) {
      const xa = x[o + a]!;
      if (xa === 0) continue; // a row has at most 4 + steps non-zero entries
      xty[a]! += xa * yi;
      for (let b = a; b < p; b++) xtx[a * p + b]! += xa * x[o + b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtx[a * p + b] = xtx[b * p + a]!;
  let trace = 0;
  for (let a = 0; a < p; a++) trace += xtx[a * p + a]!;
  // relative to each column's own scale: a fixed share of the trace would bend an exact fit (the trend column's trace is large)
  for (let a = 0; a < p; a++) xtx[a * p + a]! += 1e-12 * (xtx[a * p + a]! || trace || 1);
  const inverse = invert(xtx, p);
  const coef = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    let s = 0;
    for (let b = 0; b < p; b++) s += inverse[a * p + b]! * xty[b]!;
    coef[a] = s;
  }
  let rss = 0;
  for (let i = 0; i < m; i++) if (use[i]) rss += (y[i]! - rowDot(x, p, i, coef)) ** 2;
  const sigma = rows > p ? Math.sqrt(rss / (rows - p)) : 0;
  return { p, coef, inverse, sigma, rows };
}

export function rowDot(x: Float64Array, p: number, i: number, v: Float64Array): number {
  let s = 0;
  const o = i * p;
  for (let a = 0; a < p; a++) s += x[o + a]! * v[a]!;
  return s;
}

/** vᵀ M v, M p × p row-major. */
export function quadratic(m: Float64Array, p: number, v: ArrayLike<number>): number {
  let s = 0;
  for (let a = 0; a < p; a++) {
    const va = v[a]!;
    if (va === 0) continue;
    let r = 0;
    for (let b = 0; b < p; b++) r += m[a * p + b]! * v[b]!;
    s += va * r;
  }
  return s;
}

/** Gauss-Jordan with partial pivoting, in place on a copy. */
function invert(m: Float64Array, n: number): Float64Array {
  const w = 2 * n;
  const a = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * w + j] = m[i * n + j]!;
    a[i * w + n + i] = 1;
  }
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * w + c]!) > Math.abs(a[pivot * w + c]!)) pivot = r;
    if (pivot !== c) for (let k = 0; k < w; k++) [a[c * w + k], a[pivot * w + k]] = [a[pivot * w + k]!, a[c * w + k]!];
    const d = a[c * w + c]! || 1e-300;
    for (let k = 0; k < w; k++) a[c * w + k]! /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r * w + c]!;
      if (f === 0) continue;
      for (let k = 0; k < w; k++) a[r * w + k]! -= f * a[c * w + k]!;
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = a[i * w + n + j]!;
  return out;
}
