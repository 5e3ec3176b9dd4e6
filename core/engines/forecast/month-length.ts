// Usage priced per month (storage in GB-Mo and the like) costs the month's charge ÷ the month's
// days each day: a series that holds it jumps at every month boundary (31/28 into February, 28/31
// out of it) while nothing changed. The model sees that part at its mean-month rate (× days in
// the month ÷ 30.4375), which is smooth; the forecast gives it back the days' real shares.
import { MEAN_MONTH_DAYS } from './constants.ts';
import { monthEnd, dayOfMonth } from './days.ts';
import type { UsageModel } from './usage-model.ts';

/** Days in the month of `day`. */
export function daysInMonth(day: number): number {
  return dayOfMonth(monthEnd(day));
}

/** What the model sees of a day: its usage with the per-month part at the mean-month rate. */
export function atMeanMonth(usage: number, monthly: number, day: number): number {
  return usage + monthly * (daysInMonth(day) / MEAN_MONTH_DAYS - 1);
}

/** `rate`: the per-month part's recent cost a day at the mean-month rate; `start`: day of index 0. */
export function withMonthLengths(model: UsageModel, rate: number, start: number): UsageModel {
  if (rate === 0) return model;
  const correction = (t: number) => rate * (MEAN_MONTH_DAYS / daysInMonth(start + t) - 1);
  return {
    ...model,
    day(t) {
      const e = model.day(t);
      return { ...e, point: e.point + correction(t) };
    },
    sum(from, to) {
      const e = model.sum(from, to);
      let c = 0;
      for (let t = from; t <= to; t++) c += correction(t);
      return { ...e, point: e.point + c };
    },
  };
}
