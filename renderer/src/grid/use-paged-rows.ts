// Paged rows for a grid: asks for the pages the rows in view need (after a short pause, so a
// fast scroll does not ask for every page it passes), keeps those that came, and starts over
// when the query changes (a new sort or filter). An answer for a query no longer shown is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import { pagedRowCount, pagesFor } from './paged-rows.ts';

export interface PageAnswer<T> {
  rows: T[];
  /** The row count when known, -1 while more may follow. */
  lastRow: number;
}

export interface PagedRows<T> {
  rowCount: number;
  /** Whether the first page has come (the count and rows are real). */
  ready: boolean;
  row: (index: number) => T | undefined;
  onRange: (start: number, end: number) => void;
}

/** Most pages kept: far pages are dropped and asked for again when scrolled back to. */
const KEEP_PAGES = 40;
const DEBOUNCE_MS = 40;

export function usePagedRows<T>(fetchPage: (start: number, end: number) => Promise<PageAnswer<T>>, pageSize: number, queryKey: string): PagedRows<T> {
  const pages = useRef(new Map<number, T[]>());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const [state, setState] = useState({ lastRow: -1, loadedEnd: 0, ready: false, version: 0 });
  const wanted = useRef<[number, number]>([0, pageSize]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(
    (page: number) => {
      if (asked.current.has(page)) return;
      asked.current.add(page);
      const gen = generation.current;
      fetchRef.current(page * pageSize, (page + 1) * pageSize).then(
        (answer) => {
          if (gen !== generation.current) return;
          pages.current.set(page, answer.rows);
          if (pages.current.size > KEEP_PAGES) {
            const [lo] = wanted.current;
            const far = [...pages.current.keys()].sort((a, b) => Math.abs(b * pageSize - lo) - Math.abs(a * pageSize - lo))[0]!;
            pages.current.delete(far);
            asked.current.delete(far);
          }
          setState((s) => ({
            lastRow: answer.lastRow,
            loadedEnd: Math.max(s.loadedEnd, page * pageSize + answer.rows.length),
            ready: true,
            version: s.version + 1,
          }));
        },
        () => {
          // a failed page may be asked for again when it is scrolled to
          if (gen === generation.current) asked.current.delete(page);
        },
      );
    },
    [pageSize],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    asked.current = new Set();
    setState((s) => ({ lastRow: -1, loadedEnd: 0, ready: false, version: s.version + 1 }));
    load(0);
  }, [queryKey, load]);

  const onRange = useCallback(
    (start: number, end: number) => {
      wanted.current = [start, end];
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => pagesFor(...wanted.current, pageSize).forEach(load), DEBOUNCE_MS);
    },
    [load, pageSize],
  );
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const row = useCallback((i: number) => pages.current.get(Math.floor(i / pageSize))?.[i % pageSize], [pageSize]);
  return { rowCount: state.ready ? pagedRowCount(state.lastRow, state.loadedEnd, pageSize) : 0, ready: state.ready, row, onRange };
}
