// SPEC.md step 4: recurring charges (commitment fees, support, subscriptions, tax) projected on
// their own schedule from their own history, never smeared into the usage series.
import { DAILY_STREAM_MIN_DAYS, DAILY_STREAM_SHARE, SHARE_MONTHS } from './constants.ts';
import { median } from './level-shift.ts';
import { dayOfMonth, firstOfMonth, isoOfDay, monthEnd, monthOf } from './days.ts';

export interface StreamHistory {
  /** What a person reads: category, line type, service, account. */
  label: string;
  /** Days (ascending) with the stream's total that day. */
  days: { day: number; amount: number }[];
  /** First day on which it no longer runs (its commitment's end), or null. */
  endDay: number | null;
  /** A tax line: a share of the month's spend by nature, even with one month of history. */
  tax: boolean;
  /** An AWS support plan's fee: a share of the month's spend by nature too (SUPPORT_SERVICE_PREFIX). */
  support?: boolean;
  /** The commitment whose fee (or unused part) it is, when any. */
  commitment?: string | null;
  /** A commitment's unused part (a Usage row with CommitmentDiscountStatus Unused): what its capacity leaves after the usage it covers. */
  unused?: boolean;
}

/** Usage-driven cost of the days first..last (actual where known, forecast after): what a share-of-spend fee follows. */
export type UsageOver = (first: number, last: number) => number;

export type Schedule = 'daily' | 'monthly' | 'month end';

export interface StreamProjection {
  label: string;
  schedule: Schedule;
  amount: number;
  /** For a monthly fee that follows spend (tax, usage-based support): its share of the month's usage-driven cost. */
  shareOfUsage: number | null;
  /** First projected day (ISO), or null when it has ended. */
  next: string | null;
  endsOn: string | null;
  /** Why it is not projected, when it is not. */
  ended: string | null;
  /** Amount on a day after the history (0 when none). */
  on(day: number): number;
}

const LIFE_DAYS = 28;

/**
 * `lastDay`: the last day of the history (the workspace's last day with data, or the cut-off's eve).
 * `pooledShare`: for a tax stream, its part of the share the series' taxes take together
 * (taxShares); undefined: the stream's own rule.
 */
export function projectStream(s: StreamHistory, lastDay: number, usageOver?: UsageOver, pooledShare?: number | null, unusedOver?: UsageOver | null): StreamProjection {
  const last = s.days[s.days.length - 1]!.day;
  const life = s.days.filter((d) => d.day > last - LIFE_DAYS);
  const span = Math.min(LIFE_DAYS, last - s.days[0]!.day + 1);
  const endsOn = s.endDay === null ? null : isoOfDay(s.endDay);
  const runs = (day: number) => s.endDay === null || day < s.endDay;
  if (s.days.length >= DAILY_STREAM_MIN_DAYS && life.length >= DAILY_STREAM_SHARE * span && span >= DAILY_STREAM_MIN_DAYS) {
    const recent = s.days.slice(-7);
    const amount = recent.reduce((a, d) => a + d.amount, 0) / recent.length;
    const ended = last < lastDay - 6 ? `no charge since ${isoOfDay(last)}` : !runs(lastDay + 1) ? `ended ${endsOn}` : null;
    return { label: s.label, schedule: 'daily', amount, shareOfUsage: null, endsOn, ended, next: ended ? null : isoOfDay(lastDay + 1), on: (day) => (!ended && runs(day) ? amount : 0) };
  }
  const atMonthEnd = last === monthEnd(last);
  const anchor = dayOfMonth(last);
  const { year, month } = monthOf(last);
  const amount = s.days.filter((d) => d.day >= firstOfMonth(year, month)).reduce((a, d) => a + d.amount, 0);
  // a commitment's unused part is what its capacity leaves (commitments.ts), neither flat nor a share of spend
  const share = unusedOver ? null : pooledShare !== undefined ? pooledShare : usageOver ? shareOfSpend(monthlyTotals([s]), s.tax || s.support === true, usageOver) : null;
  const dueIn = (y: number, m: number) => (atMonthEnd ? firstOfMonth(y, m + 1) - 1 : Math.min(firstOfMonth(y, m) + anchor - 1, firstOfMonth(y, m + 1) - 1));
  const nextDue = dueIn(year, month + 1);
  // due and not charged: it has stopped
  const ended = nextDue <= lastDay ? `not charged on ${isoOfDay(nextDue)}` : !runs(nextDue) ? `ended ${endsOn}` : null;
  const monthOfDay = (day: number) => firstOfMonth(monthOf(day).year, monthOf(day).month);
  const dueAmount = (day: number) => (unusedOver ? unusedOver(monthOfDay(day), monthEnd(day)) : share === null ? amount : share * usageOver!(monthOfDay(day), monthEnd(day)));
  const on = (day: number) => {
    if (ended || !runs(day)) return 0;
    const mo = monthOf(day);
    return day === dueIn(mo.year, mo.month) && day > last ? dueAmount(day) : 0;
  };
  const next = ended ? null : nextDue;
  return { label: s.label, schedule: atMonthEnd ? 'month end' : 'monthly', amount: next === null ? amount : dueAmount(next), shareOfUsage: share, endsOn, ended, next: next === null ? null : isoOfDay(next), on };
}

