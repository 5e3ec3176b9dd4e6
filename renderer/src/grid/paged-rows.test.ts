import { describe, expect, it } from 'vitest';
import { pagedRowCount, pagesFor } from './paged-rows.ts';

describe('rows in pages of 200', () => {
  it('rows 0-24 need the first page; rows 190-229 the first two; rows 300,000-300,001 page 1,500', () => {
    expect(pagesFor(0, 25, 200)).toEqual([0]);
    expect(pagesFor(190, 230, 200)).toEqual([0, 1]);
    expect(pagesFor(300_000, 300_002, 200)).toEqual([1500]);
    expect(pagesFor(5, 5, 200)).toEqual([]);
  });

  it('the row count is the count once known, else the rows loaded and one page more', () => {
    expect(pagedRowCount(300_002, 200, 200)).toBe(300_002);
    expect(pagedRowCount(0, 0, 200)).toBe(0);
    expect(pagedRowCount(-1, 400, 200)).toBe(600);
  });
});
