// What every export says about itself, so a file sent on (a chargeback deliverable, a line-item
// list) still says what it is: title, cost basis, period, filters, workspace, data through which
// date, when it was made, and the command that makes it again. Engines build an ExportContext;
// this prints it as a CSV header block (rows starting with '#', then one empty row, then the
// table: `comment='#'` in pandas, `skip` in R, plainly readable in a spreadsheet) and as an
// XLSX sheet of its own, "About".
import type ExcelJS from 'exceljs';
import { csvField } from './csv-field.ts';

export interface ExportContext {
  title: string;
  /** The cost basis in words, e.g. "Effective cost (amortized: …)". */
  basis: string;
  /** The period in words, e.g. "2026-08-01 to 2026-10-31 (UTC, inclusive)", or "All data". */
  period: string;
  /** One line per filter, e.g. "ServiceName is Amazon EC2 or Amazon S3"; none: []. */
  filters: string[];
  /** The workspace file. */
  workspace: string;
  /** The last day with charges in the workspace (YYYY-MM-DD, UTC), or null when it is empty. */
  dataThrough: string | null;
  /** ISO 8601, UTC. */
  generatedAt: string;
  /** A command line that makes this export again. */
  command: string;
  /** Anything else a reader needs, e.g. how the cents were rounded. */
  notes?: string[];
}

export const ABOUT_SHEET_NAME = 'About';
export const NO_FILTERS = 'None';

/** The context as labelled lines, in the order both formats print them. */
export function contextLines(ctx: ExportContext): [label: string, value: string][] {
  return [
    ['Title', ctx.title],
    ['Cost basis', ctx.basis],
    ['Period', ctx.period],
    ...(ctx.filters.length === 0 ? [['Filters', NO_FILTERS] as [string, string]] : ctx.filters.map((f, i) => [i === 0 ? 'Filters' : '', f] as [string, string])),
    ['Workspace', ctx.workspace],
    ['Data through', ctx.dataThrough ?? 'no data'],
    ['Generated at', ctx.generatedAt],
    ['Command', ctx.command],
    ...(ctx.notes ?? []).map((n, i) => [i === 0 ? 'Note' : '', n] as [string, string]),
  ];
}

/** `# Label: value` rows (one CSV field each), then an empty row that ends the block. */
export function csvContextBlock(ctx: ExportContext): string {
  let label = '';
  const rows = contextLines(ctx).map(([l, value]) => {
    label = l || label;
    return csvField(`# ${label}: ${value}`);
  });
  return `${rows.join('\r\n')}\r\n\r\n`;
}

/** The "About" sheet: label and value per row, wide enough to read, never formulas. */
export function addAboutSheet(wb: ExcelJS.Workbook, ctx: ExportContext): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(ABOUT_SHEET_NAME);
  sheet.columns = [{ width: 16 }, { width: 110 }];
  for (const [label, value] of contextLines(ctx)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  return sheet;
}

/** `'text'` for a POSIX shell: what a person pastes into a terminal gets exactly these words. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