/** A stream's (or several streams') total per month, keyed by the month's first day. */
export function monthlyTotals(streams: readonly StreamHistory[]): Map<number, number> {
  const byMonth = new Map<number, number>();
  for (const s of streams) {
    for (const d of s.days) {
      const { year, month } = monthOf(d.day);
      const m = firstOfMonth(year, month);
      byMonth.set(m, (byMonth.get(m) ?? 0) + d.amount);
    }
  }
  return byMonth;
}

/**
 * Tax is charged on each account's and product's billed cost, so the series' taxes together
 * follow the series' spend, while one product's tax follows that product's, which the usage
 * model does not forecast on its own: a fleet added to EC2 raises EC2's tax, not S3's. So the
 * tax streams take one share together (the same rule as one fee's, on their monthly sum), and
 * each stream its part of it: its part of the taxes in their latest month. Keyed by stream.
 */
export function taxShares(streams: readonly StreamHistory[], usageOver: UsageOver): Map<StreamHistory, number | null> {
  const taxes = streams.filter((s) => s.tax);
  const out = new Map<StreamHistory, number | null>();
  if (taxes.length === 0) return out;
  const pooled = monthlyTotals(taxes);
  const share = shareOfSpend(pooled, true, usageOver);
  const latest = Math.max(...pooled.keys());
  const total = pooled.get(latest)!;
  for (const s of taxes) {
    const own = monthlyTotals([s]).get(latest) ?? 0;
    out.set(s, share === null || total === 0 ? (share === null ? null : 0) : (share * own) / total);
  }
  return out;
}

/**
 * A monthly fee that is a share of the month's spend (tax, AWS support's percentage tiers) grows
 * with it; a flat one (a subscription) does not. Tax and support are shares by nature (`byNature`:
 * with one month of history, the share). Otherwise, with two
 * months or more, the rule that would have foreseen the last month better from the months before
 * wins: the same amount again, or the same share of that month's spend (a tie: flat). Spend is
 * the month's usage-driven cost plus its purchases at billed cost (an upfront fee raises that
 * month's tax and support, and is not repeated). The share is the median of the last (up to) 3
 * months' shares, so one odd month does not steer it.
 */
function shareOfSpend(byMonth: Map<number, number>, byNature: boolean, usageOver: UsageOver): number | null {
  const months = [...byMonth.keys()].sort((a, b) => a - b);
  const shares = months.map((m) => {
    const u = usageOver(m, monthEnd(m));
    return u > 0 ? byMonth.get(m)! / u : NaN;
  });
  const shareOf = (to: number) => {
    const recent = shares.slice(Math.max(0, to - SHARE_MONTHS), to).filter(Number.isFinite);
    return recent.length ? median(recent) : null;
  };
  const share = shareOf(months.length);
  if (share === null || months.length < 2) return byNature ? share : null;
  const lastMonth = months[months.length - 1]!;
  const before = shareOf(months.length - 1);
  if (before === null) return byNature ? share : null;
  const a = byMonth.get(lastMonth)!;
  const flatError = Math.abs(a - byMonth.get(months[months.length - 2]!)!);
  const shareError = Math.abs(a - before * usageOver(lastMonth, monthEnd(lastMonth)));
  return shareError < flatError ? share : null;
}
