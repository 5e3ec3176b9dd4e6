// Keys the grids answer beyond ag-grid's own. ag-grid 36 leaves Ctrl+Home / Ctrl+End to the
// browser, which only scrolls, smoothly: over the millions of pixels of a long drill-down, ag-grid
// syncs its scrollbar mid-way and the scroll can stop anywhere, with the focus left behind. As in
// a spreadsheet (and the WAI-ARIA grid pattern), they go to the first / last row, in the same column.

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The row Ctrl+Home / Ctrl+End (⌘ on a Mac) go to, or null for any other key. */
export function jumpRow(e: KeyPress, rowCount: number): number | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || rowCount === 0) return null;
  if (e.key === 'Home') return 0;
  if (e.key === 'End') return rowCount - 1;
  return null;
}
