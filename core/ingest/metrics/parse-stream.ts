// CloudWatch Metric Streams in JSON output format: one record a line,
// {metric_stream_name, account_id, region, namespace, metric_name, dimensions, timestamp (epoch ms),
//  value: {max, min, sum, count, and any percentiles asked for, such as p99}, unit}.
// A stream's records are one-minute aggregates; `generate` writes one a day (count 1440), so the
// period is read from the spacing of the timestamps (see period.ts).
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import { RESOURCE_DIMENSIONS } from './constants.ts';
import type { ParseContext, ParseOutcome } from './parse.ts';
import { readLines } from './read.ts';
import { badValue, byLine, textOrNull, toNumber, toTime } from './values.ts';

/** A metric stream's own aggregation period, used when a file's timestamps cannot tell. */
export const STREAM_PERIOD_SECONDS = 60;

function resourceOf(dimensions: unknown): string | null {
  if (typeof dimensions !== 'object' || dimensions === null) return null;
  const d = dimensions as Record<string, unknown>;
  for (const k of RESOURCE_DIMENSIONS) if (typeof d[k] === 'string' && d[k] !== '') return d[k];
  return null;
}

export async function parseStream(ctx: ParseContext): Promise<ParseOutcome> {
  const { display } = ctx;
  for await (const [line, n] of readLines(ctx.path)) {
    if (line.trim() === '') continue;
    const where = byLine(n);
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw badValue(display, where, 'the line is not a JSON record (a Metric Streams file has one JSON object a line)');
    }
    const metric = textOrNull(r.metric_name);
    if (!metric) throw badValue(display, where, 'the record has no metric_name');
    const resourceId = resourceOf(r.dimensions);
    if (!resourceId) {
      throw new WorkbenchError(
        ErrorCode.INGEST_METRIC_UNLABELLED,
        `${display}, ${where}: the ${metric} record has no ${RESOURCE_DIMENSIONS.join(', ')} dimension, so it belongs to no instance or volume. Stream per-resource metrics (not aggregates), or remove such records; nothing was loaded.`,
        { file: display, line: n },
      );
    }
    const value = (typeof r.value === 'object' && r.value !== null ? r.value : {}) as Record<string, unknown>;
    const sum = toNumber(value.sum, display, where, 'value.sum');
    const count = toNumber(value.count, display, where, 'value.count');
    ctx.emit({
      line: n, resourceId, accountId: textOrNull(r.account_id), region: textOrNull(r.region),
      namespace: textOrNull(r.namespace) ?? ctx.namespaceFor(metric, resourceId), metric,
      time: toTime(r.timestamp, display, where), periodSeconds: null,
      maximum: toNumber(value.max, display, where, 'value.max'), minimum: toNumber(value.min, display, where, 'value.min'),
      average: sum !== null && count !== null && count > 0 ? sum / count : null, sampleCount: count,
      p95: toNumber(value.p95 ?? value.P95, display, where, 'value.p95'), p99: toNumber(value.p99 ?? value.P99, display, where, 'value.p99'),
      unit: textOrNull(r.unit),
    });
  }
  return { declaredPeriod: null, fallbackPeriod: STREAM_PERIOD_SECONDS, locate: byLine };
}
