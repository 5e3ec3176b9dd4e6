// The line items behind a pivot cell as CSV or XLSX, with the same context as a pivot export
// (context.ts): the cell and the grid's filters named, money exactly as stored (up to 12
// decimals: hourly unit prices keep their digits), sorted as on screen. Bounded: a cell of
// more than DRILL_EXPORT_MAX_LINES lines is refused with what to do instead.
import { newWorkbook } from './workbook.ts';
import { WorkbenchError } from '../errors.ts';
import { NULL_LABEL, OTHER_LABEL } from '../engines/pivot/constants.ts';
import { columnType, drillOrder, drillScope, parseDrillRequest, type DrillRequest } from '../engines/pivot/drill.ts';
import { PivotErrorCode } from '../engines/pivot/errors.ts';
import { isOtherKey, type PivotKey, type PivotSpec } from '../engines/pivot/spec.ts';
import { ident, join, printWithValues, sql, type SqlQuery } from '../sql/index.ts';
import type { Db } from '../store/db.ts';
import { addAboutSheet, csvContextBlock, shellQuote, type ExportContext } from './context.ts';
import { csvField } from './csv-field.ts';
import { dimensionWords, pivotExportContext } from './pivot-context.ts';

export const DRILL_EXPORT_MAX_LINES = 200_000;
export const DRILL_SHEET_NAME = 'Line items';
export const DRILL_NOTE = 'Money and quantities exactly as stored (up to 12 decimals), not rounded; one row per line item of the cost data.';
/** Shows 2 decimals, and up to 10 where a unit price has them. */
export const XLSX_EXACT_MONEY_FORMAT = '#,##0.00########;[Red]-#,##0.00########';

export interface DrillExportOptions {
  workspace: string;
  /** The drill-down's title as the screen shows it (the cell in words). */
  title?: string;
  now?: Date;
}

export interface DrillExport {
  context: ExportContext;
  columns: string[];
  /** Cells as text: DECIMAL exact ('0.0104'), TIMESTAMP 'YYYY-MM-DD HH:MM:SS', tags 'k=v; k=v'. */
  rows: (string | null)[][];
}

const isDecimal = (c: string) => columnType(c).startsWith('DECIMAL');

function selectColumn(c: string): SqlQuery {
  const type = columnType(c);
  if (type.startsWith('DECIMAL')) return sql`CAST(${ident(c)} AS VARCHAR)`;
  if (type === 'TIMESTAMP') return sql`strftime(${ident(c)}, '%Y-%m-%d %H:%M:%S')`;
  if (type.startsWith('MAP')) return sql`array_to_string(list_transform(map_entries(${ident(c)}), e -> e.key || '=' || e.value), '; ')`;
  return sql`CAST(${ident(c)} AS VARCHAR)`;
}

/** '0.010400000000' → '0.0104'; money keeps at least 2 decimals ('12.00'). */
export function trimDecimal(text: string, minDecimals: number): string {
  const [whole, frac = ''] = text.split('.');
  const kept = frac.replace(/0+$/, '').padEnd(minDecimals, '0');
  return kept ? `${whole}.${kept}` : whole!;
}

const moneyLike = (c: string) => /(Cost|Price|Rate)$/.test(c);

