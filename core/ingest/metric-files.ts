// Sorting discovered files into utilization metrics (core/ingest/metrics) and billing files, by
// content. Metric files are proven whole and fingerprinted here, as billing files are in prepare.ts.
import { throwIfCancelled } from './cancelled.ts';
import type { InputFile } from './discover.ts';
import { detectMetricFormat, prepareMetricFile, type MetricFile } from './metrics/index.ts';

export async function splitMetricFiles(files: readonly InputFile[], signal?: AbortSignal): Promise<{ metrics: MetricFile[]; billing: InputFile[] }> {
  const metrics: MetricFile[] = [];
  const billing: InputFile[] = [];
  for (const f of files) {
    throwIfCancelled(signal);
    const format = await detectMetricFormat(f.path);
    if (format) metrics.push(await prepareMetricFile(f.path, f.path, format, signal));
    else billing.push(f);
  }
  return { metrics, billing };
}
