import { describe, expect, it } from 'vitest';
import { cellText, isNumericKind } from './cells.ts';

describe('cellText', () => {
  it('writes money to the cent in the workspace currency', () => {
    expect(cellText(1234.5, 'money', 'USD')).toBe('$1,234.50');
    expect(cellText(-20, 'money', 'USD')).toBe('-$20.00');
    expect(cellText(1234.5, 'money', null)).toBe('1,234.50');
  });
  it('writes a percent column (fractions) as a percent with one decimal', () => {
    expect(cellText(0.1234, 'percent', 'USD')).toBe('12.3%');
    expect(cellText(-0.5, 'percent', 'USD')).toBe('-50.0%');
  });
  it('keeps the decimals of small numbers such as unit costs', () => {
    expect(cellText(0.000123, 'number', 'USD')).toBe('0.000123');
    expect(cellText(1234567, 'number', 'USD')).toBe('1,234,567');
  });
  it('prints text and dates as they are, and a dash for a missing value', () => {
    expect(cellText('Amazon EC2', 'text', 'USD')).toBe('Amazon EC2');
    expect(cellText('2026-10-31', 'date', 'USD')).toBe('2026-10-31');
    expect(cellText(null, 'money', 'USD')).toBe('—');
    expect(cellText(Number.NaN, 'percent', 'USD')).toBe('—');
  });
  it('prints a text value in a number column as it is (an engine word such as "new")', () => {
    expect(cellText('new', 'percent', 'USD')).toBe('new');
  });
});

describe('isNumericKind', () => {
  it('right-aligns money, percent and number columns', () => {
    expect(['text', 'money', 'percent', 'number', 'date'].map((k) => isNumericKind(k as never))).toEqual([false, true, true, true, false]);
  });
});
