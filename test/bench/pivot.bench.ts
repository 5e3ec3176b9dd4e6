// Pivot benchmark (issues 5 and 19): on a 10-million-line workspace,
//   A  month x ServiceName x SubAccountName with subtotals and grand totals (daily aggregate)
//   B  the first level of that two-level tree (daily aggregate)
//   C  by a tag key: tag:Team by month (the aggregate joined to its tag sets, aliases applied)
//   D  by an AWS cost category: costCategory:BusinessUnit by month (line items: the aggregate has none)
// For each: the whole engine call (plan, freshness, top-N, query, cells, cents, assembly, notices,
// and the JSON a transport sends), and its own SQL: the same GROUPING SETS (every subtotal level,
// with and without the columns; the cost, line count and currencies the engine carries) written
// by hand and run bare on the same source the engine reads. Both p50 (and p95) of runs taken in
// turn in this process, wall and CPU (process.cpuUsage, DuckDB's threads included), so a busy
// machine slows both alike. Target: engine p50 at most 1.5x its own SQL.
// Also printed: each stage's share of the engine's time, and the engine on the raw table.
// PIVOT_BENCH_CASES=C,D runs only the cases named; PIVOT_BENCH_RUNS=N the runs per case (15).
// Run alone: npx tsx test/bench/pivot.bench.ts [--json]   (PIVOT_BENCH_LINES=1000000 for a quick run)
import { pathToFileURL } from 'node:url';
import { sql, trusted, type SqlQuery } from '../../core/sql/index.ts';
import type { Db } from '../../core/store/db.ts';
import { PIVOT_STAGES, run, type PivotSpecInput, type PivotStage } from '../../core/engines/pivot/index.ts';
import { benchWorkspace } from './pivot-workspace.ts';
import { inTurn, ms, once, timing, type Measured, type Timing } from './timing.ts';

/** The engine may spend at most this many times its own SQL (p50, wall). */
export const PIVOT_MAX_RATIO = 1.5;
export type CaseId = 'A' | 'B' | 'C' | 'D';

const SPEC_A: PivotSpecInput = { kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], columns: ['month'], measures: ['EffectiveCost'] };
const SPEC_B: PivotSpecInput = { ...SPEC_A, depth: 1 };
const SPEC_D: PivotSpecInput = { kind: 'pivot', rows: ['costCategory:BusinessUnit'], columns: ['month'], measures: ['EffectiveCost'] };

// Each case's own SQL, by hand: what the pivot shows, as plain DuckDB on the source it reads.
const SUMS = `sum("EffectiveCost") AS cost, min("BillingCurrency") AS currency_min, max("BillingCurrency") AS currency_max`;
const AGG_MONTH = `strftime(date_trunc('month', "ChargeDay"), '%Y-%m') AS m`;
const OWN_A = trusted(
  `SELECT "ServiceName", "SubAccountName", ${AGG_MONTH}, ${SUMS}, sum("LineCount") AS lines FROM pivot_agg
   GROUP BY GROUPING SETS (("ServiceName", "SubAccountName", m), ("ServiceName", "SubAccountName"), ("ServiceName", m), ("ServiceName"), (m), ())`,
);
const OWN_B = trusted(
  `SELECT "ServiceName", ${AGG_MONTH}, ${SUMS}, sum("LineCount") AS lines FROM pivot_agg GROUP BY GROUPING SETS (("ServiceName", m), ("ServiceName"), (m), ())`,
);
// the tag key is data (bound): the scale bench's CUR 2.0 bill has `team` where this workspace has `Team`
const ownC = (key: string) =>
  sql`SELECT t."TagValue" AS tag, ${trusted(AGG_MONTH)}, ${trusted(SUMS)}, sum("LineCount") AS lines
   FROM pivot_agg LEFT JOIN pivot_tag_values t ON t."TagSetId" = pivot_agg."TagSetId" AND t."TagKey" = ${key}
   GROUP BY GROUPING SETS ((tag, m), (tag), (m), ())`;
const OWN_D = trusted(
  `SELECT "x_CostCategories"['BusinessUnit'] AS unit, strftime(date_trunc('month', "ChargePeriodStart"), '%Y-%m') AS m, ${SUMS}, count(*) AS lines
   FROM focus GROUP BY GROUPING SETS ((unit, m), (unit), (m), ())`,
);

export interface PivotCase {
  id: CaseId;
  label: string;
  spec: PivotSpecInput;
  own: SqlQuery;
}

/** Case C by the tag key a workspace has: tag:KEY by month (the aggregate joined to its tag sets). */
export function tagPivotCase(key: string): PivotCase {
  return { id: 'C', label: `tag:${key} by month (tag aggregate)`, spec: { kind: 'pivot', rows: [`tag:${key}`], columns: ['month'], measures: ['EffectiveCost'] }, own: ownC(key) };
}

