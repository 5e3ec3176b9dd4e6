// Pivot benchmark (issue 5): on a 10-million-line workspace,
//   A  month x ServiceName x SubAccountName with subtotals and grand totals
//   B  the first level of that two-level tree (ServiceName by month)
//   C  by a tag key (tag:Team by month), read through the aggregate's tag sets with the tag aliases applied
// each as p50/p95 of the whole engine call (plan, top-N, SQL, cells, rounding, assembly),
// with the ratio to a bare DuckDB GROUP BY of the same grouping over the raw focus table,
// measured in the same run. Targets: A p50 < 250 ms, B and C p50 < 150 ms.
// PIVOT_BENCH_CASES=C runs only the cases named (comma-separated).
// Run alone: npx tsx test/bench/pivot.bench.ts [--json]   (PIVOT_BENCH_LINES=1000000 for a quick run)
import { pathToFileURL } from 'node:url';
import { trusted } from '../../core/sql/index.ts';
import type { Db } from '../../core/store/db.ts';
import { run, type PivotSpecInput } from '../../core/engines/pivot/index.ts';
import { benchWorkspace } from './pivot-workspace.ts';

export const PIVOT_TARGETS_MS = { A: 250, B: 150, C: 150 } as const;
type CaseId = keyof typeof PIVOT_TARGETS_MS;

const SPEC_A: PivotSpecInput = { kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], columns: ['month'], measures: ['EffectiveCost'] };
const SPEC_B: PivotSpecInput = { ...SPEC_A, depth: 1 };
const SPEC_C: PivotSpecInput = { kind: 'pivot', rows: ['tag:Team'], columns: ['month'], measures: ['EffectiveCost'] };

const BARE_A = trusted(
  `SELECT date_trunc('month', "ChargePeriodStart") AS m, "ServiceName", "SubAccountName", sum("EffectiveCost") AS c FROM focus GROUP BY ALL`,
);
const BARE_B = trusted(`SELECT date_trunc('month', "ChargePeriodStart") AS m, "ServiceName", sum("EffectiveCost") AS c FROM focus GROUP BY ALL`);
const BARE_C = trusted(`SELECT date_trunc('month', "ChargePeriodStart") AS m, "Tags"['Team'] AS t, sum("EffectiveCost") AS c FROM focus GROUP BY ALL`);

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export interface PivotBenchResult {
  name: 'pivot';
  lines: number;
  cases: { id: CaseId; label: string; engine: Timing; rawEngine: Timing; bare: Timing; ratio: number; targetMs: number; met: boolean; source: string; rows: number }[];
}

function quantile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

async function time(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), runs };
}

async function bench(db: Db, id: CaseId, label: string, spec: PivotSpecInput, bare: ReturnType<typeof trusted>, runs: number) {
  const sample = await run(db, spec);
  const engine = await time(() => run(db, spec), runs);
  const rawEngine = await time(() => run(db, spec, { source: 'focus' }), Math.max(3, Math.floor(runs / 3)), 1);
  const bareTiming = await time(() => db.read(bare), runs);
  const targetMs = PIVOT_TARGETS_MS[id];
  return { id, label, engine, rawEngine, bare: bareTiming, ratio: engine.p50 / bareTiming.p50, targetMs, met: engine.p50 < targetMs, source: sample.source, rows: sample.rows.length };
}

export async function runPivotBench(options: { lines?: number; runs?: number; log?: (s: string) => void } = {}): Promise<PivotBenchResult> {
  const lines = options.lines ?? Number(process.env.PIVOT_BENCH_LINES ?? 10_000_000);
  const runs = options.runs ?? 15;
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const ws = await benchWorkspace(lines, log);
  try {
    const all: [CaseId, string, PivotSpecInput, ReturnType<typeof trusted>][] = [
      ['A', 'month x ServiceName x SubAccountName, with totals', SPEC_A, BARE_A],
      ['B', 'first level of the two-level tree', SPEC_B, BARE_B],
      ['C', 'tag:Team by month (tag aggregate)', SPEC_C, BARE_C],
    ];
    const wanted = process.env.PIVOT_BENCH_CASES?.split(',').map((c) => c.trim());
    const cases = [];
    for (const [id, label, spec, bare] of all) if (!wanted || wanted.includes(id)) cases.push(await bench(ws.db, id, label, spec, bare, runs));
    const ms = (t: Timing) => `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`;
    log(`pivot bench on ${lines.toLocaleString('en-US')} lines`);
    for (const c of cases) {
      log(`  ${c.id} ${c.label}: ${ms(c.engine)} (${c.source}, ${c.rows} rows) | bare GROUP BY ${ms(c.bare)} | ratio ${c.ratio.toFixed(2)} | target p50 < ${c.targetMs} ms: ${c.met ? 'met' : 'NOT MET'}`);
      log(`    engine on the raw table (no aggregate): ${ms(c.rawEngine)}`);
    }
    return { name: 'pivot', lines, cases };
  } finally {
    ws.close();
  }
}

export default runPivotBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runPivotBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
