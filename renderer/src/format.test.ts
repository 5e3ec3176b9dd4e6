import { describe, expect, it } from 'vitest';
import { baseName, shortPath, formatBytes, formatCount, formatMoney, formatPeriod, formatPeriodSpan } from './format.ts';

describe('format', () => {
  it('writes money to the cent with its currency', () => {
    expect(formatMoney(1234.5)).toBe('$1,234.50');
    expect(formatMoney(-0.004, 'USD')).toBe('-$0.00');
    expect(formatMoney(10, 'EUR')).toBe('€10.00');
    expect(formatMoney(null)).toBe('—');
  });
  it('falls back to USD for a currency code that is not one', () => {
    expect(formatMoney(1, 'dollars')).toBe('$1.00');
  });
  it('writes counts and sizes', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
  });
  it('names periods and spans', () => {
    expect(formatPeriod('2024-03')).toBe('Mar 2024');
    expect(formatPeriodSpan(['2024-03', '2024-01', '2024-02'])).toBe('Jan 2024 – Mar 2024');
    expect(formatPeriodSpan(['2024-03'])).toBe('Mar 2024');
    expect(formatPeriodSpan([])).toBe('');
  });
  it('takes the file name of a path on any OS', () => {
    expect(baseName('/tmp/a/cur.csv.gz')).toBe('cur.csv.gz');
    expect(baseName('C:\\data\\cur.csv')).toBe('cur.csv');
    expect(shortPath('/exports/cur/2026-08/part-00001.parquet')).toBe('2026-08/part-00001.parquet');
  });
});
