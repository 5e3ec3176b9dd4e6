// The band calibration (SPEC.md step 3.6): the level error a forecast's days share, and the
// conformal widths on deviations widened by it. Numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { conformal } from './backtest.ts';
import { levelVariance, type Score } from './calibration.ts';
import { Z80, Z95 } from './constants.ts';

const days = (origin: number, z: number, n: number): Score[] => Array.from({ length: n }, () => ({ z, origin }));

describe('level error shared by a forecast’s days', () => {
  it('is the spread of each forecast’s mean error: median |mean| ÷ 0.6745, squared', () => {
    // forecast 1: errors 1 and 3, mean 2; forecast 2: −1 and −1, mean −1; median of |2|, |−1| = 1.5;
    // 1.5 ÷ 0.67449 = 2.22390, squared 4.94573
    expect(levelVariance([{ z: 1, origin: 1 }, { z: 3, origin: 1 }, { z: -1, origin: 2 }, { z: -1, origin: 2 }])).toBeCloseTo(4.94573, 4);
    expect(levelVariance([])).toBe(0);
  });

  it('months that each missed by a whole level widen every day’s deviation', () => {
    // two months of 14 days, one 2 deviations above on every day, the other 2 below: as if independent
    // the 90% quantile of ±2 is 2 (wider than 1.28); the shared level is (2 ÷ 0.67449)² = 8.79243, so a day's
    // deviation is √9.79243 = 3.12928 claimed ones, in which the errors are ±0.63912: the normal widths hold
    const c = conformal([...days(1, 2, 14), ...days(2, -2, 14)], [])!;
    expect(c.level).toBeCloseTo(8.79243, 4);
    expect(c).toMatchObject({ below80: Z80, above80: Z80, below95: Z95, above95: Z95 });
  });

  it('needs 28 days of errors', () => {
    expect(conformal(days(1, 1, 27), [])).toBeNull();
  });
});
