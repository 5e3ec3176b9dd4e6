// Exports of engine results to files a person opens elsewhere.
export { pivotToCsv, csvField } from './pivot-csv.ts';
export { pivotToXlsx, XLSX_NUMBER_FORMAT, PIVOT_SHEET_NAME } from './pivot-xlsx.ts';
export { layoutPivot, type PivotLayout } from './pivot-layout.ts';
export { addAboutSheet, contextLines, csvContextBlock, shellQuote, ABOUT_SHEET_NAME, type ExportContext } from './context.ts';
export { pivotExportContext, PIVOT_ROUNDING_NOTE } from './pivot-context.ts';
export { drillExport, drillToCsv, drillToXlsx, DRILL_EXPORT_MAX_LINES, type DrillExport } from './drill-export.ts';
