// Chargeback statements: a ChargebackResult (never recomputed here) as CSV, XLSX or PDF, worded
// as showback or chargeback, each saying what it is (its ExportContext). README.md has the
// CSV's columns and the layout of the workbook and the PDF.
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import type { ChargebackSpec } from '../../engines/chargeback/spec.ts';
import type { Db } from '../../store/db.ts';
import { chargebackExportContext } from './context.ts';
import { statementToCsv } from './csv.ts';
import { statementToPdf } from './pdf.ts';
import { statementToXlsx } from './xlsx.ts';
import type { StatementFormat, StatementMode } from './words.ts';

export { statementToCsv, statementToPdf, statementToXlsx, chargebackExportContext };
export { STATEMENT_FORMATS, STATEMENT_MODES, DEFAULT_STATEMENT_MODE, MODE_WORDING, type StatementFormat, type StatementMode } from './words.ts';

export const STATEMENT_MIME: Record<StatementFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** `chargeback-2026-10.pdf`, `showback-2026-10.xlsx`. */
export function statementFileName(period: string, mode: StatementMode, format: StatementFormat): string {
  return `${mode}-${period}.${format}`;
}

export interface StatementOptions {
  format: StatementFormat;
  mode: StatementMode;
  /** The workspace file, as the statement's context names it. */
  workspace: string;
  /** Where the file goes (a name is enough), for the command that makes it again. */
  out: string;
  now?: Date;
}

/** The statement's bytes in the format asked for. */
export async function chargebackStatement(db: Db, spec: ChargebackSpec, result: ChargebackResult, o: StatementOptions): Promise<Buffer> {
  const context = await chargebackExportContext(db, spec, result, o.mode, { workspace: o.workspace, out: o.out, now: o.now });
  if (o.format === 'csv') return Buffer.from(statementToCsv(result, o.mode, context), 'utf8');
  if (o.format === 'xlsx') return statementToXlsx(result, o.mode, context);
  return statementToPdf(result, o.mode, context);
}
