// A new Excel workbook. exceljs loads on the first workbook written, not at start-up: it takes
// about a second, which every command line run paid, since the command line imports every command.
import type ExcelJS from 'exceljs';

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
