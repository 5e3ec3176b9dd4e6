import { describe, expect, it } from 'vitest';
import { allocateCents, exactToNumber, parseExact, roundToCents } from './exact.ts';

describe('exact money', () => {
  it('parses DuckDB decimal text into 10^-12 units', () => {
    expect(parseExact('12.345000000000')).toBe(12_345_000_000_000n);
    expect(parseExact('-0.000000000001')).toBe(-1n);
    expect(parseExact('7')).toBe(7_000_000_000_000n);
    expect(parseExact(null)).toBe(0n);
    expect(() => parseExact('1e5')).toThrow(/not a decimal/);
  });

  it('rounds half away from zero', () => {
    expect(roundToCents(parseExact('0.005'))).toBe(1n);
    expect(roundToCents(parseExact('0.004999999999'))).toBe(0n);
    expect(roundToCents(parseExact('-0.005'))).toBe(-1n);
    expect(roundToCents(parseExact('-1.234'))).toBe(-123n);
  });

  it('splits a parent among children by largest remainder', () => {
    // three thirds of 1.00: floors 33+33+33 = 99, one cent left, ties go to the first
    const third = parseExact('0.333333333333');
    expect(allocateCents([third, third, third + 1n], 100n)).toEqual([33n, 33n, 34n]);
    expect(allocateCents([third, third, third], 100n)).toEqual([34n, 33n, 33n]);
    // 0.015 + 0.015 = 0.03: each rounds to 0.02 alone (sum 0.04), allocation keeps 0.03
    expect(allocateCents([parseExact('0.015'), parseExact('0.015')], 3n)).toEqual([2n, 1n]);
    // negatives floor downward: -0.015 -> floor -2 cents, remainder 0.005
    expect(allocateCents([parseExact('-0.015'), parseExact('0.025')], 1n)).toEqual([-1n, 2n]);
    expect(allocateCents([], 0n)).toEqual([]);
  });

  it('converts exact units to the nearest double', () => {
    expect(exactToNumber(parseExact('1234567.891234567891'))).toBeCloseTo(1234567.891234568, 6);
    expect(exactToNumber(parseExact('-2.5'))).toBe(-2.5);
  });
});
