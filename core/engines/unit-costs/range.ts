// Step 2 (SPEC.md): the days a unit cost is computed over. Cost and volume must cover the same
// days, so the range asked for ([from, to), as the pivot's period) is cut to the days both the
// bill and the metric have; each cut is said in a warning.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { isoDay } from '../pivot/time.ts';
import { METRIC_GRAIN } from './constants.ts';
import type { BusinessMetricSummary } from './result.ts';

export interface DayRange {
  /** First day, included. */
  from: string;
  /** Day after the last, excluded. */
  to: string;
}

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return isoDay(d);
}

export const later = (a: string, b: string) => (a > b ? a : b);
export const earlier = (a: string, b: string) => (a < b ? a : b);

/** The first day of a day's month and the day after the month (half-open). */
export function monthOf(day: string): DayRange {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return { from: isoDay(new Date(Date.UTC(y, m - 1, 1))), to: isoDay(new Date(Date.UTC(y, m, 1))) };
}

/**
 * The days a metric's values stand for, first and last: its dates for a daily metric; for a
 * monthly one, the whole months of its values (a value on the 1st is the month's).
 */
export function metricSpan(metric: BusinessMetricSummary): { first: string; last: string } {
  if (metric.grain !== METRIC_GRAIN.month) return { first: metric.from, last: metric.to };
  const end = new Date(`${monthOf(metric.to).to}T00:00:00Z`);
  end.setUTCDate(0);
  return { first: monthOf(metric.from).from, last: isoDay(end) };
}

/** The bill's first and last day (ChargePeriodStart, UTC), or null for an empty workspace. */
export async function billDays(db: Db): Promise<{ first: string; last: string } | null> {
  const r = await db.one(sql`SELECT strftime(min(ChargePeriodStart), '%Y-%m-%d') AS first, strftime(max(ChargePeriodStart), '%Y-%m-%d') AS last FROM focus`);
  return r && typeof r.first === 'string' && typeof r.last === 'string' ? { first: r.first, last: r.last } : null;
}

export function commonRange(asked: { from?: string; to?: string }, bill: { first: string; last: string } | null, metric: BusinessMetricSummary, warnings: string[]): DayRange | null {
  if (!bill) {
    warnings.push('The workspace holds no bill yet: import one (`ingest`) to see unit costs.');
    return null;
  }
  const span = metricSpan(metric);
  let from = later(bill.first, span.first);
  let to = earlier(nextDay(bill.last), nextDay(span.last));
  if (asked.from) from = later(from, asked.from);
  if (asked.to) to = earlier(to, asked.to);
  if (from >= to) {
    warnings.push(`The bill (${bill.first} to ${bill.last}) and metric ${metric.metric} (${span.first} to ${span.last}) have no day in common${asked.from || asked.to ? ' in the period asked' : ''}: no unit cost can be computed.`);
    return null;
  }
  const cut: string[] = [];
  if (span.first < from || bill.first < from) cut.push(`from ${from}`);
  if (nextDay(span.last) > to || nextDay(bill.last) > to) cut.push(`until ${to} (not included)`);
  if (cut.length && (bill.first !== span.first || bill.last !== span.last)) {
    warnings.push(`Unit costs cover the days both the bill (${bill.first} to ${bill.last}) and metric ${metric.metric} (${span.first} to ${span.last}) have${asked.from || asked.to ? ', within the period asked' : ''}: ${cut.join(' ')}. A month cut short is compared on its days only.`);
  }
  return { from, to };
}
