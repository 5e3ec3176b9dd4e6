// Timing helpers shared by the in-process benches: wall and CPU milliseconds of one call, and
// p50/p95 of runs taken in turn (so whatever else the machine does weighs on both sides alike).

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Wall and CPU (process.cpuUsage: DuckDB's threads included) timings of the same runs. */
export interface Measured {
  wall: Timing;
  cpu: Timing;
}

function quantile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

export function timing(xs: number[]): Timing {
  const sorted = [...xs].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: xs.length };
}

/** Wall and CPU milliseconds of one call. */
export async function once(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** `runs` calls of `a` and `b` in turn (after `warmup` untimed pairs): each side's wall and CPU. */
export async function inTurn(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number, warmup = 1): Promise<[Measured, Measured]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const sa = { wall: [] as number[], cpu: [] as number[] };
  const sb = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const x = await once(a);
    const y = await once(b);
    sa.wall.push(x.wall);
    sa.cpu.push(x.cpu);
    sb.wall.push(y.wall);
    sb.cpu.push(y.cpu);
  }
  return [{ wall: timing(sa.wall), cpu: timing(sa.cpu) }, { wall: timing(sb.wall), cpu: timing(sb.cpu) }];
}

export const ms = (t: Timing): string => `p50 ${t.p50.toFixed(1)} ms (p95 ${t.p95.toFixed(1)})`;

/** An engine call against its bare baseline, taken in turn: both sides and the ratios of their p50s. */
export interface Comparison {
  engine: Measured;
  bare: Measured;
  ratio: number;
  cpuRatio: number;
}

export async function compareInTurn(engine: () => Promise<unknown>, bare: () => Promise<unknown>, runs: number): Promise<Comparison> {
  const [e, b] = await inTurn(engine, bare, runs);
  return { engine: e, bare: b, ratio: e.wall.p50 / b.wall.p50, cpuRatio: e.cpu.p50 / b.cpu.p50 };
}

/** The comparison's lines, under a title; `verdict` says which targets are met. */
export function logComparison(log: (s: string) => void, title: string, c: Comparison, verdict: string): void {
  log(title);
  log(`  engine      wall ${ms(c.engine.wall)}, cpu ${ms(c.engine.cpu)}`);
  log(`  bare scans  wall ${ms(c.bare.wall)}, cpu ${ms(c.bare.cpu)}`);
  log(`  ratio ${c.ratio.toFixed(2)} wall, ${c.cpuRatio.toFixed(2)} cpu | ${verdict}`);
}

export const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
