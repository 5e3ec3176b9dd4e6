import { describe, expect, it } from 'vitest';
import { monthsBetween } from './periods.ts';

describe('monthsBetween', () => {
  it('lists every month from the first day to the last, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2024-09-01', '2024-09-30')).toEqual(['2024-09']);
  });
});
