// Generator benchmark (issue 3): 10 million CUR 2.0 lines (and 1 million legacy CUR CSV lines)
// generated to disk, with lines per second and peak memory, against a bare DuckDB COPY that writes
// the same file from the generated one in the same run. Target: 10M CUR lines in under 2 minutes.
// Run alone: npx tsx test/bench/synth.bench.ts [--json]   (SYNTH_BENCH_LINES=1000000 for a quick run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate, type GenerateResult, type OutputFormat } from '../../core/synth/index.ts';
import { gb, perSecond, phaseMain, runPhase } from './phases.ts';

const FILE = fileURLToPath(import.meta.url);
export const SYNTH_TARGET_SECONDS_PER_10M = 120;

const COPY_OPTIONS: Record<OutputFormat, string> = {
  'cur2-parquet': `FORMAT parquet, COMPRESSION snappy`,
  'cur-legacy-csv': `FORMAT csv, HEADER true, COMPRESSION gzip`,
  'focus-csv': `FORMAT csv, HEADER true`,
};

await phaseMain({
  generate: async (a: { out: string; format: OutputFormat; scale: number }) =>
    generate({ out: a.out, format: a.format, scale: a.scale, months: 3, seed: 1, metrics: false }),
  // The same bytes' worth of work for DuckDB alone: read the generated files, write them again.
  bareCopy: async (a: { files: string[]; format: OutputFormat; to: string }) => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const files = a.files.map((f) => `'${f}'`).join(', ');
    const reader = a.format === 'cur2-parquet' ? `read_parquet([${files}])` : `read_csv([${files}], all_varchar = true, header = true)`;
    await conn.run(`COPY (SELECT * FROM ${reader}) TO '${a.to}' (${COPY_OPTIONS[a.format]})`);
    conn.closeSync();
    db.closeSync();
    return null;
  },
});

interface Case {
  format: OutputFormat;
  lines: number;
  seconds: number;
  linesPerSecond: number;
  peakRssBytes: number;
  bareSeconds: number;
  ratio: number;
}

export interface SynthBenchResult {
  name: 'synth';
  cases: Case[];
  target: string;
  met: boolean;
}

async function benchFormat(format: OutputFormat, scale: number, log: (s: string) => void): Promise<Case> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-bench-synth-'));
  try {
    const gen = await runPhase<GenerateResult>(FILE, 'generate', { out: join(dir, 'out'), format, scale });
    const data = gen.value.files.filter((f) => !f.endsWith('Manifest.json')).map((f) => join(gen.value.billingDir, f));
    const bare = await runPhase(FILE, 'bareCopy', { files: data, format, to: join(dir, `copy.${format === 'cur2-parquet' ? 'parquet' : 'csv.gz'}`) });
    const c: Case = {
      format, lines: gen.value.lines, seconds: gen.seconds, linesPerSecond: gen.value.lines / gen.seconds, peakRssBytes: gen.peakRssBytes,
      bareSeconds: bare.seconds, ratio: gen.seconds / bare.seconds,
    };
    log(`  ${format}: ${c.lines.toLocaleString('en-US')} lines in ${c.seconds.toFixed(1)} s (${perSecond(c.lines, c.seconds)}, writing ${gen.value.writeSeconds.toFixed(1)} s), peak RSS ${gb(c.peakRssBytes)} | bare DuckDB COPY of the same files ${c.bareSeconds.toFixed(1)} s | ratio ${c.ratio.toFixed(2)}`);
    return c;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSynthBench(options: { lines?: number; log?: (s: string) => void } = {}): Promise<SynthBenchResult> {
  const lines = options.lines ?? Number(process.env.SYNTH_BENCH_LINES ?? 10_000_000);
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  log(`synth bench: generating CUR 2.0 Parquet (about ${lines.toLocaleString('en-US')} lines) and legacy CUR CSV (about ${(lines / 10).toLocaleString('en-US')})`);
  const cases = [await benchFormat('cur2-parquet', lines, log), await benchFormat('cur-legacy-csv', Math.round(lines / 10), log)];
  const main = cases[0]!;
  const per10m = (main.seconds / main.lines) * 10_000_000;
  const met = per10m < SYNTH_TARGET_SECONDS_PER_10M;
  log(`  10 million CUR 2.0 lines take ${per10m.toFixed(0)} s at this rate; target under ${SYNTH_TARGET_SECONDS_PER_10M} s: ${met ? 'met' : 'NOT MET'}`);
  return { name: 'synth', cases, target: `10M CUR lines < ${SYNTH_TARGET_SECONDS_PER_10M} s`, met };
}

export default runSynthBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runSynthBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
