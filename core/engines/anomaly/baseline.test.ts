// SPEC.md step 2 on hand-built series: every expected figure below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { Baseline, monthOffsets } from './baseline.ts';
import { dayNumber } from './days.ts';

function baseline(first: string, costs: number[]): Baseline {
  const start = dayNumber(first);
  return new Baseline(Float64Array.from(costs), 0, costs.length, monthOffsets(start, costs.length));
}

describe('monthOffsets', () => {
  it('goes back to the same day of the last month that has it', () => {
    // 31 March: February has no 31st, so 31 January (59 days back); before it 31 December (90)
    const m = monthOffsets(dayNumber('2026-03-31'), 2);
    expect([m.o1[0], m.o2[0]]).toEqual([59, 90]);
    // 1 April: 1 March (31 days back), 1 February (59)
    expect([m.o1[1], m.o2[1]]).toEqual([31, 59]);
  });
});

describe('Baseline', () => {
  it('week_exp is the median of the same weekday in the 4 weeks before; unknown before 28 days', () => {
    // day i costs 100 + i: the same weekday 7, 14, 21, 28 days before day 30 cost 123, 116, 109, 102
    const b = baseline('2026-01-01', Array.from({ length: 31 }, (_, i) => 100 + i));
    expect(b.weekExpected(27)).toBeNaN();
    expect(b.weekExpected(30)).toBe((109 + 116) / 2);
  });

  it('a month-start fee that was there last month is expected; one old spike is not', () => {
    // $100 a day from 1 January 2026, $500 more on each 1st; a one-off $300 more on 16 February
    const costs = Array.from({ length: 120 }, (_, i) => 100 + ([0, 31, 59, 90].includes(i) ? 500 : 0) + (i === 46 ? 300 : 0));
    const b = baseline('2026-01-01', costs);
    // 1 April (day 90): week_exp 100; 1 March and 1 February each exceed their own week_exp by 500
    expect(b.weekExpected(90)).toBe(100);
    expect(b.expected(90)).toBe(600);
    // 16 March (day 74): 16 February was 300 over, 16 January was not: the smaller excess (0) counts
    expect(b.weekExpected(74)).toBe(100);
    expect(b.expected(74)).toBe(100);
    // 16 February itself (day 46): only 16 January is known (0 over)
    expect(b.expected(46)).toBe(100);
  });

  it('σ = 1.4826 × the median absolute deviation of the 8 same weekdays, floored at 5% of week_exp and $1', () => {
    // the same weekday 1..8 weeks before day 56: 100, 120, 80, 100, 140, 60, 100, 100 (others 100)
    const costs = new Array<number>(57).fill(100);
    [100, 120, 80, 100, 140, 60, 100, 100].forEach((c, k) => (costs[56 - 7 * (k + 1)] = c));
    const b = baseline('2026-01-05', costs);
    // median 100; deviations 0, 20, 20, 0, 40, 40, 0, 0: their median is 10
    expect(b.sigma(56)).toBeCloseTo(14.826, 10);
    // a steady series: MAD 0, σ is 5% of week_exp ($100)
    expect(baseline('2026-01-05', new Array<number>(57).fill(100)).sigma(56)).toBe(5);
    // a small one: σ is never below $1
    expect(baseline('2026-01-05', new Array<number>(57).fill(3)).sigma(56)).toBe(1);
  });
});
