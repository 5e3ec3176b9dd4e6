// `aws cloudwatch get-metric-statistics` output: {"Label": "CPUUtilization", "Datapoints":
// [{"Timestamp", "Maximum", "Average", "Minimum", "SampleCount", "Sum", "Unit",
// "ExtendedStatistics": {"p95": ...}}]}. The output names the metric (Label) but not the resource:
// the Label, the request's own fields saved in the file (Namespace, MetricName, Dimensions,
// Period, as --cli-input-json takes them) or the file's name must name it (labels.ts).
import { basename } from 'node:path';
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import { RESOURCE_DIMENSIONS, Statistic, type StatisticName } from './constants.ts';
import { metricFromLabel, resourceFromLabels } from './labels.ts';
import { PointMerger } from './merge.ts';
import type { ParseContext, ParseOutcome } from './parse.ts';
import { readText } from './read.ts';
import { badValue, resourceIdIn, textOrNull, toNumber, toTime } from './values.ts';

const STATS: readonly [string, StatisticName][] = [
  ['Maximum', Statistic.Maximum], ['Average', Statistic.Average], ['Minimum', Statistic.Minimum],
  ['SampleCount', Statistic.SampleCount], ['Sum', Statistic.Sum],
];
const EXTENDED: Readonly<Record<string, StatisticName>> = { p95: Statistic.P95, p99: Statistic.P99 };

function dimensionResource(dimensions: unknown): string | null {
  if (!Array.isArray(dimensions)) return null;
  for (const d of dimensions as { Name?: unknown; Value?: unknown }[]) {
    if ((RESOURCE_DIMENSIONS as readonly unknown[]).includes(d?.Name) && typeof d.Value === 'string' && d.Value !== '') return d.Value;
  }
  return null;
}

export async function parseGetMetricStatistics(ctx: ParseContext): Promise<ParseOutcome> {
  const { display } = ctx;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(await readText(ctx.path)) as Record<string, unknown>;
  } catch {
    throw badValue(display, 'the whole file', 'it is not valid JSON (expected the output of aws cloudwatch get-metric-statistics)');
  }
  const points = doc.Datapoints;
  if (!Array.isArray(points)) throw badValue(display, 'Datapoints', 'it is not a list');
  const locate = (pos: number): string => `Datapoints[${pos}]`;
  const label = textOrNull(doc.Label);
  const metric = textOrNull(doc.MetricName) ?? metricFromLabel(label);
  const resourceId = dimensionResource(doc.Dimensions) ?? resourceFromLabels(label, null) ?? resourceIdIn(basename(display));
  if (points.length > 0 && (!metric || !resourceId)) {
    const missing = !metric ? 'metric' : 'instance or volume';
    throw new WorkbenchError(
      ErrorCode.INGEST_METRIC_UNLABELLED,
      `${display}: the file does not say which ${missing} its Datapoints are for (the AWS CLI's get-metric-statistics output carries only the metric's name as Label). Name the instance in the file's name (i-0abc12345678-cpu.json), or add the request's "Dimensions": [{"Name": "InstanceId", "Value": "i-..."}] to the file; nothing was loaded.`,
      { file: display, missing },
    );
  }
  const merger = new PointMerger(display, locate);
  (points as Record<string, unknown>[]).forEach((p, i) => {
    const where = locate(i);
    const base = { line: i, resourceId: resourceId!, accountId: null, region: null, namespace: textOrNull(doc.Namespace) ?? ctx.namespaceFor(metric!, resourceId!), metric: metric!, time: toTime(p.Timestamp, display, where), periodSeconds: null, unit: textOrNull(p.Unit) };
    let any = false;
    for (const [field, stat] of STATS) {
      const v = toNumber(p[field], display, where, field);
      if (v !== null) {
        merger.add(base, stat, v);
        any = true;
      }
    }
    const ext = (typeof p.ExtendedStatistics === 'object' && p.ExtendedStatistics !== null ? p.ExtendedStatistics : {}) as Record<string, unknown>;
    for (const [k, raw] of Object.entries(ext)) {
      const stat = EXTENDED[k.toLowerCase()];
      const v = toNumber(raw, display, where, `ExtendedStatistics.${k}`);
      if (stat && v !== null) {
        merger.add(base, stat, v);
        any = true;
      }
    }
    if (!any) throw badValue(display, where, 'the datapoint has no statistic (Maximum, Average, Minimum, SampleCount, Sum or ExtendedStatistics p95/p99)');
  });
  merger.finish(ctx.emit);
  const period = toNumber(doc.Period, display, 'Period', 'Period');
  return { declaredPeriod: period, fallbackPeriod: null, locate };
}
