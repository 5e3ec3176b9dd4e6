// Where a sorted drill-down page comes from: the cell's copy, or straight from focus.
import { describe, expect, it } from 'vitest';
import { sortedPageSource } from './drill.ts';

describe('sortedPageSource', () => {
  it('copies a small cell at once: every later page and sort is then a lookup', () => {
    expect(sortedPageSource(9, 0, 200)).toBe('copy');
    expect(sortedPageSource(100_000, 0, 200)).toBe('copy');
  });

  it('reads the first pages of a large cell straight from focus, and copies it when the grid scrolls past 10,000 lines', () => {
    expect(sortedPageSource(100_001, 0, 200)).toBe('direct');
    expect(sortedPageSource(1_686_433, 9_800, 200)).toBe('direct');
    expect(sortedPageSource(1_686_433, 9_801, 200)).toBe('copy');
  });

  it('never copies a cell of more than 2,000,000 lines', () => {
    expect(sortedPageSource(2_000_000, 50_000, 200)).toBe('copy');
    expect(sortedPageSource(2_000_001, 50_000, 200)).toBe('direct');
    expect(sortedPageSource(2_000_001, 0, 200)).toBe('direct');
  });

  it('serves a cell already copied from its copy (its count is not asked again: 0)', () => {
    expect(sortedPageSource(0, 500_000, 200)).toBe('copy');
  });
});
