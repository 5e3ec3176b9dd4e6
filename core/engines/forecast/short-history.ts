// SPEC.md step 2: too little history for a model. The mean of the last days, held flat, and
// labelled: a short series must never draw a wild line.
import { MIN_HISTORY_DAYS, NAIVE_DAYS, NAIVE_METHOD } from './constants.ts';
import type { UsageModel } from './usage-model.ts';

export function fitNaiveMean(y: ArrayLike<number>): UsageModel {
  const recent = Array.from(y).filter((v) => Number.isFinite(v)).slice(-NAIVE_DAYS);
  const k = recent.length;
  const mean = k ? recent.reduce((s, v) => s + v, 0) / k : 0;
  const s = k > 1 ? Math.sqrt(recent.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (k - 1)) : 0;
  const kk = Math.max(k, 1);
  return {
    method: NAIVE_METHOD,
    levelShift: null,
    day: () => ({ point: mean, sd: s * Math.sqrt(1 + 1 / kk) }),
    sum: (from, to) => {
      const days = to - from + 1;
      // the mean's own error is shared by every day of the sum
      return { point: mean * days, sd: s * Math.sqrt(days + (days * days) / kk) };
    },
  };
}

export function shortHistoryMessage(days: number): string {
  const k = Math.min(days, NAIVE_DAYS);
  return `Only ${days} day${days === 1 ? '' : 's'} of history (fewer than ${MIN_HISTORY_DAYS}): this is a naive projection, the mean of the last ${k} day${k === 1 ? '' : 's'} held flat, not a forecast.`;
}
