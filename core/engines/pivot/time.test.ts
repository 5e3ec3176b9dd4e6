import { describe, expect, it } from 'vitest';
import { keyRange, previousKey, shiftKey, truncate, formatKey } from './time.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('time buckets', () => {
  it('turns keys into [from, to) ranges', () => {
    expect(keyRange('month', '2026-12')).toEqual({ from: day('2026-12-01'), to: day('2027-01-01') });
    expect(keyRange('quarter', '2026-Q4')).toEqual({ from: day('2026-10-01'), to: day('2027-01-01') });
    expect(keyRange('week', '2026-01-26')).toEqual({ from: day('2026-01-26'), to: day('2026-02-02') });
    expect(keyRange('year', '2028')).toEqual({ from: day('2028-01-01'), to: day('2029-01-01') });
    expect(() => keyRange('week', '2026-01-27')).toThrow(/Monday/);
    expect(() => keyRange('month', '2026-1')).toThrow(/2026-01/);
  });

  it('steps back and forth across year ends and leap days', () => {
    expect(previousKey('month', '2026-01')).toBe('2025-12');
    expect(previousKey('quarter', '2026-Q1')).toBe('2025-Q4');
    expect(previousKey('day', '2028-03-01')).toBe('2028-02-29');
    expect(previousKey('week', '2026-01-05')).toBe('2025-12-29');
    expect(shiftKey('year', '2026', 2)).toBe('2028');
  });

  it('truncates like DuckDB date_trunc (weeks start on Monday)', () => {
    expect(formatKey('week', truncate('week', day('2026-02-01')))).toBe('2026-01-26');
    expect(formatKey('quarter', truncate('quarter', day('2026-08-15')))).toBe('2026-Q3');
  });
});
