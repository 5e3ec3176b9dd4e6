// Utilization metrics in the workspace (issue 17): files recognised by content (detect.ts), read
// by their form's parser into a stage table, checked as a whole (checks.ts, bill-checks.ts) and
// stored in resource_metrics, one import each (store.ts); Compute Optimizer's EC2 export goes to
// compute_optimizer_ec2. Runs inside the ingest's transaction: any refusal rolls back everything.
// Formats and rules: core/ingest/SPEC.md, "Utilization metrics".
import { throwIfCancelled } from '../cancelled.ts';
import type { Db } from '../../store/db.ts';
import { fingerprint } from '../fingerprint.ts';
import { readMagic } from '../sniff.ts';
import { gaps, unknownResources } from './bill-checks.ts';
import { settleDuplicates, settlePeriod, settleUnits } from './checks.ts';
import { loadComputeOptimizer } from './compute-optimizer.ts';
import { defaultNamespace, MetricFormat, type MetricFormatId } from './constants.ts';
import type { ParseContext, ParseOutcome } from './parse.ts';
import { parseMetricsCsv } from './parse-csv.ts';
import { parseGetMetricData } from './parse-get-metric-data.ts';
import { parseGetMetricStatistics } from './parse-get-metric-statistics.ts';
import { parseStream } from './parse-stream.ts';
import { dropStage, StageWriter } from './stage.ts';
import { storeStage, type RecordedImport } from './store.ts';

export { detectMetricFormat } from './detect.ts';
export { MetricFormat, METRIC_FORMAT_IDS, type MetricFormatId } from './constants.ts';
export { removeMetricsImport } from './remove.ts';

const PARSERS: Readonly<Record<Exclude<MetricFormatId, 'compute-optimizer-ec2-csv'>, (ctx: ParseContext) => Promise<ParseOutcome>>> = {
  [MetricFormat.Stream]: parseStream,
  [MetricFormat.GetMetricData]: parseGetMetricData,
  [MetricFormat.GetMetricStatistics]: parseGetMetricStatistics,
  [MetricFormat.Csv]: parseMetricsCsv,
};

export interface MetricFile {
  path: string;
  displayPath: string;
  format: MetricFormatId;
  sha256: string;
  bytes: number;
}

export interface LoadedMetricFile {
  file: MetricFile;
  /** null when the file held no data point (nothing recorded). */
  recorded: RecordedImport | null;
  warnings: string[];
}

/** Proves the file whole (gzip) and in UTF-8, and fingerprints it, before anything is written. */
export async function prepareMetricFile(path: string, displayPath: string, format: MetricFormatId, signal?: AbortSignal): Promise<MetricFile> {
  const gzip = (await readMagic(path)) === 'gzip';
  const fp = await fingerprint(path, displayPath, { gzip, text: true, signal });
  return { path, displayPath, format, sha256: fp.sha256, bytes: fp.bytes };
}

/** Loads one metric file; call inside the ingest's transaction. */
export async function loadMetricFile(db: Db, file: MetricFile, source: string, signal?: AbortSignal): Promise<LoadedMetricFile> {
  const display = file.displayPath;
  const rec = { source, path: display, sha256: file.sha256, format: file.format, bytes: file.bytes };
  if (file.format === MetricFormat.ComputeOptimizerEc2) {
    const co = await loadComputeOptimizer(db, file.path, display, rec);
    return { file, recorded: co?.recorded ?? null, warnings: co?.warnings ?? [] };
  }
  const stage = await StageWriter.open(db);
  const warnings: string[] = [];
  let outcome: ParseOutcome;
  try {
    outcome = await PARSERS[file.format]({ path: file.path, display, emit: (p) => stage.append(p), warn: (w) => warnings.push(w), namespaceFor: defaultNamespace });
  } finally {
    stage.close();
  }
  throwIfCancelled(signal);
  try {
    if (stage.rows === 0) return { file, recorded: null, warnings };
    await settlePeriod(db, display, outcome);
    warnings.push(...(await settleUnits(db, display, outcome)));
    warnings.push(...(await settleDuplicates(db, display, outcome)));
    warnings.push(...(await unknownResources(db, display)));
    warnings.push(...(await gaps(db, display)));
    return { file, recorded: await storeStage(db, rec), warnings };
  } finally {
    await dropStage(db);
  }
}
