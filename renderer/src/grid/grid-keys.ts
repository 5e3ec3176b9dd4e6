// Where the focus goes in a grid on a key press, as in a spreadsheet and the WAI-ARIA grid
// pattern: arrows move one cell, Home / End to the row's first / last cell, Ctrl+Home / Ctrl+End
// (⌘ on a Mac) to the first / last row in the same column, PageUp / PageDown a screenful of rows.
// Row -1 is the header row, where the sort and filter of a column are.

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface CellPos {
  row: number;
  col: number;
}

export interface GridSize {
  /** Body rows plus the pinned rows under them. */
  rows: number;
  cols: number;
  /** Rows a screen shows: how far PageUp / PageDown go. */
  page: number;
  /** Whether the header row takes the focus (grids that sort or filter). */
  header: boolean;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The cell the key moves the focus to, or null when the key is not a move (left to the cell). */
export function moveFocus(e: KeyPress, at: CellPos, size: GridSize): CellPos | null {
  if (e.altKey || e.shiftKey || size.cols === 0) return null;
  const top = size.header ? -1 : 0;
  const last = size.rows - 1;
  if (last < 0 && !size.header) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  const row = (r: number) => ({ row: clamp(r, top, Math.max(top, last)), col: at.col });
  switch (e.key) {
    case 'ArrowUp':
      return ctrl ? null : row(at.row - 1);
    case 'ArrowDown':
      return ctrl ? null : row(at.row + 1);
    case 'ArrowLeft':
      return ctrl ? null : { row: at.row, col: clamp(at.col - 1, 0, size.cols - 1) };
    case 'ArrowRight':
      return ctrl ? null : { row: at.row, col: clamp(at.col + 1, 0, size.cols - 1) };
    case 'Home':
      return ctrl ? (last < 0 ? null : { row: 0, col: at.col }) : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? (last < 0 ? null : { row: last, col: at.col }) : { row: at.row, col: size.cols - 1 };
    case 'PageUp':
      return ctrl ? null : row(Math.max(at.row - size.page, at.row < 0 ? at.row : 0));
    case 'PageDown':
      return ctrl ? null : row(at.row + size.page);
    default:
      return null;
  }
}
