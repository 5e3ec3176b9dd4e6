// `aws cloudwatch get-metric-data` output: {"MetricDataResults": [{"Id", "Label", "Timestamps":
// [ISO 8601...], "Values": [...], "StatusCode": "Complete" | "PartialData" ...}], "Messages": []}.
// The output names neither the resource, the metric nor the statistic: each result's Label (or Id)
// must (labels.ts); the file's name may name the resource. Several files of one query (NextToken
// pages) each load; the period is read from the spacing of the timestamps.
import { basename } from 'node:path';
import { ErrorCode, snippet, WorkbenchError } from '../../errors.ts';
import { metricFromLabel, resourceFromLabels, statisticFromLabels } from './labels.ts';
import { PointMerger } from './merge.ts';
import type { ParseContext, ParseOutcome } from './parse.ts';
import { readText } from './read.ts';
import { badValue, resourceIdIn, textOrNull, toNumber, toTime } from './values.ts';

/** A position packs the result index and the value index (results hold at most 100,800 values). */
const PER_RESULT = 1_000_000;

export const LABEL_EXAMPLE = '"i-0abc12345678 CPUUtilization Maximum"';

function unlabelled(display: string, where: string, missing: string): WorkbenchError {
  return new WorkbenchError(
    ErrorCode.INGEST_METRIC_UNLABELLED,
    `${display}, ${where}: the result does not say which ${missing} it holds (the AWS CLI's output carries only each query's Id and Label). Give each query a Label naming the resource, the metric and the statistic, such as ${LABEL_EXAMPLE}, and export it again; nothing was loaded.`,
    { file: display, where, missing },
  );
}

export async function parseGetMetricData(ctx: ParseContext): Promise<ParseOutcome> {
  const { display } = ctx;
  let doc: unknown;
  try {
    doc = JSON.parse(await readText(ctx.path));
  } catch {
    throw badValue(display, 'the whole file', 'it is not valid JSON (expected the output of aws cloudwatch get-metric-data)');
  }
  const results = (doc as { MetricDataResults?: unknown }).MetricDataResults;
  if (!Array.isArray(results)) throw badValue(display, 'MetricDataResults', 'it is not a list');
  const results_ = results as Record<string, unknown>[];
  const locate = (pos: number): string => {
    const r = Math.floor(pos / PER_RESULT);
    const id = textOrNull(results_[r]?.Id);
    return `MetricDataResults[${r}]${id ? ` (Id ${snippet(id)})` : ''}, value ${(pos % PER_RESULT) + 1}`;
  };
  const fromName = resourceIdIn(basename(display));
  const merger = new PointMerger(display, locate);
  const partial: string[] = [];
  results_.forEach((r, ri) => {
    const where = `MetricDataResults[${ri}]`;
    const label = textOrNull(r.Label);
    const id = textOrNull(r.Id);
    const timestamps = Array.isArray(r.Timestamps) ? r.Timestamps : [];
    const values = Array.isArray(r.Values) ? r.Values : [];
    if (timestamps.length !== values.length) throw badValue(display, where, `it has ${timestamps.length} Timestamps but ${values.length} Values`);
    if (r.StatusCode && r.StatusCode !== 'Complete') partial.push(`${id ?? where} (${String(r.StatusCode)})`);
    if (values.length === 0) return;
    const resourceId = resourceFromLabels(label, id) ?? fromName;
    if (!resourceId) throw unlabelled(display, where, 'instance or volume');
    const metric = metricFromLabel(label);
    if (!metric) throw unlabelled(display, where, 'metric');
    const stat = statisticFromLabels(label?.replace(metric, '') ?? null, id);
    if (!stat) throw unlabelled(display, where, 'statistic (Maximum, Average, p95...)');
    values.forEach((v, vi) => {
      const pos = ri * PER_RESULT + vi;
      const value = toNumber(v, display, locate(pos), 'the value');
      if (value === null) return;
      merger.add({ line: pos, resourceId, accountId: null, region: null, namespace: ctx.namespaceFor(metric, resourceId), metric, time: toTime(timestamps[vi], display, locate(pos)), periodSeconds: null, unit: null }, stat, value);
    });
  });
  if (partial.length > 0) ctx.warn(`${display}: CloudWatch returned only part of the data for ${partial.join(', ')}; fetch the rest (the query's NextToken) and load it too.`);
  merger.finish(ctx.emit);
  return { declaredPeriod: null, fallbackPeriod: null, locate };
}
