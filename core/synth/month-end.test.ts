import { describe, expect, it } from 'vitest';
import { businessSupportCents } from './month-end.ts';
import { usd } from './money.ts';

describe('AWS Business support fee', () => {
  it('is at least $100', () => {
    expect(businessSupportCents(0n)).toBe(10_000n);
    expect(businessSupportCents(BigInt(usd('900.00')))).toBe(10_000n);
  });

  it('charges 10% of the first $10K, 7% to $80K, 5% to $250K and 3% above', () => {
    expect(businessSupportCents(BigInt(usd('5000.00')))).toBe(50_000n); // $500
    expect(businessSupportCents(BigInt(usd('50000.00')))).toBe(380_000n); // $1,000 + 7% of $40,000 = $3,800
    expect(businessSupportCents(BigInt(usd('300000.00')))).toBe(1_590_000n); // $1,000 + $4,900 + $8,500 + $1,500 = $15,900
    expect(businessSupportCents(BigInt(usd('12345.67')))).toBe(116_420n); // $1,000 + 7% of $2,345.67 = $1,164.1969 → $1,164.20
  });
});
