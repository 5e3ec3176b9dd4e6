// Evaluating a workbook's formulas in a test from the cells they name, never from the result the
// writer cached: the forms the statement writers use (A1, +, -, A1/ABS(B1), SUM(A1:A9)), money
// added in whole cents. A formula of any other form throws, so a new form gets a reader here.
import type ExcelJS from 'exceljs';

/** The value of a cell: a number as written, empty as 0, or its formula evaluated. */
export function cellValue(sheet: ExcelJS.Worksheet, address: string): number {
  const v = sheet.getCell(address).value;
  if (typeof v === 'number') return v;
  if (v === null || v === undefined || v === '') return 0;
  if (typeof v === 'object' && 'formula' in v && v.formula) return evaluateFormula(sheet, v.formula);
  throw new Error(`${sheet.name}!${address} holds ${JSON.stringify(v)}, not a number`);
}

const cents = (n: number) => Math.round(n * 100);

export function evaluateFormula(sheet: ExcelJS.Worksheet, f: string): number {
  const sum = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(f);
  if (sum) {
    if (sum[1] !== sum[3]) throw new Error(`SUM over more than one column: ${f}`);
    let total = 0;
    for (let r = Number(sum[2]); r <= Number(sum[4]); r++) total += cents(cellValue(sheet, `${sum[1]}${r}`));
    return total / 100;
  }
  const op = /^([A-Z]+\d+)([+-])([A-Z]+\d+)$/.exec(f);
  if (op) {
    const [a, b] = [cents(cellValue(sheet, op[1]!)), cents(cellValue(sheet, op[3]!))];
    return (op[2] === '+' ? a + b : a - b) / 100;
  }
  const ratio = /^([A-Z]+\d+)\/ABS\(([A-Z]+\d+)\)$/.exec(f);
  if (ratio) return cellValue(sheet, ratio[1]!) / Math.abs(cellValue(sheet, ratio[2]!));
  if (/^[A-Z]+\d+$/.test(f)) return cellValue(sheet, f);
  throw new Error(`formula ${f} is not one this test reads`);
}

/** The row whose column A reads `label`, from row `from` on. */
export function rowOf(sheet: ExcelJS.Worksheet, label: string, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getCell(`A${r}`).text === label) return r;
  throw new Error(`no row "${label}" in ${sheet.name}`);
}
