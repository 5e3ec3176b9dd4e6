// Scale benchmark (issue 19): a large organisation's quarter, 50 million CUR lines over 3 months.
// Not part of the default `npm run bench` (run.ts leaves it out unless named):
//   npm run bench -- scale [--lines N]        (N: 2000000, 2M, 500k; default 50M; or SCALE_BENCH_LINES)
// Steps, each heavy one in its own process (phases.ts: its own wall, CPU and peak RSS):
//   1 the bill: CUR 2.0 Parquet from the generator (compact, as AWS delivers it), kept in .cache/bench
//   2 bare DuckDB copying the Parquet into a fresh database file (deleted right after), then
//     ingestPaths into a fresh workspace, kept in .cache/bench with these figures beside it (a
//     rerun measures steps 3-5 on it without loading again)
//   3 the workspace's size on disk
//   4 opening it in a fresh process (Workspace.open), three times, and the Data view's `info` after it
//   5 in one fresh process: the pivot bench's cases A-C (pivot.bench.ts; C by the bill's `team` key;
//     D needs cost categories, which the generated bill has none of) against their own SQL, and the first drill-down page
//     (200 lines and the cell's totals, as the grid asks) of the five largest cells of case A, then
//     the same cells' first page sorted by EffectiveCost
// Targets, printed beside each figure: ingest ≤ 1.3× the bare copy, peak RSS < 2 GB (the
// workspace's 1 GB DuckDB cap holding, ingest and queries alike), open < 1 s, pivot p50 < 300 ms,
// first drill page < 500 ms.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createWorkbench } from '../../core/api/service.ts';
import { drill, run } from '../../core/engines/pivot/index.ts';
import { sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { benchCacheDir, billDataFiles, cachedBill, generatorVersion } from './cached-bill.ts';
import { bareCopy, ingestWorkspace } from './load-phases.ts';
import { gb, perSecond, phaseMain, runPhase, type PhaseResult } from './phases.ts';
import { benchPivotCase, PIVOT_CASES, tagPivotCase, type PivotCaseResult } from './pivot.bench.ts';
import { ms, once, timing, type Timing } from './timing.ts';

const FILE = fileURLToPath(import.meta.url);
export const SCALE_DEFAULT_LINES = 50_000_000;
export const SCALE_TARGETS = { ingestRatio: 1.3, peakRssBytes: 2e9, openSeconds: 1, pivotP50Ms: 300, drillFirstPageMs: 500 } as const;
const SCALE_CASES = ['A', 'B', 'C'];
/**
 * The generator's Team tag as this bill's workspace has it: CUR 2.0 writes it `user_team`, which
 * loads as `team` when no legacy CUR header taught the map AWS's spelling (ingest/SPEC.md, "Tag keys").
 * Case C by `Team` here pivoted a key no line has: one (untagged) row and its notice.
 */
const SCALE_TAG_KEY = 'team';
const DRILL_CELLS = 5;
const DRILL_PAGE = 200;
const OPENINGS = 3;

interface OpenFigures {
  openMs: number;
  infoMs: number;
}

interface QueryFigures {
  cases: PivotCaseResult[];
  drill: { cell: string[]; lines: number; ms: number }[];
  /** The same cells' first page sorted by EffectiveCost, biggest first (a header click in the grid). */
  drillSorted: { cell: string[]; ms: number }[];
}

await phaseMain({
  bare: bareCopy,
  ingest: ingestWorkspace,
  open: async (a: { db: string }): Promise<OpenFigures> => {
    const t0 = performance.now();
    const ws = await Workspace.open(a.db);
    const t1 = performance.now();
    await createWorkbench(ws).info({});
    const t2 = performance.now();
    ws.close();
    return { openMs: t1 - t0, infoMs: t2 - t1 };
  },
  query: async (a: { db: string; runs: number }): Promise<QueryFigures> => {
    const ws = await Workspace.open(a.db);
    try {
      const cases: PivotCaseResult[] = [];
      for (const c of PIVOT_CASES) {
        if (SCALE_CASES.includes(c.id)) cases.push(await benchPivotCase(ws.db, c.id === 'C' ? tagPivotCase(SCALE_TAG_KEY) : c, a.runs, { raw: false }));
      }
      const spec = PIVOT_CASES[0]!.spec;
      // the largest cells of case A, each drilled once: a first page is never served from the drill cache
      const cells = await ws.db.all(sql`SELECT "ServiceName" AS s, "SubAccountName" AS a, strftime(date_trunc('month', "ChargeDay"), '%Y-%m') AS m, sum("LineCount") AS n
        FROM pivot_agg WHERE "ServiceName" IS NOT NULL AND "SubAccountName" IS NOT NULL GROUP BY ALL ORDER BY n DESC, s, a, m LIMIT ${DRILL_CELLS}`);
      await run(ws.db, spec);
      const drills: QueryFigures['drill'] = [];
      for (const c of cells) {
        const cell = { rows: [String(c.s), String(c.a)], columns: [String(c.m)] };
        let lines = 0;
        const t = await once(async () => (lines = (await drill(ws.db, { spec, cell, offset: 0, limit: DRILL_PAGE, withTotals: true })).totals?.lines ?? 0));
        drills.push({ cell: [...cell.rows, ...cell.columns], lines, ms: t.wall });
      }
      const sorted: QueryFigures['drillSorted'] = [];
      for (const c of cells) {
        const cell = { rows: [String(c.s), String(c.a)], columns: [String(c.m)] };
        const t = await once(() => drill(ws.db, { spec, cell, offset: 0, limit: DRILL_PAGE, withTotals: true, sort: [{ column: 'EffectiveCost', direction: 'desc' }] }));
        sorted.push({ cell: [...cell.rows, ...cell.columns], ms: t.wall });
      }
      return { cases, drill: drills, drillSorted: sorted };
    } finally {
      ws.close();
    }
  },
});

/** `--lines N` (2000000, 2M, 500k), else SCALE_BENCH_LINES, else 50M. */
export function scaleLines(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): number {
  const at = argv.indexOf('--lines');
  const text = at >= 0 ? argv[at + 1] : env.SCALE_BENCH_LINES;
  if (text === undefined) return SCALE_DEFAULT_LINES;
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.replaceAll('_', ''));
  const n = m ? Math.round(Number(m[1]) * ({ k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as 'k' | 'm'] ?? 1)) : NaN;
  if (!Number.isSafeInteger(n) || n < 10_000) throw new Error(`--lines takes a number of CUR lines of at least 10,000 (2000000, 2M, 500k), not ${JSON.stringify(text)}`);
  return n;
}