export async function drillExport(db: Db, input: Omit<DrillRequest, 'offset' | 'limit' | 'withTotals'>, o: DrillExportOptions): Promise<DrillExport> {
  const req = parseDrillRequest({ ...input, offset: 0, limit: 1, withTotals: false });
  const scope = await drillScope(db, req);
  const count = Number(await db.value(sql`SELECT count(*) FROM focus WHERE ${scope.where}`));
  if (count > DRILL_EXPORT_MAX_LINES) {
    throw new WorkbenchError(
      PivotErrorCode.PIVOT_EXPORT_TOO_LARGE,
      `This cell has ${count.toLocaleString('en-US')} line items; an export holds up to ${DRILL_EXPORT_MAX_LINES.toLocaleString('en-US')}. Filter the lines (a column's menu), drill into a smaller cell, or pivot by more fields.`,
      { lines: count, max: DRILL_EXPORT_MAX_LINES },
    );
  }
  const query = sql`SELECT ${join(scope.columns.map((c) => sql`${selectColumn(c)} AS ${ident(c)}`))} FROM focus WHERE ${scope.where} ORDER BY ${drillOrder(scope.sort)}`;
  const result = await db.read(query);
  const rows = (result.getRowsJson() as (string | null)[][]).map((r) => r.map((v, i) => (v !== null && isDecimal(scope.columns[i]!) ? trimDecimal(v, moneyLike(scope.columns[i]!) ? 2 : 0) : v)));
  const humanQuery = sql`SELECT ${join(scope.columns.map((c) => ident(c)))} FROM focus WHERE ${scope.where} ORDER BY ${drillOrder(scope.sort)}`;
  const base = await pivotExportContext(db, scope.spec, {
    workspace: o.workspace,
    title: `Line items: ${o.title?.trim() || cellWords(scope.spec, req.cell.rows, req.cell.columns)}`,
    command: `npx finops-workbench sql --db ${shellQuote(o.workspace)} --json ${shellQuote(printWithValues(humanQuery))}`,
    now: o.now,
    notes: [DRILL_NOTE, `${count.toLocaleString('en-US')} line items.`],
  });
  const filters = [...base.filters, ...keyWords(scope.spec, req.cell.rows, req.cell.columns), ...req.where.map((w) => `${w.column} ${OP_WORDS[w.op]}${w.value === undefined ? '' : ` “${w.value}”`}`)];
  return { context: { ...base, filters }, columns: scope.columns, rows };
}

const OP_WORDS: Record<string, string> = {
  eq: 'is', ne: 'is not', contains: 'contains', startsWith: 'starts with', gt: '>', gte: '≥', lt: '<', lte: '≤', isNull: 'is empty', notNull: 'is not empty',
};

function keyText(k: PivotKey): string {
  if (isOtherKey(k)) return OTHER_LABEL;
  return k === null ? NULL_LABEL : k;
}

/** The cell's keys as filters: "ServiceName is “Amazon EC2”", "month is “2026-09”". */
function keyWords(spec: PivotSpec, rows: readonly PivotKey[], columns: readonly PivotKey[]): string[] {
  const one = (ref: string, k: PivotKey) => {
    const dim = dimensionWords(ref, spec);
    return isOtherKey(k) ? `${dim} is ${OTHER_LABEL} (not one of its top values)` : `${dim} is “${keyText(k)}”`;
  };
  return [...rows.map((k, i) => one(spec.rows[i]!, k)), ...columns.map((k, j) => one(spec.columns[j]!, k))];
}

function cellWords(spec: PivotSpec, rows: readonly PivotKey[], columns: readonly PivotKey[]): string {
  const parts = [...rows.map(keyText), ...columns.map(keyText)];
  return parts.length > 0 ? parts.join(' › ') : `all of ${spec.basis} cost`;
}

export function drillToCsv(d: DrillExport): string {
  const lines = [d.columns.map(csvField).join(','), ...d.rows.map((r) => r.map((v) => (v === null ? '' : csvField(v))).join(','))];
  return `${csvContextBlock(d.context)}${lines.join('\r\n')}\r\n`;
}

export async function drillToXlsx(d: DrillExport): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'FinOps Workbench';
  const sheet = wb.addWorksheet(DRILL_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(d.columns);
  header.font = { bold: true };
  const decimal = d.columns.map(isDecimal);
  for (const r of d.rows) {
    // numbers as numbers (a spreadsheet sums them); the CSV keeps every digit as text
    sheet.addRow(r.map((v, i) => (v !== null && decimal[i] ? Number(v) : v)));
  }
  d.columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c === 'ResourceId' || c === 'ChargeDescription' || c === 'Tags' ? 40 : 18;
    if (decimal[i]) col.numFmt = moneyLike(c) ? XLSX_EXACT_MONEY_FORMAT : '#,##0.##########';
  });
  addAboutSheet(wb, d.context);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
