// The metrics CSV (core/ingest/SPEC.md, "Utilization metrics"): a header, then one row per
// resource, metric and period. Required: resource_id, metric, timestamp and at least one
// statistic column; the others optional. Unknown columns are refused, so a misspelt statistic
// ("max") is never silently dropped.
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import { splitCsvLine } from '../sniff.ts';
import { METRICS_CSV_REQUIRED } from './detect.ts';
import type { ParseContext, ParseOutcome } from './parse.ts';
import { readLines } from './read.ts';
import { badValue, byLine, textOrNull, toNumber, toTime } from './values.ts';

export const METRICS_CSV_STATISTICS = ['maximum', 'average', 'minimum', 'sample_count', 'sum', 'p95', 'p99'] as const;
export const METRICS_CSV_OPTIONAL = ['namespace', 'account_id', 'region', 'period_seconds', 'unit'] as const;
const KNOWN: readonly string[] = [...METRICS_CSV_REQUIRED, ...METRICS_CSV_OPTIONAL, ...METRICS_CSV_STATISTICS];

export async function parseMetricsCsv(ctx: ParseContext): Promise<ParseOutcome> {
  const { display } = ctx;
  let col: Map<string, number> | null = null;
  for await (const [line, n] of readLines(ctx.path)) {
    if (line.trim() === '') continue;
    const cells = splitCsvLine(line);
    if (!col) {
      const names = cells.map((c) => c.trim().toLowerCase());
      const unknown = names.filter((c) => !KNOWN.includes(c));
      const stats = names.filter((c) => (METRICS_CSV_STATISTICS as readonly string[]).includes(c));
      if (unknown.length > 0 || stats.length === 0) {
        throw new WorkbenchError(
          ErrorCode.INGEST_MISSING_COLUMNS,
          `${display}: ${unknown.length > 0 ? `the header has columns this metrics CSV does not know (${unknown.join(', ')})` : 'the header has no statistic column'}. A metrics CSV has ${METRICS_CSV_REQUIRED.join(', ')}, at least one of ${METRICS_CSV_STATISTICS.join(', ')}, and optionally ${METRICS_CSV_OPTIONAL.join(', ')}; nothing was loaded.`,
          { file: display, unknown },
        );
      }
      col = new Map(names.map((c, i) => [c, i]));
      continue;
    }
    const where = byLine(n);
    const cell = (name: string): string | null => {
      const i = col!.get(name);
      return i === undefined ? null : textOrNull(cells[i]);
    };
    const num = (name: string): number | null => toNumber(cell(name), display, where, name);
    if (cells.length !== col.size) throw badValue(display, where, `the row has ${cells.length} fields but the header ${col.size}`);
    const resourceId = cell('resource_id');
    const metric = cell('metric');
    if (!resourceId || !metric) throw badValue(display, where, `the row has no ${resourceId ? 'metric' : 'resource_id'}`);
    const sum = num('sum');
    const count = num('sample_count');
    let average = num('average');
    if (average === null && sum !== null) {
      if (count === null || count <= 0) throw badValue(display, where, 'the row gives sum without sample_count; give average, or sample_count with the sum');
      average = sum / count;
    }
    const point = {
      line: n, resourceId, accountId: cell('account_id'), region: cell('region'),
      namespace: cell('namespace') ?? ctx.namespaceFor(metric, resourceId), metric,
      time: toTime(cell('timestamp'), display, where), periodSeconds: num('period_seconds'),
      maximum: num('maximum'), average, minimum: num('minimum'), sampleCount: count, p95: num('p95'), p99: num('p99'),
      unit: cell('unit'),
    };
    if ([point.maximum, point.average, point.minimum, point.p95, point.p99].every((v) => v === null)) throw badValue(display, where, 'the row has no statistic value');
    ctx.emit(point);
  }
  if (!col) throw new WorkbenchError(ErrorCode.INGEST_EMPTY_FILE, `${display} is empty; nothing was loaded.`, { file: display });
  return { declaredPeriod: null, fallbackPeriod: null, locate: byLine };
}
