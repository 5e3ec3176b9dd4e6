// The split's steps on small hand-worked cases (SPEC "Split"); money in 10^-12 units (1 dollar = 10^12).
import { describe, expect, it } from 'vitest';
import { costPerWindow, splitExact, toCents, windowsTotal, type WeightWindow } from './split.ts';

const D = 10n ** 12n;
const H = 3_600_000;
const win = (start: number, end: number, weights: Record<string, bigint>, idle = 0n): WeightWindow => ({ start, end, source: 'opencost', weights: new Map(Object.entries(weights)), idle });

describe('step 2: node cost to windows by time', () => {
  it('a day line over two half-day windows goes half to each; a line outside stays uncovered', () => {
    const { perWindow, uncovered } = costPerWindow(
      [{ start: 0, end: 24 * H, units: 10n * D }, { start: 24 * H, end: 48 * H, units: 7n * D }],
      [win(0, 12 * H, { a: 1n }), win(12 * H, 24 * H, { a: 1n })],
    );
    expect(perWindow).toEqual([5n * D, 5n * D]);
    expect(uncovered).toBe(7n * D);
  });

  it('a line a window covers for a third: a third in, two thirds uncovered, no unit lost', () => {
    const { perWindow, uncovered } = costPerWindow([{ start: 0, end: 3 * H, units: 1n * D }], [win(0, H, { a: 1n })]);
    expect(perWindow).toEqual([333333333333n]);
    expect(uncovered).toBe(666666666667n);
  });
});

describe('steps 3-4: each window by weight, idle its own pool', () => {
  it('weights 2:1 and idle 1 of a $100 window', () => {
    const s = splitExact([{ start: 0, end: H, units: 100n * D }], [win(0, H, { a: 2n * D, b: 1n * D }, 1n * D)]);
    expect(s.groups).toEqual(new Map([['a', 50n * D], ['b', 25n * D]]));
    expect(s.idle).toBe(25n * D);
    expect(s.uncovered).toBe(0n);
  });

  it('a window that weighs nothing leaves its cost uncovered', () => {
    const s = splitExact([{ start: 0, end: H, units: 9n * D }], [win(0, H, {})]);
    expect(s.uncovered).toBe(9n * D);
  });

  it('the division remainder goes to the heaviest group (first by name on ties)', () => {
    const s = splitExact([{ start: 0, end: H, units: 1n * D }], [win(0, H, { b: 1n, a: 1n, c: 1n })]);
    // 10^12 / 3 = 333333333333 each, 1 unit left: to a
    expect(s.groups).toEqual(new Map([['a', 333333333334n], ['b', 333333333333n], ['c', 333333333333n]]));
  });
});

describe('step 5: cents by largest remainder', () => {
  it('$1 in thirds: 0.34 to the first by name, the parts add up to the node cost', () => {
    const c = toCents({ nodeCost: 1n * D, perWindow: [], groups: new Map([['c', D / 3n], ['b', D / 3n], ['a', D / 3n + 1n]]), idle: 0n, uncovered: 0n });
    expect(c.groups).toEqual([{ group: 'a', cents: 34n }, { group: 'b', cents: 33n }, { group: 'c', cents: 33n }]);
    expect(c.nodeCost).toBe(100n);
  });

  it('idle and uncovered take part in the same rounding', () => {
    // 0.005 each to a, idle, uncovered: 0.015 rounds to 2 cents, all remainders tie: a, then idle
    const half = D / 200n;
    const c = toCents({ nodeCost: 3n * half, perWindow: [], groups: new Map([['a', half]]), idle: half, uncovered: half });
    expect([c.groups[0]!.cents, c.idle, c.uncovered]).toEqual([1n, 1n, 0n]);
  });
});

it('OpenCost total of the windows, prorated to the period', () => {
  // a 2-day window of $30 + $10 idle, half inside the period
  expect(windowsTotal([win(0, 48 * H, { a: 30n * D }, 10n * D)], 24 * H, 72 * H)).toBe(20n * D);
});
