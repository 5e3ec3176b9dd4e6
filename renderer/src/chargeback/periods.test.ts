import { describe, expect, it } from 'vitest';
import { billingMonths } from './periods.ts';

describe('billingMonths', () => {
  it('lists each billing period once, oldest first', () => {
    // one period per provider and account in the workspace info
    expect(billingMonths(['2026-10', '2026-09', '2026-10', '2025-12'])).toEqual(['2025-12', '2026-09', '2026-10']);
    expect(billingMonths([])).toEqual([]);
  });
});
