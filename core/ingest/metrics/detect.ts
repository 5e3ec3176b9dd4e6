// Which utilization metric form a file holds, from its content (never its name): the first line
// of a Metric Streams file is a JSON record with metric_name and value; the AWS CLI's JSON names
// MetricDataResults or Datapoints; the CSV forms are known by their header. null: not metrics.
import { readMagic, splitCsvLine } from '../sniff.ts';
import { MetricFormat, type MetricFormatId } from './constants.ts';
import { readHead } from './read.ts';

export const METRICS_CSV_REQUIRED = ['resource_id', 'metric', 'timestamp'] as const;
export const COMPUTE_OPTIMIZER_MARKERS = ['instancearn', 'currentinstancetype'] as const;

function streamRecord(line: string): boolean {
  try {
    const r = JSON.parse(line) as unknown;
    return typeof r === 'object' && r !== null && 'metric_name' in r && 'value' in r;
  } catch {
    return false;
  }
}

export function detectFromHead(head: string): MetricFormatId | null {
  const text = head.trimStart();
  if (text.startsWith('{')) {
    if (streamRecord(text.split('\n', 1)[0]!.trim())) return MetricFormat.Stream;
    if (/"MetricDataResults"\s*:/.test(text)) return MetricFormat.GetMetricData;
    if (/"Datapoints"\s*:/.test(text)) return MetricFormat.GetMetricStatistics;
    return null;
  }
  const header = splitCsvLine(text.split(/\r?\n/, 1)[0]!).map((c) => c.trim().toLowerCase());
  if (METRICS_CSV_REQUIRED.every((c) => header.includes(c))) return MetricFormat.Csv;
  if (COMPUTE_OPTIMIZER_MARKERS.every((c) => header.includes(c))) return MetricFormat.ComputeOptimizerEc2;
  return null;
}

/** The metric form of a file, or null when it is not one (billing data, anything else). */
export async function detectMetricFormat(path: string): Promise<MetricFormatId | null> {
  const magic = await readMagic(path).catch(() => 'binary' as const);
  if (magic !== 'text' && magic !== 'gzip') return null;
  return detectFromHead(await readHead(path));
}
