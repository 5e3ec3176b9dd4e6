// Generating a bill: build the model, simulate it line by line into DuckDB, write each month's
// parts (a part whenever `partRows` lines have gathered, so memory stays bounded) and its
// manifest, then truth.json and the utilization metrics.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { NO_DOWNLOADS_CONFIG } from '../store/duckdb-config.ts';
import { modelForScale, type Model } from './build.ts';
import { resolveOptions, type GenerateOptions, type ResolvedOptions } from './options.ts';
import { Periods, stepSeconds, type Month } from './calendar.ts';
import { loadDims } from './dims.ts';
import { PartWriter } from './parts.ts';
import { buildPlans } from './cover.ts';
import { simulate } from './simulate.ts';
import { TruthAccumulator } from './truth.ts';
import { truthReport } from './truth-report.ts';
import { writeMetrics, metricsPath } from './metrics.ts';
import { mix3 } from './rng.ts';
import { cur2Writer } from './writers/cur2.ts';
import { curLegacyWriter } from './writers/cur-legacy.ts';
import { focusWriter } from './writers/focus.ts';
import type { FormatWriter } from './writers/format.ts';
import type { PartContext } from './writers/sql.ts';

export const BILLING_DIR = 'billing';
export const TRUTH_FILE = 'truth.json';

export interface GenerateResult {
  out: string;
  /** The folder to ingest: the billing files in AWS's delivery layout (truth and metrics are beside it). */
  billingDir: string;
  truthPath: string;
  format: ResolvedOptions['format'];
  grain: ResolvedOptions['grain'];
  months: string[];
  lines: number;
  /** Rows the bill loads as (lines plus unused-commitment rows, see truth.json's generator.focusRows). */
  focusRows: number;
  /** Billing files and manifests, relative to billingDir. */
  files: string[];
  metricFiles: string[];
  seconds: number;
  /** Of which: writing parts (DuckDB COPY). */
  writeSeconds: number;
}

export interface GenerateProgress {
  message: string;
  linesDone: number;
  linesTarget: number;
}

function writerFor(o: ResolvedOptions, m: Model): FormatWriter {
  if (o.format === 'cur2-parquet') return cur2Writer();
  if (o.format === 'focus-csv') return focusWriter();
  const keys = [...new Set(m.items.flatMap((i) => Object.keys(i.tags)))].sort();
  return curLegacyWriter(keys);
}

/** Charge periods in a fixed order before any line, so period ids never depend on line order. */
function registerPeriods(m: Model, periods: Periods): void {
  const step = stepSeconds(m.grain);
  for (const mo of m.months) for (let t = mo.start; t < mo.end; t += step) periods.id(t, t + step);
  for (const mo of m.months) periods.id(mo.start, mo.end);
}

/** Thrown when the caller's signal stops a generation; the output folder is then incomplete. */
export class GenerateCancelled extends Error {
  readonly code = 'CANCELLED';
}

export async function generate(options: GenerateOptions, onProgress?: (p: GenerateProgress) => void, signal?: AbortSignal): Promise<GenerateResult> {
  const started = Date.now();
  const o = resolveOptions(options);
  const model = modelForScale(o.seed, o.start, o.months, o.grain, o.scale);
  const billingDir = join(o.out, BILLING_DIR);
  rmSync(billingDir, { recursive: true, force: true });
  mkdirSync(billingDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'finops-synth-'));
  // The same seed must give the same bytes: insertion order is kept, and one DuckDB thread writes
  // (with more, a part past one row group (122,880 lines) came out in a different order each
  // run; the simulation in JS is the bottleneck, so one thread costs little). The limit bounds
  // the fact table; parts bound it further.
  const instance = await DuckDBInstance.create(':memory:', { ...NO_DOWNLOADS_CONFIG, temp_directory: join(work, 'spill'), preserve_insertion_order: 'true', memory_limit: '1GB', threads: '1' });
  const conn = await instance.connect();
  const truth = new TruthAccumulator(model.months.length, model.org.accounts.length, model.items, model.commitments.length);
  let parts: PartWriter | undefined;
  try {
    const writer = writerFor(o, model);
    const periods = new Periods();
    registerPeriods(model, periods);
    await loadDims(conn, work, model);
    parts = await PartWriter.create(instance, {
      writer, billingDir, work, periods, partRows: o.partRows,
      onPart: (p) => onProgress?.({ message: `wrote ${p.part}`, linesDone: p.linesWritten, linesTarget: o.scale }),
    });
    const out = parts;
    const ctxFor = (month: Month): PartContext => ({
      month, seed: o.seed, payerId: model.org.payer.id, payerName: model.org.payer.name, grain: o.grain, factTable: '',
      invoiceId: String(1_000_000_000 + (mix3(o.seed, month.index, 0x1f) % 900_000_000)),
    });
    let current: Month | undefined = model.months[0];
    await simulate(
      { items: model.items, commitments: model.commitments, plans: buildPlans(model.commitments, model.items), months: model.months, grain: o.grain, seedKey: mix3(o.seed, 17, 29), periods, truth, monthEndItems: model.monthEndItems, rangeStart: model.timeline.start },
      (line) => out.push(line),
      {
        afterStep: async () => {
          if (signal?.aborted) throw new GenerateCancelled('Generating was cancelled; the output folder is incomplete.');
          if (current) await out.maybeWrite(ctxFor(current));
        },
        afterMonth: async (month) => {
          await out.endMonth(ctxFor(month));
          current = model.months[month.index + 1];
        },
      },
    );
    await out.close();
    parts = undefined;
    const { files, linesWritten: lines, writeMs } = out;
    const metricFiles: string[] = [];
    if (o.metrics) {
      for (const month of model.months) {
        const rel = metricsPath(month);
        await writeMetrics(model, month, join(o.out, rel));
        metricFiles.push(rel);
      }
    }
    const truthPath = join(o.out, TRUTH_FILE);
    writeFileSync(truthPath, `${JSON.stringify(truthReport(model, truth, o, files), null, 2)}\n`);
    return { out: o.out, billingDir, truthPath, format: o.format, grain: o.grain, months: model.months.map((m) => m.key), lines, focusRows: lines + truth.unusedCommitmentRows, files, metricFiles, seconds: (Date.now() - started) / 1000, writeSeconds: writeMs / 1000 };
  } finally {
    await parts?.close().catch(() => {});
    conn.closeSync();
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}
