// A review pack as a PowerPoint deck (pptxgenjs): one slide per pack slide, 16:9. Each slide has
// its title, its headline, its chart as a real PNG (charts/render.ts), its numbers in native
// tables, its comment, and speaker notes saying where the numbers come from.
import type PptxGenJS from 'pptxgenjs';
import type { ReviewChart, ReviewPack, ReviewSlide } from '../../api/review-contract.ts';
import { chartPng, chartsReady } from '../charts/render.ts';
import { SLIDE_NO_DATA } from '../constants.ts';
import { monthName } from '../format.ts';
import { fitTable, isWide, printedRows, stackedRows, type Measure, type TableType } from './layout.ts';

const W = 13.333;
const MARGIN = 0.5;
const COLOR = { ink: '1B2430', muted: '5B6673', accent: '1F3A5F', band: 'EEF2F7', rule: 'C9D1DA', note: 'FFF8E1' } as const;
const FONT = 'Arial';
const CHART = { x: MARGIN, y: 1.75, w: 6.2, h: 4.3 } as const;
const BODY_TOP = 1.75;
const BODY_BOTTOM = 6.25;
/** Below this height (inches) a chart under wide tables is left out (its numbers are in the tables). */
const MIN_CHART_H = 1.6;
/** Room (inches) wide tables leave for the chart below them, their rows shrinking to the 7-point floor to keep it. */
const WIDE_CHART_H = 2;
/** echarts lays the deck's charts out at 0.8 of 96 px an inch: its default type sizes then read well on a slide. */
const CHART_SCALE = 0.8;
/** Room for the tables beside a chart. */
const BESIDE = W - MARGIN - (CHART.x + CHART.w + 0.3);
/** A table's cell margin (inches); the fit keeps 0.02 more each side, the width estimate being one. */
const CELL_MARGIN = 0.03;

/**
 * Arial's printed width in inches, estimated (the deck has no font metrics at hand; PowerPoint
 * lays the text out when it opens): 0.6 em a character, which digits (0.556) and most letters stay
 * under, 1 em for a character outside ASCII ("→"), a tenth more in bold.
 */
const measure: Measure = (text, size, bold) => {
  const ems = [...text].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x80 ? 0.6 : 1), 0);
  return (ems * size * (bold ? 1.1 : 1)) / 72;
};

/** The type of the slide's tables from `top`: rows the same height, shrinking (and the type with them) when the tables are long. */
function tableType(s: ReviewSlide, top: number, bottom: number): { rowH: number; type: TableType } {
  const rowH = Math.min(0.3, (bottom - top) / Math.max(1, stackedRows(s.tables)));
  const body = Math.max(7, Math.min(11, Math.round(rowH * 36)));
  return { rowH, type: { title: body + 1, header: body, body, pad: CELL_MARGIN + 0.02 } };
}

export async function packToPptx(pack: ReviewPack, onSlide?: (i: number) => void): Promise<Buffer> {
  await chartsReady();
  // loaded here, not at start-up (a second and a half of every command line run otherwise)
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'FinOps Workbench';
  pptx.company = 'FinOps Workbench';
  pptx.title = `Cloud cost review, ${monthName(pack.period)}`;
  for (const [i, s] of pack.slides.entries()) {
    onSlide?.(i);
    addSlide(pptx, pack, s);
  }
  const out = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return Buffer.from(out as Uint8Array);
}

