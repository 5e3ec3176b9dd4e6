// A chargeback statement as PDF (pdfkit): a cover page, then one page per owner (pdf-owner.ts),
// each with a footer naming the statement and its page. A4; the fonts are in pdf-style.ts.
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import type { ExportContext } from '../context.ts';
import { rulesVersionText } from './context.ts';
import { ownerStatement } from './lines.ts';
import { coverPage } from './pdf-cover.ts';
import { ownerPage } from './pdf-owner.ts';
import { pen, type Pen } from './pdf-pen.ts';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, pdfBytes, registerFonts } from './pdf-style.ts';
import { MODE_WORDING, type StatementMode } from './words.ts';

export async function statementToPdf(result: ChargebackResult, mode: StatementMode, context: ExportContext): Promise<Buffer> {
  // loaded here, not at start-up of every command line run
  const { default: Pdf } = await import('pdfkit');
  const doc = new Pdf({
    size: PAGE.size,
    margin: PAGE.margin,
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: context.title, Author: 'FinOps Workbench', Subject: `${MODE_WORDING[mode].title}, ${result.period}`, CreationDate: new Date(context.generatedAt) },
  });
  const bytes = pdfBytes(doc);
  const p = pen(doc, registerFonts(doc));
  doc.addPage();
  coverPage(p, result, mode, context);
  for (const a of result.allocations) {
    doc.addPage();
    ownerPage(p, ownerStatement(result, a), result, mode);
  }
  footers(p, result, mode);
  return bytes();
}

function footers(p: Pen, r: ChargebackResult, mode: StatementMode): void {
  const { start, count } = p.doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    p.doc.switchToPage(i);
    // below the bottom margin: without this pdfkit would start a new page for the footer
    p.doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin + 14;
    p.doc.moveTo(PAGE.margin, y - 6).lineTo(PAGE.width - PAGE.margin, y - 6).lineWidth(0.3).strokeColor(COLOR.rule).stroke();
    p.line(`${MODE_WORDING[mode].title} · ${r.period} · ${r.basis} cost · ${rulesVersionText(r.rulesVersion)}`, PAGE.margin, y, CONTENT_WIDTH - 80, { size: SIZE.small, color: COLOR.muted });
    p.line(`Page ${i - start + 1} of ${count}`, PAGE.width - PAGE.margin - 80, y, 80, { size: SIZE.small, color: COLOR.muted, align: 'right' });
  }
}
