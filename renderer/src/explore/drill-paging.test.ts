// The drill-down grid's count and summary follow the sort and filter shown, whatever order the
// answers come back in. A cell of 300,002 lines; filtered, 1,000 of them ($5,000.50).
import { describe, expect, it } from 'vitest';
import { DrillPaging, type DrillQuery } from './drill-paging.ts';

const byCost: DrillQuery = { sort: [{ column: 'EffectiveCost', direction: 'desc' }], where: [] };
const filtered: DrillQuery = { sort: byCost.sort, where: [{ column: 'ResourceId', op: 'startsWith', value: 'i-02' }] };
const cell = { lines: 300_002, cost: 450_001_630.5 };
const some = { lines: 1000, cost: 5000.5 };

describe('drill-down paging', () => {
  it('asks for the count with the first page of each sort and filter only', () => {
    const paging = new DrillPaging();
    expect(paging.ask(byCost, 0, 200)).toMatchObject({ offset: 0, limit: 200, withTotals: true });
    expect(paging.ask(byCost, 600, 800)).toMatchObject({ offset: 600, limit: 200, withTotals: false });
  });

  it('gives the grid the count of the lines, and the summary the first page says', () => {
    const paging = new DrillPaging();
    const first = paging.ask(byCost, 0, 200);
    expect(paging.take(first, 200, cell)).toEqual({ lastRow: 300_002, shown: cell, cell });
    const later = paging.ask(byCost, 299_800, 300_000);
    expect(paging.take(later, 200, null)).toEqual({ lastRow: 300_002 });
  });

  it('keeps the count while the first page is asked for again (scrolled back after the grid dropped it)', () => {
    const paging = new DrillPaging();
    paging.take(paging.ask(byCost, 0, 200), 200, cell);
    const middle = paging.ask(byCost, 1000, 1200);
    paging.ask(byCost, 0, 200);
    expect(paging.take(middle, 200, null).lastRow).toBe(300_002);
  });

  it('ignores the count of a page from before a filter that answers after it', () => {
    const paging = new DrillPaging();
    const before = paging.ask(byCost, 0, 200);
    const after = paging.ask(filtered, 0, 200);
    expect(paging.take(after, 200, some)).toEqual({ lastRow: 1000, shown: some });
    // the slow unfiltered page: the grid drops it; the summary and the count stay the filter's,
    // and it still tells how many lines the cell has before filters
    expect(paging.take(before, 200, cell)).toEqual({ lastRow: 300_002, cell });
    const next = paging.ask(filtered, 200, 400);
    expect(paging.take(next, 200, null)).toEqual({ lastRow: 1000 });
    expect(paging.shownQuery).toEqual(filtered);
  });

  it('counts the lines of a query whose count is not known yet from a short page', () => {
    const paging = new DrillPaging();
    expect(paging.take(paging.ask(filtered, 800, 1000), 137, null).lastRow).toBe(937);
    expect(paging.take(paging.ask(filtered, 600, 800), 200, null).lastRow).toBe(-1);
  });
});
