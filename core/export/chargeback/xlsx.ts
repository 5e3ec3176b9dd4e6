// A chargeback statement as an XLSX workbook (exceljs): a Summary sheet (one row per owner, the
// unallocated amount, totals as SUM formulas, the source total and the difference, which is
// 0.00), one sheet per owner (xlsx-owner.ts), then the About sheet (core/export/context.ts).
// Formulas carry their computed result too, so a viewer that does not recalculate shows the
// same numbers; Excel recalculates on open.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../workbook.ts';
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import { ABOUT_SHEET_NAME, addAboutSheet, type ExportContext } from '../context.ts';
import { sheetName } from '../sheet-name.ts';
import { rulesVersionText } from './context.ts';
import { ownerStatement } from './lines.ts';
import { fromCents, sumCents, toCents, xlsxMoneyFormat } from './money.ts';
import { addOwnerSheet, sheetRef } from './xlsx-owner.ts';
import { PRINT_SETUP } from './xlsx-print.ts';
import { MODE_WORDING, UNALLOCATED_LABEL, type StatementMode } from './words.ts';

export const SUMMARY_SHEET_NAME = 'Summary';
export const SUMMARY_COLUMNS = ['Owner', 'Direct', 'Shared', 'Total', 'Previous month', 'Change', 'Change %'] as const;
/** Rows above the Summary's header: the title and what the numbers are. */
const SUMMARY_TITLE_ROWS = 3;
const NO_NAME = '(no name)';


export async function statementToXlsx(result: ChargebackResult, mode: StatementMode, context: ExportContext): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'FinOps Workbench';
  wb.calcProperties.fullCalcOnLoad = true;
  const money = xlsxMoneyFormat(result.currency);
  const summary = wb.addWorksheet(SUMMARY_SHEET_NAME, { views: [{ state: 'frozen', ySplit: SUMMARY_TITLE_ROWS + 1 }], pageSetup: PRINT_SETUP });
  const taken = new Set([SUMMARY_SHEET_NAME.toLowerCase(), ABOUT_SHEET_NAME.toLowerCase()]);
  const sheets = result.allocations.map((a) => sheetName(a.owner, taken, NO_NAME));
  writeSummary(summary, result, mode, sheets, money);
  result.allocations.forEach((a, i) => addOwnerSheet(wb, sheets[i]!, ownerStatement(result, a), result, mode, money));
  addAboutSheet(wb, context);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeSummary(sheet: ExcelJS.Worksheet, r: ChargebackResult, mode: StatementMode, sheets: string[], money: string): void {
  sheet.getCell('A1').value = `${MODE_WORDING[mode].title}, ${r.period}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${r.basis} cost in ${r.currency}; ${rulesVersionText(r.rulesVersion)}. Owner sheets follow; About says how this was made.`;
  const header = sheet.getRow(SUMMARY_TITLE_ROWS + 1);
  header.values = [...SUMMARY_COLUMNS];
  header.font = { bold: true };
  header.eachCell((c) => (c.border = { bottom: { style: 'thin' } }));
  const first = SUMMARY_TITLE_ROWS + 2;
  r.allocations.forEach((a, i) => {
    const n = first + i;
    const row = sheet.getRow(n);
    row.getCell(1).value = { text: a.owner, hyperlink: `#${sheetRef(sheets[i]!)}!A1` };
    row.getCell(2).value = a.direct;
    row.getCell(3).value = a.shared;
    row.getCell(4).value = { formula: `B${n}+C${n}`, result: sumCents([a.direct, a.shared]) };
    if (a.previousTotal !== null) {
      row.getCell(5).value = a.previousTotal;
      const change = fromCents(toCents(a.total) - toCents(a.previousTotal));
      row.getCell(6).value = { formula: `D${n}-E${n}`, result: change };
      if (toCents(a.previousTotal) !== 0) row.getCell(7).value = { formula: `F${n}/ABS(E${n})`, result: change / Math.abs(a.previousTotal) };
    }
  });
  const last = first + r.allocations.length - 1;
  const unallocated = sheet.getRow(last + 1);
  unallocated.values = [UNALLOCATED_LABEL, null, null, r.unallocated];
  const totalRow = last + 2;
  const total = sheet.getRow(totalRow);
  total.getCell(1).value = 'Total';
  const sum = (col: string, to: number, values: number[]) => ({ formula: `SUM(${col}${first}:${col}${to})`, result: sumCents(values) });
  total.getCell(2).value = sum('B', last, r.allocations.map((a) => a.direct));
  total.getCell(3).value = sum('C', last, r.allocations.map((a) => a.shared));
  total.getCell(4).value = sum('D', last + 1, [...r.allocations.map((a) => sumCents([a.direct, a.shared])), r.unallocated]);
  total.font = { bold: true };
  total.eachCell((c) => (c.border = { top: { style: 'thin' } }));
  sheet.getRow(totalRow + 1).values = ['Source total of the period', null, null, r.sourceTotal];
  const grand = sumCents([...r.allocations.map((a) => sumCents([a.direct, a.shared])), r.unallocated]);
  sheet.getRow(totalRow + 2).values = ['Difference (Total − Source total)', null, null, { formula: `D${totalRow}-D${totalRow + 1}`, result: fromCents(toCents(grand) - toCents(r.sourceTotal)) }];
  for (let n = first; n <= totalRow + 2; n++) for (const c of [2, 3, 4, 5, 6]) sheet.getRow(n).getCell(c).numFmt = money;
  for (let n = first; n <= last; n++) sheet.getRow(n).getCell(7).numFmt = '0.0%';
  SUMMARY_COLUMNS.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 ? 36 : 17));
}
