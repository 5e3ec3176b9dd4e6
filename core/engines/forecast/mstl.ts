// The `mstl-ets` candidate (SPEC.md step 3): augurs' MSTL (weekly period) with an AutoETS trend,
// in WebAssembly. The package is ESM only and its default init() fetches the .wasm, which Node
// cannot: the module is compiled once from the file beside the package's entry.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initSync, MSTL } from '@bsull/augurs/mstl';
import { FIT_WINDOW_DAYS, Z80 } from './constants.ts';
import type { UsageModel } from './usage-model.ts';

let ready = false;
function ensureWasm(): void {
  if (ready) return;
  const entry = createRequire(import.meta.url).resolve('@bsull/augurs/mstl');
  initSync({ module: readFileSync(join(dirname(entry), 'mstl_bg.wasm')) });
  ready = true;
}

/** `ahead`: how many days after the history the model will be asked about. */
export function fitMstlEts(y: ArrayLike<number>, ahead: number): UsageModel {
  ensureWasm();
  const n = y.length;
  const window = Array.from(y).slice(Math.max(0, n - FIT_WINDOW_DAYS)).map((v, i, a) => (Number.isFinite(v) ? v : Number.isFinite(a[i - 7]) ? a[i - 7]! : 0));
  const model = MSTL.ets([7]);
  let point: number[];
  let sd: number[];
  try {
    model.fit(window);
    const f = model.predict(ahead, 0.8);
    point = f.point;
    sd = f.intervals ? f.intervals.upper.map((u, i) => (u - f.intervals!.lower[i]!) / (2 * Z80)) : point.map(() => 0);
  } finally {
    model.free();
  }
  const nonNegative = Array.from(y).every((v) => !Number.isFinite(v) || v >= 0);
  const at = (t: number) => ({ point: nonNegative ? Math.max(0, point[t - n] ?? 0) : (point[t - n] ?? 0), sd: sd[t - n] ?? 0 });
  return {
    method: 'mstl-ets',
    levelShift: null,
    day: at,
    sum(from, to) {
      let p = 0;
      let v = 0;
      for (let t = from; t <= to; t++) {
        const e = at(t);
        p += e.point;
        v += e.sd ** 2;
      }
      return { point: p, sd: Math.sqrt(v) };
    },
  };
}
