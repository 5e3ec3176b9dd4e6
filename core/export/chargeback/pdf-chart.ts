// The chart on an owner's page: a horizontal bar per item (the direct cost by service), drawn
// with PDF vector shapes so it prints sharp at any zoom. (@resvg/resvg-js, which would turn an
// echarts SVG into a picture, is not a dependency; vector bars need nothing more than pdfkit.)
// Bars start at a common zero; a negative amount (a credit) is drawn to the left in red.
import type { Pen } from './pdf-pen.ts';
import { COLOR, SIZE } from './pdf-style.ts';

export interface Bar { label: string; amount: number; text: string }

export const BAR_ROW = 17;

/** Bars in the box at (x, y) of the given width; returns the y below them. */
export function barChart(p: Pen, x: number, y: number, width: number, bars: Bar[]): number {
  const labelWidth = width * 0.36;
  const valueWidth = 92;
  const plot = width - labelWidth - valueWidth;
  const max = Math.max(...bars.map((b) => Math.max(b.amount, 0)), 0);
  const min = Math.min(...bars.map((b) => Math.min(b.amount, 0)), 0);
  const span = max - min || 1;
  const zero = x + labelWidth + (plot * -min) / span;
  bars.forEach((b, i) => {
    const top = y + i * BAR_ROW;
    p.line(b.label, x, top + 4, labelWidth - 6, { size: SIZE.body });
    const length = (plot * Math.abs(b.amount)) / span;
    const left = b.amount >= 0 ? zero : zero - length;
    p.doc.rect(left, top + 3, Math.max(length, 0.8), BAR_ROW - 6).fill(b.amount >= 0 ? COLOR.bar : COLOR.negative);
    p.line(b.text, x + labelWidth + plot, top + 4, valueWidth, { size: SIZE.body, align: 'right' });
  });
  const bottom = y + bars.length * BAR_ROW;
  p.doc.moveTo(zero, y).lineTo(zero, bottom).lineWidth(0.5).strokeColor(COLOR.muted).stroke();
  return bottom;
}
