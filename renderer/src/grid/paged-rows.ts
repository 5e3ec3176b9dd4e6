// Rows that arrive in pages as a person scrolls (the drill-down's line items): which pages the
// rows in view need, and how many rows the grid has while the count is not known yet.

/** The pages (numbered from 0) that hold the rows start..end-1. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const out: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) out.push(p);
  return out;
}

/**
 * The grid's row count: the count when known (lastRow ≥ 0); otherwise the rows loaded so far
 * and one more page, so scrolling to the end asks for the next one.
 */
export function pagedRowCount(lastRow: number, loadedEnd: number, pageSize: number): number {
  return lastRow >= 0 ? lastRow : loadedEnd + pageSize;
}
