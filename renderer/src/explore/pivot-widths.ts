// How wide the pivot's columns are. A number column is as wide as its widest figure (the grand
// total's, drawn bold) or its header, whichever is wider; the label column is LABEL_WIDTH and
// gives up room, down to LABEL_MIN_WIDTH, before the grid scrolls sideways. So the default pivot
// (three months and Total) fits a 1280 px window with every figure and header whole, and a wide
// one (a column a day) still scrolls.
import { BOLD_CELL_FONT, CELL_PADDING } from '../grid/grid-look.ts';
import { headerWidth, textWidth } from '../grid/text-width.ts';
import { measureFormat } from './labels.ts';
import { formatValue } from './number-format.ts';
import type { HeaderLeaf } from './pivot-columns.ts';
import type { GridRow } from './pivot-tree.ts';

export const LABEL_WIDTH = 300;
export const LABEL_MIN_WIDTH = 180;
const VALUE_MIN_WIDTH = 72;
/** A longer header (a long tag value) ends in … with its whole text as the tooltip. */
const VALUE_MAX_WIDTH = 220;
/** Sub-pixel rounding and the cell's border. */
const SLACK = 3;

/** The label column's width: LABEL_WIDTH, or its header's when that is longer (six row dimensions). */
export function labelWidth(header: string): number {
  return Math.max(LABEL_WIDTH, headerWidth(header));
}

/** Each value column's width by its id. */
export function valueWidths(leaves: readonly HeaderLeaf[], rows: readonly GridRow[], total: GridRow | null, currency: string | null): Map<string, number> {
  const all = total ? [...rows, total] : rows;
  const out = new Map<string, number>();
  for (const leaf of leaves) {
    const format = measureFormat(leaf.measure);
    // figures are tabular: the longest text is the widest
    let widest = '';
    for (const row of all) {
      const text = formatValue(row.cells[leaf.id] ?? null, format, currency);
      if (text.length > widest.length) widest = text;
    }
    const figure = Math.ceil(textWidth(widest, BOLD_CELL_FONT)) + CELL_PADDING + SLACK;
    const header = headerWidth(leaf.path[leaf.path.length - 1] ?? '') + SLACK;
    out.set(leaf.id, Math.min(VALUE_MAX_WIDTH, Math.max(VALUE_MIN_WIDTH, figure, header)));
  }
  return out;
}
