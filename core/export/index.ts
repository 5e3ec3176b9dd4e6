// Exports of engine results to files a person opens elsewhere.
export { pivotToCsv, csvField } from './pivot-csv.ts';
export { pivotToXlsx, XLSX_NUMBER_FORMAT, PIVOT_SHEET_NAME } from './pivot-xlsx.ts';
export { layoutPivot, type PivotLayout } from './pivot-layout.ts';
