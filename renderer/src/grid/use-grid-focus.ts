// Where a grid's keyboard focus is: one cell at a time takes Tab (roving tabindex), a move scrolls
// its cell into the part of the view the sticky header, the pinned rows and the pinned columns
// leave free, and the focus follows the cell once it is drawn (a far row is drawn after the
// scroll). What a key does is grid-keys.ts; what Enter on a cell does is the grid's caller's.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { moveFocus, type CellPos } from './grid-keys.ts';

export interface FocusGeometry {
  rowCount: number;
  /** Rows pinned under the body (a grand total). */
  pinnedRows: number;
  cols: number;
  /** Whether the header row takes the focus (grids that sort or filter). */
  headerFocusable: boolean;
  rowHeight: number;
  headHeight: number;
  footHeight: number;
  pinnedCols: number;
  pinnedWidth: number;
  widths: readonly number[];
  leftOf: (col: number) => number;
}

export const posKey = (p: CellPos) => `${p.row}:${p.col}`;

/** How long a moved focus waits for its cell to be drawn. */
const FOCUS_WAIT_MS = 2000;

const posOf = (cell: HTMLElement): CellPos => {
  const [row, col] = cell.dataset.pos!.split(':').map(Number) as [number, number];
  return { row, col };
};

export function useGridFocus(scroller: RefObject<HTMLDivElement | null>, g: FocusGeometry) {
  const [focus, setFocus] = useState<CellPos | null>(null);
  /**
   * The cell the last move sent the focus to, until the focus reaches it. A move made before then
   * (two keys pressed quickly) replaces it: the earlier target is then never focused, nor does
   * reaching it end the wait for the later one.
   */
  const pending = useRef<CellPos | null>(null);
  const rowsAll = g.rowCount + g.pinnedRows;
  const active: CellPos = focus && focus.row < rowsAll && focus.col < g.cols ? focus : { row: rowsAll > 0 ? 0 : g.headerFocusable ? -1 : 0, col: 0 };

  /** Scrolls the cell into the part of the view not under the sticky header, total or pinned columns. */
  const reveal = (p: CellPos) => {
    const el = scroller.current;
    if (!el) return;
    if (p.row >= 0 && p.row < g.rowCount) {
      const top = g.headHeight + p.row * g.rowHeight;
      const viewBottom = el.scrollTop + el.clientHeight - g.footHeight;
      if (top < el.scrollTop + g.headHeight) el.scrollTop = top - g.headHeight;
      else if (top + g.rowHeight > viewBottom) el.scrollTop = top + g.rowHeight - el.clientHeight + g.footHeight;
    }
    if (p.col >= g.pinnedCols) {
      const left = g.leftOf(p.col);
      const right = left + g.widths[p.col]!;
      if (left < el.scrollLeft + g.pinnedWidth) el.scrollLeft = left - g.pinnedWidth;
      else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
    }
  };

  // the focus follows its cell once the cell is drawn (a far row is drawn after the scroll, which
  // a busy machine may take many frames to render): looked for on every frame for up to 2 s
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const until = performance.now() + FOCUS_WAIT_MS;
    let id = 0;
    const tryFocus = () => {
      if (pending.current !== target) return;
      const cell = scroller.current?.querySelector<HTMLElement>(`[data-pos="${posKey(target)}"]`);
      if (cell) {
        pending.current = null;
        cell.focus({ preventScroll: true });
      } else if (performance.now() < until) id = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(id);
  });

  const goTo = (p: CellPos) => {
    pending.current = p;
    reveal(p);
    setFocus(p);
  };

  /**
   * The cell a key pressed on `cell` acts on, and whether the key moved the focus from it. A key
   * pressed before the focus reached the cell of the last move (its row not drawn yet) acts on
   * that cell, not on the one the browser still has focused.
   */
  const keyOn = (e: KeyboardEvent, cell: HTMLElement): { at: CellPos; moved: boolean } => {
    const at = pending.current ?? posOf(cell);
    const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 0) - g.headHeight - g.footHeight) / g.rowHeight) - 1);
    const next = moveFocus(e, at, { rows: rowsAll, cols: g.cols, page, header: g.headerFocusable });
    if (!next) return { at, moved: false };
    e.preventDefault();
    goTo(next);
    return { at, moved: true };
  };

  /** A click or Tab put the focus on a cell: it becomes the one that takes Tab. */
  const onFocusIn = (e: React.FocusEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-pos]');
    if (!cell) return;
    const p = posOf(cell);
    // a click or Tab elsewhere while a move waits for its cell: the person's choice wins
    if (pending.current && (pending.current.row !== p.row || pending.current.col !== p.col)) pending.current = null;
    if (!focus || focus.row !== p.row || focus.col !== p.col) setFocus(p);
  };

  return { active, goTo, keyOn, onFocusIn };
}
