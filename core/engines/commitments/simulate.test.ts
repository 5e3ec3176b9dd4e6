// The what-if hour loop on the worked example's Compute SP pool (SPEC "What-if"); every figure by hand.
import { describe, expect, it } from 'vitest';
import { simulate, type HourInput } from './simulate.ts';

// The pool of test/fixtures/focus/commitments-status.csv: eligible and covered per hour.
// Open to a new plan: 0.751 − 0.585 = 0.166; 1.855 − 1.495 = 0.36; 0.
const HOURS: HourInput[] = [
  { hour: '2025-11-30T22:00:00Z', eligible: 0.751, covered: 0.585 },
  { hour: '2025-11-30T23:00:00Z', eligible: 1.855, covered: 1.495 },
  { hour: '2025-12-01T00:00:00Z', eligible: 1.25, covered: 1.25 },
];

describe('simulating one added Compute Savings Plan', () => {
  it('$0.20/h at 80% of on demand, No Upfront: capacity 0.25 of on demand an hour', () => {
    const r = simulate(HOURS, { hourlyCommitment: 0.2, rate: 0.8, term: '1y', payment: 'NoUpfront' });
    // 22:00 covers 0.166 (uses 0.1328, 0.0672 unused); 23:00 covers 0.25 (uses all); 00:00 nothing
    expect(r).toMatchObject({ hours: 3, committed: 0.6, used: 0.3328, unused: 0.2672, onDemandCovered: 0.416, netSavings: -0.184, upfront: 0, recurringPerHour: 0.2 });
    expect(r.utilization).toBeCloseTo(0.3328 / 0.6, 12);
    expect(r.roi).toBeCloseTo(-0.184 / 0.6, 12);
    // before 3.33 of 3.856; after 3.33 + 0.416 = 3.746
    expect(r.coverageBefore).toBeCloseTo(3.33 / 3.856, 12);
    expect(r.coverageAfter).toBeCloseTo(3.746 / 3.856, 12);
    // it never pays back: 0.416 ÷ 3 h × 730 = 101.23 a month avoided, 146 a month paid
    expect(r.breakEvenMonths).toBeNull();
    expect(r.underused).toEqual([{ hour: '2025-11-30T22:00:00Z', unused: 0.0672 }, { hour: '2025-12-01T00:00:00Z', unused: 0.2 }]);
    expect(r.monthly.map((m) => [m.month, m.hours, m.committed, m.used, m.onDemandCovered, m.netSavings])).toEqual([
      ['2025-11', 2, 0.4, 0.3328, 0.416, 0.016],
      ['2025-12', 1, 0.2, 0, 0, -0.2],
    ]);
    expect(r.monthly[0]!.coverageAfter).toBeCloseTo(2.496 / 2.606, 12);
    expect(r.monthly[1]!.coverageAfter).toBe(1);
  });

  it('$0.10/h at half price, All Upfront: 876 paid at once, back in 9.84 months', () => {
    const r = simulate(HOURS, { hourlyCommitment: 0.1, rate: 0.5, term: '1y', payment: 'AllUpfront' });
    // capacity 0.20: covers 0.166, 0.20, 0 → 0.366 of on demand for 0.30 committed
    expect(r).toMatchObject({ committed: 0.3, used: 0.183, onDemandCovered: 0.366, netSavings: 0.066, upfront: 876, recurringPerHour: 0 });
    // 0.366 ÷ 3 = 0.122 an hour × 730 = 89.06 a month; 876 ÷ 89.06 = 9.836…
    expect(r.breakEvenMonths).toBe(9.84);
  });

  it('Partial Upfront pays half at purchase: 3 years of $1/h is 13,140 upfront and $0.50/h', () => {
    const r = simulate(HOURS, { hourlyCommitment: 1, rate: 0.6, term: '3y', payment: 'PartialUpfront' });
    expect([r.upfront, r.recurringPerHour]).toEqual([13140, 0.5]);
  });
});
