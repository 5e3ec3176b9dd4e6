// The grid's measures that its CSS (grid.css) draws and its code sizes columns by: change both together.
/** Row and header heights: every grid has them unless it needs denser rows. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 34;
/** A header's and a cell's left plus right padding (`padding: 0 12px`). */
export const CELL_PADDING = 24;
/** The header's font (.dg-header) and a bold body cell's (a total). */
export const HEADER_FONT = { size: 12.5, weight: 600 } as const;
export const CELL_FONT = { size: 13, weight: 400 } as const;
export const BOLD_CELL_FONT = { size: 13, weight: 700 } as const;
/** A sort mark beside a sorted column's words (the gap, ▲ and a priority digit). */
export const SORT_MARK_ROOM = 16;
/** An active filter's funnel keeps its place in the header (22 px and the gap). */
export const FILTER_BUTTON_ROOM = 26;
