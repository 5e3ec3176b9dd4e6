// Breach date and probability (SPEC.md steps 3-5), with numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { breachProbability, firstDayAbove, normalCdf, statusOf } from './breach.ts';

describe('step 3: status', () => {
  it('breached above the amount to date, forecast-breach above it at period end, else ok; exactly the amount is not a breach', () => {
    expect(statusOf(1001, 2000, 1000)).toBe('breached');
    expect(statusOf(1000, 1000, 1000)).toBe('ok');
    expect(statusOf(500, 1000.01, 1000)).toBe('forecast-breach');
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; in cents it is 30, not above 0.30
    expect(statusOf(0.1 + 0.2, 0.1 + 0.2, 0.3)).toBe('ok');
  });
});

describe('step 4: breach date', () => {
  it('the first day whose running total is above the amount', () => {
    const days = [10, 20, 30, 40].map((value, i) => ({ date: `2026-03-0${i + 1}`, value }));
    // running totals 10, 30, 60, 100
    expect(firstDayAbove(days, 30)).toBe('2026-03-03');
    expect(firstDayAbove(days, 29.99)).toBe('2026-03-02');
    expect(firstDayAbove(days, 100)).toBeNull();
  });
});

describe('step 5: breach probability', () => {
  it('SPEC worked example: forecast 3,100, 80% band up to 3,228.16 (sd 100), budget 3,200: 1 − Φ(1) = 15.87%', () => {
    expect(breachProbability(3100, 3100 + 128.155, 3200)).toBe(0.1587);
  });

  it('a forecast on the amount is an even chance; 1.2816 sd above the point is 10%', () => {
    expect(breachProbability(1000, 1128.16, 1000)).toBe(0.5);
    expect(breachProbability(1000, 1128.16, 1128.16)).toBe(0.1);
    // forecast above the amount: 1 − Φ(−1) = 84.13%
    expect(breachProbability(3300, 3428.155, 3200)).toBe(0.8413);
  });

  it('a band of zero width is certainty', () => {
    expect(breachProbability(900, 900, 1000)).toBe(0);
    expect(breachProbability(1100, 1100, 1000)).toBe(1);
  });

  it('Φ matches the table: Φ(0) = 0.5, Φ(1) = 0.841345, Φ(−1.96) = 0.024998', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024998, 6);
  });
});
