// SPEC.md step 3 (split coefficients, exact shares): figures by hand, in 10^-12 units.
import { describe, expect, it } from 'vitest';
import { percentWeight, splitExact } from './split.ts';
import { weightsOf } from './allocate.ts';

const U = 1_000_000_000_000n; // one dollar in 10^-12 units

describe('step 3: split coefficients and exact shares', () => {
  it('even: $10 among three; the one unit left goes to the first name (equal remainders)', () => {
    const w = weightsOf({ method: 'even' }, ['data', 'payments', 'search'], new Map());
    expect(splitExact(10n * U, w)).toEqual(new Map([['data', 3_333_333_333_334n], ['payments', 3_333_333_333_333n], ['search', 3_333_333_333_333n]]));
  });

  it('proportional to positive direct cost; an owner whose credits outweigh its cost gets nothing', () => {
    const direct = new Map([['payments', 120n * U], ['search', 60n * U], ['data', 40n * U], ['refunded', -5n * U]]);
    const w = weightsOf({ method: 'proportional' }, ['data', 'payments', 'refunded', 'search'], direct);
    // -20 × 120/220 = -10.909090909090|909…, × 60/220 = -5.454545454545|45…, × 40/220 = -3.636363636363|63…:
    // two units left, to the largest remainders (payments .909, data .636)
    expect(splitExact(-20n * U, w)).toEqual(new Map([['data', -3_636_363_636_364n], ['payments', -10_909_090_909_091n], ['search', -5_454_545_454_545n]]));
  });

  it('fixed percentages, even to owners with no direct cost', () => {
    const w = weightsOf({ method: 'fixed', percentages: { payments: 50, search: 30, newcomer: 20 } }, ['payments', 'search'], new Map());
    expect(splitExact(22n * U, w)).toEqual(new Map([['newcomer', 4_400_000_000_000n], ['payments', 11n * U], ['search', 6_600_000_000_000n]]));
    expect(percentWeight(33.333333)).toBe(33_333_333n);
  });

  it('among: only the owners listed; nobody to split among leaves the pool whole (unallocated)', () => {
    expect(splitExact(5n * U, weightsOf({ method: 'even', among: ['a', 'a', 'b'] }, ['c'], new Map()))).toEqual(new Map([['a', 2_500_000_000_000n], ['b', 2_500_000_000_000n]]));
    expect(splitExact(5n * U, weightsOf({ method: 'proportional' }, [], new Map())).size).toBe(0);
  });
});
