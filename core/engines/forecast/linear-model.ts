// Ordinary least squares for the small designs of seasonal-trend.ts (at most 9 columns):
// coefficients, the residual deviation and (XᵀX)⁻¹, which gives exact prediction variances
// for one day and for a sum of days (SPEC.md step 3.5).

export interface LinearFit {
  coef: number[];
  /** (XᵀX)⁻¹, p × p. */
  inverse: number[][];
  sigma: number;
  /** Rows used, after any left out. */
  rows: number;
}

/** Fits y ≈ Xθ over the rows where `use[i]`. A column that never varies is held at 0 by a tiny ridge. */
export function fitLeastSquares(x: readonly number[][], y: readonly number[], use: readonly boolean[]): LinearFit {
  const p = x[0]?.length ?? 0;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  let rows = 0;
  for (let i = 0; i < y.length; i++) {
    if (!use[i]) continue;
    rows++;
    const xi = x[i]!;
    // a row has at most 4 non-zero entries (level, trend, step, one weekday): skip the zeros
    const nz: number[] = [];
    for (let a = 0; a < p; a++) if (xi[a] !== 0) nz.push(a);
    for (const a of nz) {
      xty[a]! += xi[a]! * y[i]!;
      for (const b of nz) xtx[a]![b]! += xi[a]! * xi[b]!;
    }
  }
  // a weekday with no row in the window (gaps) would make XᵀX singular
  let trace = 0;
  for (let a = 0; a < p; a++) trace += xtx[a]![a]!;
  for (let a = 0; a < p; a++) xtx[a]![a]! += 1e-10 * (trace || 1);
  const inverse = invert(xtx);
  const coef = inverse.map((row) => row.reduce((s, v, b) => s + v * xty[b]!, 0));
  let rss = 0;
  for (let i = 0; i < y.length; i++) if (use[i]) rss += (y[i]! - dot(x[i]!, coef)) ** 2;
  const sigma = rows > p ? Math.sqrt(rss / (rows - p)) : 0;
  return { coef, inverse, sigma, rows };
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** vᵀ M v */
export function quadratic(m: readonly number[][], v: readonly number[]): number {
  let s = 0;
  for (let a = 0; a < v.length; a++) s += v[a]! * dot(m[a]!, v);
  return s;
}

/** Gauss-Jordan with partial pivoting. */
function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const d = a[c]![c]! || 1e-300;
    for (let k = 0; k < 2 * n; k++) a[c]![k]! /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      if (f === 0) continue;
      for (let k = 0; k < 2 * n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row) => row.slice(n));
}
