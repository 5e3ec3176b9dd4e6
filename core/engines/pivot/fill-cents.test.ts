import { describe, expect, it } from 'vitest';
import { feasibleCirculation } from './cent-flow.ts';
import { fillCents } from './fill-cents.ts';

const U = 10_000_000_000n; // a cent in 10^-12 units
const rem = (cents: number) => BigInt(Math.round(cents * 10)) * (U / 10n);

describe('fillCents (step 3)', () => {
  it('greedy by largest remainder when it fits', () => {
    // rows need 1 and 1, columns 1 and 1; remainders 0.6 0.6 / 0.4 0.4 cent
    const up = fillCents({ remainders: [[rem(0.6), rem(0.6)], [rem(0.4), rem(0.4)]], rowNeed: [1, 1], colNeed: [1, 1] });
    expect(up).toEqual([[true, false], [false, true]]);
  });

  it('moves a cent along an augmenting path where the greedy is stuck', () => {
    // row 0 can go up in either column, row 1 only in column 0; greedy gives column 0 to row 0
    // (0.9 > 0.3), then row 1 has nowhere to go: the path row1 → col0 → row0 → col1 fixes it
    const up = fillCents({ remainders: [[rem(0.9), rem(0.2)], [rem(0.3), 0n]], rowNeed: [1, 1], colNeed: [1, 1] });
    expect(up).toEqual([[false, true], [true, false]]);
  });

  it('says when no filling exists', () => {
    // row 0 needs a cent but its only fraction is in column 1, which needs none
    expect(fillCents({ remainders: [[0n, rem(0.4)], [rem(0.3), 0n]], rowNeed: [1, 0], colNeed: [1, 0] })).toBeNull();
  });
});

describe('feasibleCirculation', () => {
  it('finds flows within the bounds that conserve at every node', () => {
    // s(0) → a(1) [2,2]; a → b(2) [0,1]; a → c(3) [1,2]; b → s [0,1]; c → s [0,2]
    const flow = feasibleCirculation(4, [
      { from: 0, to: 1, lo: 2n, hi: 2n, rem: 0n },
      { from: 1, to: 2, lo: 0n, hi: 1n, rem: 5n },
      { from: 1, to: 3, lo: 1n, hi: 2n, rem: 1n },
      { from: 2, to: 0, lo: 0n, hi: 1n, rem: 0n },
      { from: 3, to: 0, lo: 0n, hi: 2n, rem: 0n },
    ]);
    expect(flow).not.toBeNull();
    const [sa, ab, ac, bs, cs] = flow!;
    expect(sa).toBe(2n);
    expect(ab! + ac!).toBe(2n);
    expect(bs).toBe(ab);
    expect(cs).toBe(ac);
    expect(ac! >= 1n).toBe(true);
  });

  it('says when the bounds cannot hold', () => {
    expect(feasibleCirculation(2, [{ from: 0, to: 1, lo: 2n, hi: 2n, rem: 0n }, { from: 1, to: 0, lo: 0n, hi: 1n, rem: 0n }])).toBeNull();
  });
});
