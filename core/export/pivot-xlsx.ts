// A pivot as an XLSX workbook (exceljs): header rows with merged column groups, frozen headers
// and row labels, number formats per measure, the row hierarchy as Excel outline levels
// (summary rows above their details, bold), and the grand total last.
import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbook.ts';
import type { PivotResult } from '../engines/pivot/result.ts';
import { addAboutSheet, type ExportContext } from './context.ts';
import { layoutPivot, type CellFormat, type PivotLayout } from './pivot-layout.ts';

export const XLSX_NUMBER_FORMAT: Record<CellFormat, string> = {
  text: '@',
  money: '#,##0.00;[Red]-#,##0.00',
  ratio: '0.00%',
  count: '#,##0',
  quantity: '#,##0.######',
  unitCost: '#,##0.00####',
};

export const PIVOT_SHEET_NAME = 'Pivot';

/** The pivot on its own sheet, first; its context on the "About" sheet when it has one (context.ts). */
export async function pivotToXlsx(result: PivotResult, context?: ExportContext): Promise<Buffer> {
  const layout = layoutPivot(result);
  const wb = await newWorkbook();
  wb.creator = 'FinOps Workbench';
  const sheet = wb.addWorksheet(PIVOT_SHEET_NAME, {
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false } },
    views: [{ state: 'frozen', xSplit: layout.left.length, ySplit: layout.header.length }],
  });
  writeHeader(sheet, layout);
  const first = layout.header.length + 1;
  layout.rows.forEach((r, i) => {
    const row = sheet.getRow(first + i);
    r.labels.forEach((label, j) => {
      const cell = row.getCell(j + 1);
      cell.value = label;
      if (j === r.depth - 1 && r.depth > 1) cell.alignment = { indent: r.depth - 1 };
    });
    r.values.forEach((v, j) => {
      const cell = row.getCell(layout.left.length + j + 1);
      cell.value = v;
      cell.numFmt = XLSX_NUMBER_FORMAT[layout.formats[j]!];
    });
    if (r.kind === 'row' || r.kind === 'subtotal') row.outlineLevel = Math.max(0, r.depth - 1);
    if (r.kind !== 'row') row.font = { bold: true };
    if (r.kind === 'grand') row.eachCell((c) => (c.border = { top: { style: 'thin' } }));
  });
  sheet.columns.forEach((col, i) => {
    col.width = i < layout.left.length ? 28 : 16;
  });
  if (context) addAboutSheet(wb, context);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeHeader(sheet: ExcelJS.Worksheet, layout: PivotLayout): void {
  const offset = layout.left.length;
  const last = layout.header.length;
  layout.left.forEach((name, j) => (sheet.getRow(last).getCell(j + 1).value = name));
  layout.header.forEach((labels, h) => {
    const row = sheet.getRow(h + 1);
    row.font = { bold: true };
    labels.forEach((label, j) => (row.getCell(offset + j + 1).value = label));
    if (h === last - 1) return;
    // merge each run of columns that belong to one group of column dimension h
    const ids = layout.groups[h]!;
    let start = 0;
    for (let j = 1; j <= labels.length; j++) {
      if (j < labels.length && ids[j] === ids[start]) continue;
      if (j - 1 > start && labels[start] !== '') sheet.mergeCells(h + 1, offset + start + 1, h + 1, offset + j);
      start = j;
    }
  });
}