function addSlide(pptx: PptxGenJS, pack: ReviewPack, s: ReviewSlide): void {
  const slide = pptx.addSlide();
  slide.addText(s.title, { x: MARGIN, y: 0.3, w: W - 2 * MARGIN, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: COLOR.accent });
  slide.addText(s.headline, { x: MARGIN, y: 0.95, w: W - 2 * MARGIN, h: 0.65, fontFace: FONT, fontSize: 16, color: COLOR.ink, valign: 'top' });
  let top = BODY_TOP;
  if (s.status === SLIDE_NO_DATA) {
    slide.addText(s.noDataReason ?? 'No data for this slide.', { x: MARGIN, y: top, w: W - 2 * MARGIN, h: 1.1, fontFace: FONT, fontSize: 16, color: COLOR.muted, fill: { color: COLOR.band }, margin: 12, valign: 'middle' });
    top += 1.35;
  }
  const chart = s.charts[0];
  if (!chart || isWide(s.tables, BESIDE, measure, tableType(s, top, BODY_BOTTOM).type)) {
    // tables across the slide, the chart below them in the room left (drawn at that shape)
    const y = addTables(slide, s, MARGIN, top, W - 2 * MARGIN, chart ? BODY_BOTTOM - WIDE_CHART_H : BODY_BOTTOM) + 0.1;
    const room = BODY_BOTTOM - y;
    if (chart && room >= MIN_CHART_H) addChart(slide, chart, { x: MARGIN, y, w: W - 2 * MARGIN, h: room });
  } else {
    if (chart) addChart(slide, chart, CHART);
    addTables(slide, s, W - MARGIN - BESIDE, top, BESIDE, BODY_BOTTOM);
  }
  if (s.comment) {
    slide.addText(`Comment: ${s.comment}`, { x: MARGIN, y: 6.35, w: W - 2 * MARGIN, h: 0.55, fontFace: FONT, fontSize: 12, italic: true, color: COLOR.ink, fill: { color: COLOR.note }, margin: 6, valign: 'middle' });
  }
  slide.addText(`${monthName(pack.period)} · ${pack.basis} cost · generated ${pack.generatedAt.slice(0, 16).replace('T', ' ')} UTC by FinOps Workbench`, { x: MARGIN, y: 7.05, w: W - 2 * MARGIN, h: 0.3, fontFace: FONT, fontSize: 9, color: COLOR.muted });
  slide.addNotes(s.notes);
}

/** The chart as a PNG drawn at the box's shape (96 echarts pixels an inch, the PNG at twice that). */
function addChart(slide: PptxGenJS.Slide, chart: ReviewChart, box: { x: number; y: number; w: number; h: number }): void {
  const png = chartPng(chart.option, { width: Math.round(box.w * 96 * CHART_SCALE), height: Math.round(box.h * 96 * CHART_SCALE) });
  slide.addImage({ data: `image/png;base64,${png.toString('base64')}`, ...box, altText: chart.alt });
}

/** The slide's tables stacked from (x, top) in `width`, their rows shrinking to end by `bottom`; returns the y below them. */
function addTables(slide: PptxGenJS.Slide, s: ReviewSlide, x: number, top: number, width: number, bottom: number): number {
  if (s.tables.length === 0) return top;
  const { rowH, type } = tableType(s, top, bottom);
  let y = top;
  for (const t of s.tables) {
    const fitted = fitTable(t, width, measure, type);
    const fontSize = fitted.type.body;
    slide.addText(t.title, { x, y, w: width, h: rowH, fontFace: FONT, fontSize: type.title, bold: true, color: COLOR.accent, margin: 0 });
    y += rowH;
    const header = t.columns.map((c) => ({ text: c.label, options: { bold: true, fill: { color: COLOR.band }, color: COLOR.muted, align: c.kind === 'text' || c.kind === 'date' ? ('left' as const) : ('right' as const) } }));
    const body = printedRows(t).map((cells) => cells.map((text, i) => ({ text, options: { align: t.columns[i]!.kind === 'text' || t.columns[i]!.kind === 'date' ? ('left' as const) : ('right' as const) } })));
    slide.addTable([header, ...body], { x, y, w: width, colW: fitted.widths, rowH, fontFace: FONT, fontSize, color: COLOR.ink, border: { type: 'solid', pt: 0.5, color: COLOR.rule }, margin: CELL_MARGIN, valign: 'middle' });
    y += rowH * (t.rows.length + 1);
  }
  return y;
}
