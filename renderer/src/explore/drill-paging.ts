// The drill-down grid's bookkeeping between its paged rows (grid/use-paged-rows.ts) and
// pivotDrill: which page asks for the count, the row count each page reports, and which answers
// may change the summary. The grid drops the pages of a sort or filter it has left, but the count and the summary
// live here: an answer for a sort or filter that is no longer shown (a slow page from before the
// change) must not set them, or the grid would page a filtered list with the unfiltered count.
import type { DrillSort, DrillWhere } from './drill-query.ts';

export interface DrillQuery {
  sort: DrillSort[];
  where: DrillWhere[];
}

export interface DrillTotals {
  lines: number;
  cost: number;
}

export interface PageAsked {
  query: DrillQuery;
  offset: number;
  limit: number;
  /** The first page of a sort or filter brings the count and cost of its lines. */
  withTotals: boolean;
  /** Which sort and filter the page belongs to. */
  key: string;
}

export interface PageTaken {
  /** The grid's row count: the lines of this query when known, -1 while more may follow. */
  lastRow: number;
  /** The summary to show (the lines as filtered), when this answer is for the query shown. */
  shown?: DrillTotals;
  /** The cell's lines before any grid filter, when this answer says it. */
  cell?: DrillTotals;
}

export class DrillPaging {
  private current: string | null = null;
  private currentQuery: DrillQuery = { sort: [], where: [] };
  private known: { key: string; lines: number } | null = null;

  /** A page the grid asks for: the grid only asks for pages of the sort and filter it shows. */
  ask(query: DrillQuery, startRow: number, endRow: number): PageAsked {
    const key = JSON.stringify(query);
    this.current = key;
    this.currentQuery = query;
    return { query, offset: startRow, limit: endRow - startRow, withTotals: startRow === 0, key };
  }

  /** What an answer tells the grid and the summary. */
  take(page: PageAsked, rows: number, totals: DrillTotals | null): PageTaken {
    const isCurrent = page.key === this.current;
    if (totals && isCurrent) this.known = { key: page.key, lines: totals.lines };
    const lines = totals?.lines ?? (this.known?.key === page.key ? this.known.lines : undefined);
    const lastRow = lines ?? (rows < page.limit ? page.offset + rows : -1);
    const taken: PageTaken = { lastRow };
    if (totals && isCurrent) taken.shown = totals;
    if (totals && page.query.where.length === 0) taken.cell = totals;
    return taken;
  }

  /** The sort and filters of the lines shown: an export takes the lines as the grid shows them. */
  get shownQuery(): DrillQuery {
    return this.currentQuery;
  }
}
