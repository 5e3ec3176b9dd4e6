// The ticket list as XLSX: "Tickets" (one row per recommendation, header frozen and filterable,
// the total savings a SUM over the column), "Summary" (count and monthly savings by action, as
// the engine summed them) and "About" (the context).
import { newWorkbook } from '../workbook.ts';
import type { RightsizeResult } from '../../engines/rightsizing/result.ts';
import type { RightsizeSpec } from '../../engines/rightsizing/spec.ts';
import { sumCents, xlsxMoneyFormat } from '../chargeback/money.ts';
import { addAboutSheet, type ExportContext } from '../context.ts';
import { MONEY_COLUMNS, SAVINGS_COLUMN, TICKET_COLUMNS, ticketCells, type TicketColumn } from './tickets.ts';

export const TICKETS_SHEET = 'Tickets';
export const SUMMARY_SHEET = 'Summary';
export const TOTAL_LABEL = 'Total';
const MONEY = xlsxMoneyFormat('USD');
const WIDTH: Partial<Record<TicketColumn, number>> = { Resource: 24, Account: 15, 'Current type': 14, 'Recommended type': 17, Action: 14, Evidence: 70, 'Priced at': 28 };

const columnLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

export async function ticketsToXlsx(spec: RightsizeSpec, r: RightsizeResult, ctx: ExportContext): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'FinOps Workbench';
  const sheet = wb.addWorksheet(TICKETS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...TICKET_COLUMNS]).font = { bold: true };
  for (const x of r.recommendations) sheet.addRow(ticketCells(x, spec.percentile));
  TICKET_COLUMNS.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = WIDTH[c] ?? 16;
    if (MONEY_COLUMNS.includes(c)) col.numFmt = MONEY;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TICKET_COLUMNS.length } };
  const savings = columnLetter(TICKET_COLUMNS.indexOf(SAVINGS_COLUMN));
  const last = r.recommendations.length + 1;
  const total = sheet.addRow([TOTAL_LABEL]);
  total.font = { bold: true };
  total.getCell(TICKET_COLUMNS.indexOf(SAVINGS_COLUMN) + 1).value = r.recommendations.length
    ? { formula: `SUM(${savings}2:${savings}${last})`, result: sumCents(r.recommendations.map((x) => x.monthlySavings)) }
    : 0;

  const summary = wb.addWorksheet(SUMMARY_SHEET);
  summary.columns = [{ header: 'Action', width: 18 }, { header: 'Recommendations', width: 18 }, { header: 'Monthly savings (USD)', width: 22, style: { numFmt: MONEY } }];
  summary.getRow(1).font = { bold: true };
  for (const [action, s] of Object.entries(r.summary.byAction)) summary.addRow([action, s!.count, s!.monthlySavings]);
  summary.addRow([TOTAL_LABEL, r.summary.count, r.summary.monthlySavings]).font = { bold: true };
  addAboutSheet(wb, ctx);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