/** The bench cases, each with its own SQL (the scale bench runs them too). */
export const PIVOT_CASES: readonly PivotCase[] = [
  { id: 'A', label: 'month x ServiceName x SubAccountName, with totals', spec: SPEC_A, own: OWN_A },
  { id: 'B', label: 'first level of the two-level tree', spec: SPEC_B, own: OWN_B },
  tagPivotCase('Team'),
  { id: 'D', label: 'costCategory:BusinessUnit by month (line items)', spec: SPEC_D, own: OWN_D },
];

export interface PivotCaseResult {
  id: CaseId;
  label: string;
  source: string;
  rows: number;
  engine: Measured;
  ownSql: Measured;
  /** engine p50 / own SQL p50, wall and CPU. */
  ratio: number;
  cpuRatio: number;
  met: boolean;
  /** Share of the engine's wall time per stage (0..1), `json` being the result's serialization. */
  stages: Record<PivotStage | 'json', number>;
  /** The engine reading the raw table instead of the aggregate (A-C). */
  rawEngine: Timing | null;
}

export interface PivotBenchResult {
  name: 'pivot';
  lines: number;
  maxRatio: number;
  cases: PivotCaseResult[];
}

/** One case: the engine and its own SQL in turn, stage shares, and the engine on the raw table. */
export async function benchPivotCase(db: Db, { id, label, spec, own }: PivotCase, runs: number, options: { raw?: boolean } = {}): Promise<PivotCaseResult> {
  const sample = await run(db, spec);
  // a key or value the workspace lacks measures an empty pivot and its notice, not this case
  if (sample.notices.length > 0) throw new Error(`pivot bench case ${id} (${label}) asks for what this workspace lacks: ${sample.notices.map((n) => n.message).join(' ')}`);
  const stages: Partial<Record<PivotStage | 'json', number>> = {};
  const engineCall = async () => {
    const result = await run(db, spec, { stages });
    const t0 = performance.now();
    JSON.stringify(result);
    stages.json = (stages.json ?? 0) + performance.now() - t0;
  };
  const ownCall = () => db.read(own);
  for (let i = 0; i < 2; i++) {
    await engineCall();
    await ownCall();
  }
  for (const k of Object.keys(stages)) delete stages[k as PivotStage];
  // in turn, so that whatever else the machine does weighs on both alike
  const [e, o] = await inTurn(engineCall, ownCall, runs, 0);
  const totalStages = Object.values(stages).reduce((a, b) => a + b, 0);
  const shares = Object.fromEntries([...PIVOT_STAGES, 'json'].map((s) => [s, (stages[s as PivotStage] ?? 0) / totalStages])) as PivotCaseResult['stages'];
  let rawEngine: Timing | null = null;
  if (sample.source === 'aggregate' && options.raw !== false) {
    const raw: number[] = [];
    for (let i = 0; i < Math.max(3, Math.floor(runs / 5)); i++) raw.push((await once(() => run(db, spec, { source: 'focus' }))).wall);
    rawEngine = timing(raw);
  }
  const ratio = e.wall.p50 / o.wall.p50;
  return { id, label, source: sample.source, rows: sample.rows.length, engine: e, ownSql: o, ratio, cpuRatio: e.cpu.p50 / o.cpu.p50, met: ratio <= PIVOT_MAX_RATIO, stages: shares, rawEngine };
}

export async function runPivotBench(options: { lines?: number; runs?: number; log?: (s: string) => void } = {}): Promise<PivotBenchResult> {
  const lines = options.lines ?? Number(process.env.PIVOT_BENCH_LINES ?? 10_000_000);
  const runs = options.runs ?? Number(process.env.PIVOT_BENCH_RUNS ?? 15);
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const ws = await benchWorkspace(lines, log);
  try {
    const wanted = process.env.PIVOT_BENCH_CASES?.split(',').map((c) => c.trim());
    const cases: PivotCaseResult[] = [];
    for (const c of PIVOT_CASES) if (!wanted || wanted.includes(c.id)) cases.push(await benchPivotCase(ws.db, c, runs));
    log(`pivot bench on ${lines.toLocaleString('en-US')} lines, ${runs} runs each, engine and its own SQL in turn`);
    for (const c of cases) {
      log(`  ${c.id} ${c.label} [${c.source}, ${c.rows} rows]`);
      log(`    engine  wall ${ms(c.engine.wall)}, cpu ${ms(c.engine.cpu)}`);
      log(`    own SQL wall ${ms(c.ownSql.wall)}, cpu ${ms(c.ownSql.cpu)}`);
      log(`    ratio ${c.ratio.toFixed(2)} wall, ${c.cpuRatio.toFixed(2)} cpu | target <= ${PIVOT_MAX_RATIO}: ${c.met ? 'met' : 'NOT MET'}`);
      log(`    stages: ${Object.entries(c.stages).map(([s, v]) => `${s} ${(100 * v).toFixed(0)}%`).join(', ')}`);
      if (c.rawEngine) log(`    engine on the raw table (no aggregate): ${ms(c.rawEngine)}`);
    }
    return { name: 'pivot', lines, maxRatio: PIVOT_MAX_RATIO, cases };
  } finally {
    ws.close();
  }
}

export default runPivotBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runPivotBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
