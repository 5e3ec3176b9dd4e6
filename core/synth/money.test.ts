import { describe, expect, it } from 'vitest';
import { ExactSum, assertDoubleSafe, formatMu, muToCents, roundToCents, usd } from './money.ts';

describe('money units (1 MU = 1e-10 USD)', () => {
  it('reads and writes dollar amounts exactly', () => {
    expect(usd('0.096')).toBe(960_000_000);
    expect(usd('0.0000166667')).toBe(166_667);
    expect(usd('-75.40')).toBe(-754_000_000_000);
    expect(formatMu(960_000_000)).toBe('0.0960000000');
    expect(formatMu(-754_000_000_000)).toBe('-75.4000000000');
    expect(formatMu(5n)).toBe('0.0000000005');
  });

  it('refuses more decimals than a money unit holds', () => {
    expect(() => usd('0.00000000001')).toThrow(/more than 10 decimals/);
  });

  it('rounds to cents half away from zero', () => {
    expect(muToCents(usd('1.005'))).toBe(101n);
    expect(muToCents(usd('-1.005'))).toBe(-101n);
    expect(muToCents(usd('1.0049999999'))).toBe(100n);
    expect(roundToCents(usd('2.345'))).toBe(usd('2.35'));
  });

  it('sums past 2^53 without losing a unit', () => {
    const s = new ExactSum(1);
    // 3,000 values of $900,000.0000000001: 2.7e19 MU in all, far beyond a double's exact range.
    for (let i = 0; i < 3000; i++) s.add(0, usd('900000.0000000001'));
    expect(formatMu(s.get(0))).toBe('2700000000.0000003000');
  });

  it('knows which values come back exactly from a DOUBLE column', () => {
    // 16 significant digits cannot survive; 15 can (DBL_DIG); trailing zeros do not count.
    expect(() => assertDoubleSafe(usd('100000.0000000001'), 'x')).toThrow(/significant digits/);
    expect(() => assertDoubleSafe(usd('99999.1234567891'), 'x')).not.toThrow();
    expect(() => assertDoubleSafe(usd('843800.25'), 'x')).not.toThrow();
  });
});