interface LoadFigures {
  lines: number;
  focusRows: number;
  files: number;
  billBytes: number;
  bare: Omit<PhaseResult<number>, 'value'>;
  ingest: Omit<PhaseResult<number>, 'value'>;
  measuredAt: string;
}

export interface ScaleBenchResult {
  name: 'scale';
  lines: number;
  load: LoadFigures & { ratio: number; cpuRatio: number; cached: boolean };
  workspaceBytes: number;
  open: { openMs: Timing; infoMs: Timing; peakRssBytes: number };
  pivot: { id: string; label: string; engine: Timing; ownSql: Timing; ratio: number; met: boolean; stages: PivotCaseResult['stages'] }[];
  drill: { cell: string[]; lines: number; ms: number }[];
  drillFirstPage: Timing;
  drillSortedFirstPage: Timing;
  queryPeakRssBytes: number;
  targets: typeof SCALE_TARGETS;
  met: { ingestRatio: boolean; peakRss: boolean; open: boolean; pivot: boolean; drill: boolean };
  stepSeconds: Record<string, number>;
}

const dirBytes = (d: string): number => readdirSync(d, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? dirBytes(join(d, e.name)) : statSync(join(d, e.name)).size), 0);
const fileBytes = (f: string): number => [f, `${f}.wal`].reduce((s, p) => s + (existsSync(p) ? statSync(p).size : 0), 0);
const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** Steps 1-2: the bill and the workspace, built once per (lines, generator version). */
async function loadedWorkspace(lines: number, log: (s: string) => void, steps: Record<string, number>): Promise<{ path: string; load: LoadFigures; cached: boolean }> {
  const cache = benchCacheDir();
  const name = `scale-${lines}-${generatorVersion()}`;
  const path = join(cache, `${name}.duckdb`);
  const figuresPath = join(cache, `${name}.load.json`);
  if (existsSync(path) && existsSync(figuresPath)) return { path, load: JSON.parse(readFileSync(figuresPath, 'utf8')) as LoadFigures, cached: true };
  mkdirSync(cache, { recursive: true });
  for (const old of readdirSync(cache)) if (old.startsWith(`scale-${lines}-`) && !old.startsWith(name)) rmSync(join(cache, old), { recursive: true, force: true });
  let t = performance.now();
  const bill = await cachedBill(lines, log);
  steps.bill = (performance.now() - t) / 1000;
  const files = billDataFiles(bill);
  const billBytes = dirBytes(bill.billingDir);
  log(`  bill: ${bill.lines.toLocaleString('en-US')} CUR 2.0 lines in ${files.length} Parquet files, ${gb(billBytes)}`);
  const work = join(cache, `${name}.work`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    t = performance.now();
    const bare = await runPhase<number>(FILE, 'bare', { files, db: join(work, 'bare.duckdb') });
    steps.bareCopy = (performance.now() - t) / 1000;
    log(`  bare DuckDB copy: ${bare.seconds.toFixed(1)} s (${bare.cpuSeconds.toFixed(1)} s CPU), ${gb(fileBytes(join(work, 'bare.duckdb')))} on disk, peak RSS ${gb(bare.peakRssBytes)}`);
    rmSync(join(work, 'bare.duckdb'), { force: true });
    rmSync(join(work, 'bare.duckdb.wal'), { force: true });
    const building = join(work, 'workspace.duckdb');
    t = performance.now();
    const ingest = await runPhase<number>(FILE, 'ingest', { path: bill.billingDir, db: building });
    steps.ingest = (performance.now() - t) / 1000;
    if (ingest.value !== bill.focusRows || bare.value !== bill.lines) throw new Error(`loaded ${ingest.value} rows of ${bill.focusRows} (bare: ${bare.value} of ${bill.lines} lines)`);
    const strip = ({ value: _v, ...rest }: PhaseResult<number>) => rest;
    const load: LoadFigures = { lines: bill.lines, focusRows: bill.focusRows, files: files.length, billBytes, bare: strip(bare), ingest: strip(ingest), measuredAt: new Date().toISOString() };
    renameSync(building, path);
    if (existsSync(`${building}.wal`)) renameSync(`${building}.wal`, `${path}.wal`);
    writeFileSync(figuresPath, JSON.stringify(load));
    return { path, load, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runScaleBench(options: { lines?: number; runs?: number; log?: (s: string) => void } = {}): Promise<ScaleBenchResult> {
  const lines = options.lines ?? scaleLines();
  const runs = options.runs ?? Number(process.env.SCALE_BENCH_RUNS ?? 15);
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const T = SCALE_TARGETS;
  const steps: Record<string, number> = {};
  log(`scale bench: a quarter of about ${lines.toLocaleString('en-US')} CUR 2.0 lines`);
  const { path, load, cached } = await loadedWorkspace(lines, log, steps);
  const ratio = load.ingest.seconds / load.bare.seconds;
  const cpuRatio = load.ingest.cpuSeconds / load.bare.cpuSeconds;
  const workspaceBytes = fileBytes(path);

  let t = performance.now();
  const openings: PhaseResult<OpenFigures>[] = [];
  for (let i = 0; i < OPENINGS; i++) openings.push(await runPhase<OpenFigures>(FILE, 'open', { db: path }));
  steps.open = (performance.now() - t) / 1000;
  const open = { openMs: timing(openings.map((o) => o.value.openMs)), infoMs: timing(openings.map((o) => o.value.infoMs)), peakRssBytes: Math.max(...openings.map((o) => o.peakRssBytes)) };

  t = performance.now();
  const q = await runPhase<QueryFigures>(FILE, 'query', { db: path, runs });
  steps.queries = (performance.now() - t) / 1000;
  const pivot = q.value.cases.map((c) => ({ id: c.id, label: c.label, engine: c.engine.wall, ownSql: c.ownSql.wall, ratio: c.ratio, met: c.engine.wall.p50 < T.pivotP50Ms, stages: c.stages }));
  const drillFirstPage = timing(q.value.drill.map((d) => d.ms));
  const drillSortedFirstPage = timing(q.value.drillSorted.map((d) => d.ms));
  const peak = Math.max(load.ingest.peakRssBytes, q.peakRssBytes);
  const met = {
    ingestRatio: ratio <= T.ingestRatio, peakRss: peak < T.peakRssBytes, open: open.openMs.p50 < T.openSeconds * 1000,
    pivot: pivot.every((p) => p.met), drill: drillFirstPage.p50 < T.drillFirstPageMs,
  };

  log(`scale bench on ${load.lines.toLocaleString('en-US')} CUR lines (${load.focusRows.toLocaleString('en-US')} FOCUS rows)${cached ? `, workspace loaded ${load.measuredAt} (load figures from then)` : ''}:`);
  log(`  bill on disk ${gb(load.billBytes)} in ${load.files} Parquet files; workspace on disk ${gb(workspaceBytes)}`);
  log(`  ingest ${load.ingest.seconds.toFixed(1)} s (${perSecond(load.lines, load.ingest.seconds)}; ${load.ingest.cpuSeconds.toFixed(1)} s CPU), bare copy ${load.bare.seconds.toFixed(1)} s (${load.bare.cpuSeconds.toFixed(1)} s CPU): ratio ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU | target ≤ ${T.ingestRatio}: ${mark(met.ingestRatio)}`);
  log(`  peak RSS: ingest ${gb(load.ingest.peakRssBytes)}, queries ${gb(q.peakRssBytes)}, open ${gb(open.peakRssBytes)} (bare copy, DuckDB uncapped: ${gb(load.bare.peakRssBytes)}) | target < ${gb(T.peakRssBytes)}: ${mark(met.peakRss)}`);
  log(`  open ${ms(open.openMs)} over ${OPENINGS} fresh processes | target < ${T.openSeconds * 1000} ms: ${mark(met.open)}; then the Data view's info ${ms(open.infoMs)}`);
  for (const p of pivot) {
    log(`  pivot ${p.id} ${p.label}: ${ms(p.engine)}, its own SQL ${ms(p.ownSql)}, ratio ${p.ratio.toFixed(2)} | target p50 < ${T.pivotP50Ms} ms: ${mark(p.met)}`);
    log(`    stages: ${Object.entries(p.stages).map(([s, v]) => `${s} ${(100 * v).toFixed(0)}%`).join(', ')}`);
  }
  log(`  drill-down first page (${DRILL_PAGE} lines and totals) of the ${q.value.drill.length} largest cells of A: ${q.value.drill.map((d) => `${Math.round(d.ms)} ms (${d.lines.toLocaleString('en-US')} lines)`).join(', ')}; ${ms(drillFirstPage)} | target < ${T.drillFirstPageMs} ms: ${mark(met.drill)}`);
  log(`  the same cells' first page sorted by EffectiveCost (a header click): ${q.value.drillSorted.map((d) => `${Math.round(d.ms)} ms`).join(', ')}; ${ms(drillSortedFirstPage)} | target < ${T.drillFirstPageMs} ms: ${mark(drillSortedFirstPage.p50 < T.drillFirstPageMs)}`);
  log(`  steps (s): ${Object.entries(steps).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  return {
    name: 'scale', lines: load.lines, load: { ...load, ratio, cpuRatio, cached }, workspaceBytes, open, pivot, drill: q.value.drill, drillFirstPage, drillSortedFirstPage,
    queryPeakRssBytes: q.peakRssBytes, targets: T, met, stepSeconds: steps,
  };
}

export default runScaleBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && !process.argv.includes('--phase')) {
  const result = await runScaleBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
