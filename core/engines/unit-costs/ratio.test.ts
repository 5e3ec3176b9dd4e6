// The ratio rules of SPEC.md step 4, on numbers worked by hand.
import { describe, expect, it } from 'vitest';
import { parseExact } from '../pivot/exact.ts';
import { changeOf, parseVolume, unitCostOf } from './ratio.ts';
import { unitCostRows } from './series.ts';

const cost = (s: string) => parseExact(s);
const vol = (s: string) => parseVolume(s);

describe('unit cost', () => {
  it('divides exactly and rounds once to 6 decimals, half away from zero', () => {
    expect(unitCostOf(cost('100'), vol('300'))).toBe(0.333333);
    expect(unitCostOf(cost('200'), vol('300'))).toBe(0.666667);
    // $0.000012 a request must not print as 0
    expect(unitCostOf(cost('12'), vol('1000000'))).toBe(0.000012);
    // 0.0000005 is the half: away from zero
    expect(unitCostOf(cost('1'), vol('2000000'))).toBe(0.000001);
    expect(unitCostOf(cost('-1'), vol('2000000'))).toBe(-0.000001);
  });

  it('is null, never Infinity, when the volume is 0', () => {
    expect(unitCostOf(cost('5'), 0n)).toBeNull();
    expect(unitCostOf(0n, 0n)).toBeNull();
  });

  it('changes as a fraction of the previous unit cost, null without one', () => {
    // 120/350 vs 100/300: 36000/35000 − 1
    expect(changeOf({ cost: cost('120'), volume: vol('350') }, { cost: cost('100'), volume: vol('300') })).toBe(0.0286);
    expect(changeOf({ cost: cost('1'), volume: vol('1') }, { cost: 0n, volume: vol('1') })).toBeNull();
    expect(changeOf({ cost: cost('1'), volume: 0n }, { cost: cost('1'), volume: vol('1') })).toBeNull();
    // from −10 per unit to −5: up by half of |−10|
    expect(changeOf({ cost: cost('-5'), volume: vol('1') }, { cost: cost('-10'), volume: vol('1') })).toBe(0.5);
  });
});

describe('unitCostRows', () => {
  it("shares a period's rounded total among its keys by largest remainder", () => {
    // 0.005 + 0.005 + 0.005 = 0.015 → 0.02 (half away from zero); a 0.01 and b 0.01, c 0.00 (ties: key order)
    const rows = unitCostRows(
      'month',
      [
        { period: '2026-10', key: 'a', amount: cost('0.005') },
        { period: '2026-10', key: 'b', amount: cost('0.005') },
        { period: '2026-10', key: 'c', amount: cost('0.005') },
      ],
      [{ period: '2026-10', key: 'a', amount: vol('1') }],
    );
    expect(rows.map((r) => [r.key, r.cost, r.unitCost])).toEqual([
      ['a', 0.01, 0.005],
      ['b', 0.01, null],
      ['c', 0, null],
    ]);
  });

  it('compares with the calendar period just before, not the row before', () => {
    const rows = unitCostRows(
      'month',
      [
        { period: '2026-08', key: null, amount: cost('10') },
        { period: '2026-10', key: null, amount: cost('20') },
      ],
      [
        { period: '2026-08', key: null, amount: vol('10') },
        { period: '2026-10', key: null, amount: vol('10') },
      ],
    );
    expect(rows.map((r) => [r.period, r.unitCost, r.changePct])).toEqual([
      ['2026-08', 1, null],
      ['2026-10', 2, null],
    ]);
  });
});
