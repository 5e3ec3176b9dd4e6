// How wide a text is as the grid draws it, measured on a canvas in the page's own font: a column
// is made at least as wide as its header, so a header reads in full (a cut column title leaves an
// analyst guessing which figure is which), and the pivot's number columns as wide as their widest
// figure. Without a canvas (a test's DOM) the width is estimated from the length.
import { CELL_FONT, CELL_PADDING, HEADER_FONT, SORT_MARK_ROOM, FILTER_BUTTON_ROOM } from './grid-look.ts';

export interface TextFont {
  size: number;
  weight: number;
}

let context: CanvasRenderingContext2D | null | undefined;
let family = '';

function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof document === 'undefined' || typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent) ? null : document.createElement('canvas').getContext('2d');
    family = context ? getComputedStyle(document.body).fontFamily : '';
  }
  return context;
}

export function textWidth(text: string, font: TextFont): number {
  const ctx = canvas();
  if (!ctx) return text.length * font.size * 0.62;
  ctx.font = `${font.weight} ${font.size}px ${family}`;
  return ctx.measureText(text).width;
}

/** The least width of a column whose header reads in full: its words, padding, and its sort mark or active funnel when it shows one. */
export function headerWidth(text: string, opts: { sorted?: boolean; filtered?: boolean } = {}): number {
  return Math.ceil(textWidth(text, HEADER_FONT) + CELL_PADDING + (opts.sorted ? SORT_MARK_ROOM : 0) + (opts.filtered ? FILTER_BUTTON_ROOM : 0));
}

/** The width of a column that shows `text` whole in a body cell (a date, the widest figure); 3 px for rounding and the border. */
export function cellWidth(text: string, font: TextFont = CELL_FONT): number {
  return Math.ceil(textWidth(text, font) + CELL_PADDING + 3);
}
