// SPEC.md step 4: recurring charges (commitment fees, support, subscriptions, tax) projected on
// their own schedule from their own history, never smeared into the usage series.
import { DAILY_STREAM_MIN_DAYS, DAILY_STREAM_SHARE } from './constants.ts';
import { dayOfMonth, firstOfMonth, isoOfDay, monthEnd, monthOf } from './days.ts';

export interface StreamHistory {
  /** What a person reads: category, line type, service, account. */
  label: string;
  /** Days (ascending) with the stream's total that day. */
  days: { day: number; amount: number }[];
  /** First day on which it no longer runs (its commitment's end), or null. */
  endDay: number | null;
}

export type Schedule = 'daily' | 'monthly' | 'month end';

export interface StreamProjection {
  label: string;
  schedule: Schedule;
  amount: number;
  /** First projected day (ISO), or null when it has ended. */
  next: string | null;
  endsOn: string | null;
  /** Why it is not projected, when it is not. */
  ended: string | null;
  /** Amount on a day after the history (0 when none). */
  on(day: number): number;
}

const LIFE_DAYS = 28;

/** `lastDay`: the last day of the history (the workspace's last day with data, or the cut-off's eve). */
export function projectStream(s: StreamHistory, lastDay: number): StreamProjection {
  const last = s.days[s.days.length - 1]!.day;
  const life = s.days.filter((d) => d.day > last - LIFE_DAYS);
  const span = Math.min(LIFE_DAYS, last - s.days[0]!.day + 1);
  const endsOn = s.endDay === null ? null : isoOfDay(s.endDay);
  const runs = (day: number) => s.endDay === null || day < s.endDay;
  if (s.days.length >= DAILY_STREAM_MIN_DAYS && life.length >= DAILY_STREAM_SHARE * span && span >= DAILY_STREAM_MIN_DAYS) {
    const recent = s.days.slice(-7);
    const amount = recent.reduce((a, d) => a + d.amount, 0) / recent.length;
    const ended = last < lastDay - 6 ? `no charge since ${isoOfDay(last)}` : !runs(lastDay + 1) ? `ended ${endsOn}` : null;
    return { label: s.label, schedule: 'daily', amount, endsOn, ended, next: ended ? null : isoOfDay(lastDay + 1), on: (day) => (!ended && runs(day) ? amount : 0) };
  }
  const atMonthEnd = last === monthEnd(last);
  const anchor = dayOfMonth(last);
  const { year, month } = monthOf(last);
  const amount = s.days.filter((d) => d.day >= firstOfMonth(year, month)).reduce((a, d) => a + d.amount, 0);
  const dueIn = (y: number, m: number) => (atMonthEnd ? firstOfMonth(y, m + 1) - 1 : Math.min(firstOfMonth(y, m) + anchor - 1, firstOfMonth(y, m + 1) - 1));
  const nextDue = dueIn(year, month + 1);
  // due and not charged: it has stopped
  const ended = nextDue <= lastDay ? `not charged on ${isoOfDay(nextDue)}` : !runs(nextDue) ? `ended ${endsOn}` : null;
  const on = (day: number) => {
    if (ended || !runs(day)) return 0;
    const mo = monthOf(day);
    return day === dueIn(mo.year, mo.month) && day > last ? amount : 0;
  };
  return { label: s.label, schedule: atMonthEnd ? 'month end' : 'monthly', amount, endsOn, ended, next: ended ? null : isoOfDay(nextDue), on };
}
