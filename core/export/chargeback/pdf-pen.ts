// Drawing on a statement page: one-line text cut to its box (never wrapping onto a new page),
// tables with a header band and a total row, all in the statement's fonts and colours.
import { COLOR, FONT, SIZE, fit, type Doc, type FontChoice } from './pdf-style.ts';

export interface TextStyle { bold?: boolean; size?: number; color?: string; align?: 'left' | 'right' | 'center' }

export interface Pen {
  doc: Doc;
  fonts: FontChoice;
  /** One line of text in the box [x, x + width), cut with an ellipsis when too long. */
  line(text: string, x: number, y: number, width: number, style?: TextStyle): void;
}

export function pen(doc: Doc, fonts: FontChoice): Pen {
  return {
    doc,
    fonts,
    line(text, x, y, width, style = {}) {
      doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size ?? SIZE.body).fillColor(style.color ?? COLOR.ink);
      doc.text(fit(doc, fonts.clean(text), width), x, y, { width, align: style.align ?? 'left', lineBreak: false });
    },
  };
}

export interface Column { label: string; width: number; align?: 'left' | 'right' }
export interface TableRow { cells: string[]; total?: boolean; muted?: boolean }

export const ROW_HEIGHT = 15;

/** Type sizes of a table: its header band and its cells. */
export interface TableSizes { header: number; body: number }

/** A table at (x, y); returns the y below it. */
export function table(p: Pen, x: number, y: number, columns: Column[], rows: TableRow[], sizes: TableSizes = { header: SIZE.small, body: SIZE.body }): number {
  const width = columns.reduce((s, c) => s + c.width, 0);
  const pad = 4;
  p.doc.rect(x, y, width, ROW_HEIGHT).fill(COLOR.band);
  let cx = x;
  for (const c of columns) {
    p.line(c.label, cx + pad, y + 4, c.width - 2 * pad, { bold: true, size: sizes.header, color: COLOR.muted, align: c.align });
    cx += c.width;
  }
  let ry = y + ROW_HEIGHT;
  for (const r of rows) {
    if (r.total) p.doc.moveTo(x, ry).lineTo(x + width, ry).lineWidth(0.6).strokeColor(COLOR.ink).stroke();
    cx = x;
    r.cells.forEach((cell, i) => {
      const c = columns[i]!;
      p.line(cell, cx + pad, ry + 4, c.width - 2 * pad, { bold: r.total, size: sizes.body, color: r.muted ? COLOR.muted : COLOR.ink, align: c.align });
      cx += c.width;
    });
    ry += ROW_HEIGHT;
    if (!r.total) p.doc.moveTo(x, ry).lineTo(x + width, ry).lineWidth(0.3).strokeColor(COLOR.rule).stroke();
  }
  return ry;
}
