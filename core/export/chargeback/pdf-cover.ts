// The cover page of a chargeback PDF: what this is (showback or chargeback), the period, the
// cost basis, the source total and where it went (owners, unallocated), which rules produced it,
// then every owner's line (the longest lists keep their largest owners and sum the rest) whose
// Total row is the source total.
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import { COST_BASIS_MEANING } from '../../engines/pivot/constants.ts';
import type { ExportContext } from '../context.ts';
import { rulesVersionText } from './context.ts';
import { changeText, moneyText, sumCents } from './money.ts';
import { table, type Pen, type TableRow } from './pdf-pen.ts';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, SIZE } from './pdf-style.ts';
import { MODE_WORDING, UNALLOCATED_LABEL, type StatementMode } from './words.ts';

/** Owners listed on the cover; more are summed into one line (each still has its own page). */
export const COVER_OWNERS = 24;

export function coverPage(p: Pen, r: ChargebackResult, mode: StatementMode, context: ExportContext): void {
  const m = (n: number) => moneyText(n, r.currency);
  const x = PAGE.margin;
  let y: number = PAGE.margin;
  p.line('FinOps Workbench', x, y, CONTENT_WIDTH, { size: SIZE.small, color: COLOR.muted });
  y += 22;
  p.line(MODE_WORDING[mode].title, x, y, CONTENT_WIDTH, { size: SIZE.title + 4, bold: true, color: COLOR.accent });
  y += 36;
  p.line(`Period ${r.period}`, x, y, CONTENT_WIDTH, { size: SIZE.figure - 4, bold: true });
  y += 24;
  p.doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.muted);
  p.doc.text(p.fonts.clean(`${MODE_WORDING[mode].note} ${COST_BASIS_MEANING[r.basis]}.`), x, y, { width: CONTENT_WIDTH });
  y = p.doc.y + 14;

  const allocated = sumCents(r.allocations.map((a) => a.total));
  const facts: [string, string][] = [
    ['Period', `${r.period} (billing period, UTC)`],
    ['Cost basis', `${r.basis} cost`],
    ['Source total', m(r.sourceTotal)],
    ['Allocated', `${m(allocated)} to ${r.allocations.length} ${r.allocations.length === 1 ? 'owner' : 'owners'}`],
    ['Unallocated', m(r.unallocated)],
    ['Rules', rulesVersionText(r.rulesVersion)],
    ['Data through', context.dataThrough ?? 'no data'],
    ['Generated at', `${context.generatedAt.slice(0, 16).replace('T', ' ')} UTC`],
  ];
  y = table(p, x, y, [{ label: 'Statement', width: 120 }, { label: '', width: CONTENT_WIDTH - 120 }], facts.map(([k, v]) => ({ cells: [k, v] })));
  y += 20;

  p.line('Owners', x, y, CONTENT_WIDTH, { size: SIZE.heading, bold: true, color: COLOR.accent });
  y += 18;
  const shown = r.allocations.length > COVER_OWNERS ? r.allocations.slice(0, COVER_OWNERS - 1) : r.allocations;
  const rest = r.allocations.slice(shown.length);
  // amounts without the currency, which the header names: the columns stay narrow enough for millions
  const n = (v: number) => moneyText(v, '');
  const rows: TableRow[] = shown.map((a) => ({ cells: [a.owner, n(a.direct), n(a.shared), n(a.total), changeText(a.total, a.previousTotal, '')] }));
  if (rest.length > 0) {
    const sum = (f: (a: (typeof rest)[number]) => number) => n(sumCents(rest.map(f)));
    rows.push({ cells: [`${rest.length} more owners (own pages)`, sum((a) => a.direct), sum((a) => a.shared), sum((a) => a.total), ''], muted: true });
  }
  rows.push({ cells: [UNALLOCATED_LABEL, '', '', n(r.unallocated), ''], muted: true });
  rows.push({ cells: ['Total', '', '', n(sumCents([allocated, r.unallocated])), ''], total: true });
  const w = CONTENT_WIDTH - 3 * 80 - 110;
  const c = (label: string, width: number) => ({ label: `${label}, ${r.currency}`, width, align: 'right' as const });
  table(p, x, y, [{ label: 'Owner', width: w }, c('Direct', 80), c('Shared', 80), c('Total', 80), c('Change', 110)], rows);
}
