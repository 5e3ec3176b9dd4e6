// Ingest benchmark (issue 2): a 5-million-line CUR 2.0 Parquet bill from the generator, loaded with
// ingestPaths into a fresh workspace; rows per second and peak memory, against a bare DuckDB
// `CREATE TABLE t AS SELECT * FROM read_parquet(...)` of the same files into a fresh database file,
// in the same run. Targets: at most 2.5x the bare copy, peak RSS under 2.5 GB. Each of the three
// steps runs in its own process, so each peak is its own. The bill is kept in .cache/bench/ and
// rebuilt when the generator's code changes.
// Run alone: npx tsx test/bench/ingest.bench.ts [--json]   (INGEST_BENCH_LINES=500000 for a quick run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gb, perSecond, phaseMain, runPhase } from './phases.ts';
import { billDataFiles, cachedBill } from './cached-bill.ts';
import { bareCopy, ingestWorkspace } from './load-phases.ts';

const FILE = fileURLToPath(import.meta.url);
export const INGEST_TARGETS = { ratio: 2.5, peakRssBytes: 2.5e9 } as const;

await phaseMain({ bare: bareCopy, ingest: ingestWorkspace });

export interface IngestBenchResult {
  name: 'ingest';
  lines: number;
  files: number;
  ingest: { seconds: number; cpuSeconds: number; rowsPerSecond: number; peakRssBytes: number };
  bare: { seconds: number; cpuSeconds: number; rowsPerSecond: number; peakRssBytes: number };
  ratio: number;
  cpuRatio: number;
  targets: typeof INGEST_TARGETS;
  met: { ratio: boolean; peakRss: boolean };
}

export async function runIngestBench(options: { lines?: number; log?: (s: string) => void } = {}): Promise<IngestBenchResult> {
  const lines = options.lines ?? Number(process.env.INGEST_BENCH_LINES ?? 5_000_000);
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  log(`ingest bench: a CUR 2.0 Parquet bill of about ${lines.toLocaleString('en-US')} lines`);
  const bill = await cachedBill(lines, log);
  const data = billDataFiles(bill);
  const tmp = mkdtempSync(join(tmpdir(), 'fw-bench-ingest-'));
  try {
    const bare = await runPhase<number>(FILE, 'bare', { files: data, db: join(tmp, 'bare.duckdb') });
    const ours = await runPhase<number>(FILE, 'ingest', { path: bill.billingDir, db: join(tmp, 'workspace.duckdb') });
    // The workspace holds each line plus the unused part of each recurring commitment fee as a row of its own (FOCUS 1.2)
    if (ours.value !== bill.focusRows || bare.value !== bill.lines) throw new Error(`loaded ${ours.value} rows of ${bill.focusRows} (bare: ${bare.value} of ${bill.lines} lines)`);
    const ratio = ours.seconds / bare.seconds;
    const cpuRatio = ours.cpuSeconds / bare.cpuSeconds;
    const met = { ratio: ratio <= INGEST_TARGETS.ratio, peakRss: ours.peakRssBytes < INGEST_TARGETS.peakRssBytes };
    log(`  ingestPaths: ${bill.lines.toLocaleString('en-US')} rows from ${data.length} files in ${ours.seconds.toFixed(1)} s (${perSecond(bill.lines, ours.seconds)}; ${ours.cpuSeconds.toFixed(1)} s CPU), peak RSS ${gb(ours.peakRssBytes)}`);
    log(`  bare DuckDB CREATE TABLE AS read_parquet: ${bare.seconds.toFixed(1)} s (${perSecond(bill.lines, bare.seconds)}; ${bare.cpuSeconds.toFixed(1)} s CPU), peak RSS ${gb(bare.peakRssBytes)}`);
    log(`  ratio ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU (target ≤ ${INGEST_TARGETS.ratio} wall, on a quiet machine: ${met.ratio ? 'met' : 'NOT MET'}); peak RSS target < ${gb(INGEST_TARGETS.peakRssBytes)}: ${met.peakRss ? 'met' : 'NOT MET'}`);
    return {
      name: 'ingest', lines: bill.lines, files: data.length,
      ingest: { seconds: ours.seconds, cpuSeconds: ours.cpuSeconds, rowsPerSecond: bill.lines / ours.seconds, peakRssBytes: ours.peakRssBytes },
      bare: { seconds: bare.seconds, cpuSeconds: bare.cpuSeconds, rowsPerSecond: bill.lines / bare.seconds, peakRssBytes: bare.peakRssBytes },
      ratio, cpuRatio, targets: INGEST_TARGETS, met,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export default runIngestBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runIngestBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
