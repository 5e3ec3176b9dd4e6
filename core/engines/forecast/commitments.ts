// SPEC.md steps 1, 3.8 and 4: commitments change the price of usage, not the usage. A Savings Plan or
// Reserved Instance bought during the history lowers the cost of the usage it covers from that
// day on, and one that ends puts that usage back at its contracted price: steps the usage series
// shows although nobody used more or less. So the model sees usage at its price before commitment
// discounts (the day's usage plus the discount its commitments gave), where the trend and the
// weekday pattern are smooth, and each commitment's discount is projected on its own: its mean
// over the last 7 days with data, until its end. A commitment's unused part follows from the same
// history: what its capacity a day leaves after the usage it now covers (recurring.ts).
import type { CostBasis } from '../pivot/constants.ts';
import { NAIVE_DAYS } from './constants.ts';
import { monthEnd, periodAround } from './days.ts';
import type { WorkspaceDays } from './read-series.ts';
import type { UsageModel } from './usage-model.ts';

/** Bases in which covered usage costs less than its contracted price (in List and Contracted cost a commitment changes nothing). */
export const DISCOUNTED_BASES: readonly CostBasis[] = ['Effective', 'Billed'];

export interface CommitmentHistory {
  /** CommitmentDiscountId. */
  id: string;
  /** First day on which it no longer applies (its end time), or null. */
  endDay: number | null;
  /** Days (ascending) with covered usage: its cost in the basis, and the discount (contracted − basis cost; 0 where the basis has none). */
  days: { day: number; covered: number; discount: number }[];
}

/**
 * What a commitment gives a day now: the mean over the last NAIVE_DAYS days with data up to
 * lastDay and from `since` (its first day: a commitment bought 3 days ago is not diluted by the
 * days before it); a day without its rows counts 0 (the usage it covered has gone).
 */
export function recentMean(c: CommitmentHistory, pick: (d: CommitmentHistory['days'][number]) => number, ws: WorkspaceDays, lastDay: number, since = c.days[0]?.day ?? lastDay): number {
  let sum = 0;
  let n = 0;
  let i = c.days.length - 1;
  while (i >= 0 && c.days[i]!.day > lastDay) i--;
  for (let d = lastDay; d > lastDay - NAIVE_DAYS && d >= since; d--) {
    if (!ws.withData.has(d)) continue;
    while (i >= 0 && c.days[i]!.day > d) i--;
    if (i >= 0 && c.days[i]!.day === d) sum += pick(c.days[i]!);
    n++;
  }
  return n ? sum / n : 0;
}

/** The discount of every commitment on each day up to lastDay, summed: what the usage series adds back. */
export function discountByDay(commitments: readonly CommitmentHistory[], lastDay: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of commitments) for (const d of c.days) if (d.day <= lastDay && d.discount) out.set(d.day, (out.get(d.day) ?? 0) + d.discount);
  return out;
}

/**
 * The usage model of prices before commitment discounts, turned back into the basis: each
 * commitment's recent discount a day is taken off every day before its end. `start`: day of index 0.
 */
export function withCommitments(model: UsageModel, commitments: readonly CommitmentHistory[], ws: WorkspaceDays, lastDay: number, start: number): UsageModel {
  const running = commitments.map((c) => ({ discount: recentMean(c, (d) => d.discount, ws, lastDay), endDay: c.endDay })).filter((c) => c.discount !== 0);
  if (running.length === 0) return model;
  const discountOn = (t: number) => running.reduce((a, c) => (c.endDay === null || start + t < c.endDay ? a + c.discount : a), 0);
  return {
    ...model,
    day(t) {
      const e = model.day(t);
      return { ...e, point: e.point - discountOn(t) };
    },
    sum(from, to) {
      const e = model.sum(from, to);
      let c = 0;
      for (let t = from; t <= to; t++) c += discountOn(t);
      return { ...e, point: e.point - c };
    },
  };
}

/**
 * A commitment's unused part over days first..last (after lastDay): its capacity a day, less the
 * usage it covers now, on every day before its end. The capacity a day is what it cost (covered
 * usage + unused part) in the latest whole month of the history it ran in, over the days it ran;
 * the covered usage is its mean over the last 7 days with data. So when instances it covered are
 * retired, the next months' unused part is the whole capacity they leave, not last month's.
 * Null when no whole month of the history shows it.
 */
export function unusedPart(c: CommitmentHistory | undefined, unused: readonly { day: number; amount: number }[], endDay: number | null, ws: WorkspaceDays, lastDay: number): UsageOverDays | null {
  const covered = c?.days.filter((d) => d.day <= lastDay) ?? [];
  const firstActive = Math.min(covered[0]?.day ?? Infinity, unused[0]?.day ?? Infinity);
  if (!Number.isFinite(firstActive)) return null;
  // the latest month that ended inside the history and in which it ran
  const month = periodAround('month', monthEnd(lastDay) === lastDay ? lastDay : firstOfMonthOf(lastDay) - 1);
  const from = Math.max(month.first, firstActive);
  const to = Math.min(month.last, (endDay ?? Infinity) - 1);
  if (to < from) return null;
  const inMonth = (d: { day: number }) => d.day >= month.first && d.day <= month.last;
  const capacity = (covered.filter(inMonth).reduce((a, d) => a + d.covered, 0) + unused.filter(inMonth).reduce((a, d) => a + d.amount, 0)) / (to - from + 1);
  const left = Math.max(0, capacity - (c ? recentMean(c, (d) => d.covered, ws, lastDay, firstActive) : 0));
  return (first, last) => left * Math.max(0, Math.min(last, (endDay ?? Infinity) - 1) - first + 1);
}

export type UsageOverDays = (first: number, last: number) => number;

function firstOfMonthOf(day: number): number {
  return periodAround('month', day).first;
}
