// A review pack as a PDF (pdfkit), one A4 landscape page per slide in the house style of the
// chargeback statements (fonts, colours, tables: core/export/chargeback/pdf-style.ts, pdf-pen.ts):
// title, headline, chart (the same PNG as the deck), tables, comment, and where the numbers come from.
import type { ReviewPack, ReviewSlide } from '../../api/review-contract.ts';
import { pen, table, ROW_HEIGHT, type Pen } from '../../export/chargeback/pdf-pen.ts';
import { COLOR, FONT, SIZE, pdfBytes, registerFonts } from '../../export/chargeback/pdf-style.ts';
import { CHART_SIZE, chartPng, chartsReady } from '../charts/render.ts';
import { SLIDE_NO_DATA } from '../constants.ts';
import { monthName } from '../format.ts';
import { fitTable, isWide, printedRows, type Measure, type TableType } from './layout.ts';

const PAGE = { width: 841.89, height: 595.28, margin: 36 } as const;
const CONTENT = PAGE.width - 2 * PAGE.margin;
const CHART_W = 400;
const CHART_H = (CHART_W * CHART_SIZE.height) / CHART_SIZE.width;
const BODY_TOP = 104;
/** Below this height a chart under wide tables is left out (its numbers are in the tables). */
const MIN_CHART_H = 120;
/** Room kept at the bottom for the comment, the notes and the footer. */
const BOTTOM = PAGE.height - 92;
/** The pen's table type; its cells are padded 4 points each side (half a point more kept for rounding). */
const TABLE_TYPE: TableType = { title: SIZE.heading - 1, header: SIZE.small, body: SIZE.body, pad: 4.5 };
/** Room for the tables beside a chart. */
const BESIDE = CONTENT - CHART_W - 16;

/** Printed widths in the page's fonts, as the pen draws them. */
function measure(p: Pen): Measure {
  return (text, size, bold) => p.doc.font(bold ? FONT.bold : FONT.regular).fontSize(size).widthOfString(p.fonts.clean(text));
}

export async function packToPdf(pack: ReviewPack, onSlide?: (i: number) => void): Promise<Buffer> {
  await chartsReady();
  // loaded here, not at start-up of every command line run
  const { default: Pdf } = await import('pdfkit');
  const doc = new Pdf({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: `Cloud cost review, ${monthName(pack.period)}`, Author: 'FinOps Workbench', Subject: `${pack.period}, ${pack.basis} cost`, CreationDate: new Date(pack.generatedAt) },
  });
  const bytes = pdfBytes(doc);
  const p = pen(doc, registerFonts(doc));
  for (const [i, s] of pack.slides.entries()) {
    onSlide?.(i);
    doc.addPage();
    page(p, s);
  }
  footers(p, pack);
  return bytes();
}

function wrapped(p: Pen, text: string, x: number, y: number, width: number, style: { size: number; color: string; bold?: boolean; height?: number }): number {
  p.doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size).fillColor(style.color);
  const clean = p.fonts.clean(text);
  p.doc.text(clean, x, y, { width, height: style.height, ellipsis: true });
  return y + Math.min(style.height ?? Infinity, p.doc.heightOfString(clean, { width }));
}

function page(p: Pen, s: ReviewSlide): void {
  const x0 = PAGE.margin;
  p.line(s.title, x0, PAGE.margin, CONTENT, { bold: true, size: SIZE.title - 2, color: COLOR.accent });
  wrapped(p, s.headline, x0, PAGE.margin + 30, CONTENT, { size: 12, color: COLOR.ink, height: 34 });
  let top = BODY_TOP;
  if (s.status === SLIDE_NO_DATA) {
    p.doc.rect(x0, top, CONTENT, 46).fill(COLOR.band);
    wrapped(p, s.noDataReason ?? 'No data for this slide.', x0 + 10, top + 8, CONTENT - 20, { size: 11, color: COLOR.muted, height: 34 });
    top += 58;
  }
  const chart = s.charts[0];
  if (!chart || isWide(s.tables, BESIDE, measure(p), TABLE_TYPE)) {
    // tables across the page, the chart below them in the room left (drawn at that shape)
    const y = tables(p, s, x0, top, CONTENT);
    const room = BOTTOM - y;
    if (chart && room >= MIN_CHART_H) p.doc.image(chartPng(chart.option, { width: Math.round(CONTENT * 1.5), height: Math.round(room * 1.5) }), x0, y, { width: CONTENT, height: room });
  } else {
    if (chart) p.doc.image(chartPng(chart.option), x0, top, { width: CHART_W, height: CHART_H });
    tables(p, s, x0 + CHART_W + 16, top, BESIDE);
  }
  let by = BOTTOM + 4;
  if (s.comment) {
    p.doc.rect(x0, by, CONTENT, 22).fill('#fff8e1');
    p.line(`Comment: ${s.comment}`, x0 + 6, by + 7, CONTENT - 12, { size: SIZE.body, color: COLOR.ink });
    by += 26;
  }
  wrapped(p, `Source: ${s.notes}`, x0, by, CONTENT, { size: SIZE.small, color: COLOR.muted, height: PAGE.height - PAGE.margin - by - 4 });
}

/** The slide's tables stacked from (tx, top) in width tw; returns the y below them. */
function tables(p: Pen, s: ReviewSlide, tx: number, top: number, tw: number): number {
  let y = top;
  for (const t of s.tables) {
    // a table that would run into the notes keeps the rows that fit and says how many are left out
    const room = Math.floor((BOTTOM - y - 18) / ROW_HEIGHT) - 1;
    if (room < 1) break;
    const rows = printedRows(t);
    const shown = rows.slice(0, room);
    p.line(t.title + (shown.length < rows.length ? ` (first ${shown.length} of ${rows.length})` : ''), tx, y, tw, { bold: true, size: TABLE_TYPE.title, color: COLOR.accent });
    const fitted = fitTable(t, tw, measure(p), TABLE_TYPE);
    const columns = t.columns.map((c, i) => ({ label: c.label, width: fitted.widths[i]!, align: c.kind === 'text' || c.kind === 'date' ? ('left' as const) : ('right' as const) }));
    y = table(p, tx, y + 14, columns, shown.map((cells) => ({ cells })), fitted.type) + 12;
  }
  return y;
}

function footers(p: Pen, pack: ReviewPack): void {
  const { start, count } = p.doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    p.doc.switchToPage(i);
    // below the bottom margin: without this pdfkit would start a new page for the footer
    p.doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin + 14;
    p.line(`Cloud cost review · ${monthName(pack.period)} · ${pack.basis} cost · generated ${pack.generatedAt.slice(0, 16).replace('T', ' ')} UTC`, PAGE.margin, y, CONTENT - 80, { size: SIZE.small, color: COLOR.muted });
    p.line(`Page ${i - start + 1} of ${count}`, PAGE.width - PAGE.margin - 80, y, 80, { size: SIZE.small, color: COLOR.muted, align: 'right' });
  }
}
