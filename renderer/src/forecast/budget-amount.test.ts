import { describe, expect, it } from 'vitest';
import { parseAmount } from './budget-amount.ts';

describe('a typed budget amount', () => {
  it('reads digits with cents, thousands separators and a dollar sign', () => {
    expect(parseAmount('12500')).toBe(12500);
    expect(parseAmount(' 12,500.50 ')).toBe(12500.5);
    expect(parseAmount('$1,250,000')).toBe(1250000);
    expect(parseAmount('0.01')).toBe(0.01);
  });

  it('refuses what it would have to guess, and zero', () => {
    expect(parseAmount('12.500')).toBeNull();
    expect(parseAmount('12 500')).toBeNull();
    expect(parseAmount('1,25')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('0')).toBeNull();
    expect(parseAmount('1e6')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});
