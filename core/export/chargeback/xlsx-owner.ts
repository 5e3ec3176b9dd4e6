// One owner's sheet of a chargeback workbook: who and what period, the total as a formula over
// its parts (direct + shared), then each part's lines with a SUM row: direct cost by service, by
// account, shared costs received with the rule that sent them; then the largest resources
// (a top list, so no total). Amounts are in column C on every section, so a reader (or a
// formula) finds them in one place.
import type ExcelJS from 'exceljs';
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import type { OwnerStatement } from './lines.ts';
import { PRINT_SETUP } from './xlsx-print.ts';
import { fromCents, sumCents, toCents } from './money.ts';
import { MODE_WORDING, type StatementMode } from './words.ts';

export const OWNER_SECTIONS = {
  services: 'Direct cost by service',
  accounts: 'Direct cost by account',
  shared: 'Shared costs received',
  resources: 'Top resources by direct cost',
} as const;
const AMOUNT_COLUMN = 'C';
const TITLE_ROWS = 2;

/** `'Sheet name'` as a formula or hyperlink names it. */
export function sheetRef(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

type Cells = (string | number | ExcelJS.CellFormulaValue | null)[];

export function addOwnerSheet(wb: ExcelJS.Workbook, name: string, s: OwnerStatement, r: ChargebackResult, mode: StatementMode, money: string): ExcelJS.Worksheet {
  const a = s.allocation;
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: TITLE_ROWS }], pageSetup: PRINT_SETUP });
  let n = 0;
  const add = (cells: Cells, style: 'title' | 'header' | 'total' | 'plain' = 'plain') => {
    const row = sheet.getRow(++n);
    row.values = cells;
    if (typeof cells[2] === 'number' || (cells[2] !== null && typeof cells[2] === 'object')) row.getCell(3).numFmt = money;
    if (style === 'title') row.font = { bold: true, size: 14 };
    if (style === 'header') row.eachCell((c) => ((c.font = { bold: true }), (c.border = { bottom: { style: 'thin' } })));
    if (style === 'total') row.eachCell((c) => ((c.font = { bold: true }), (c.border = { top: { style: 'thin' } })));
    return n;
  };
  add([a.owner], 'title');
  add([`${MODE_WORDING[mode].owner}. Period ${r.period}, ${r.basis} cost in ${r.currency}.`]);
  n++;
  // the figures on top refer to the sections' SUM rows, filled in once those rows are known
  const directRow = add(['Direct cost', null, null]);
  const sharedRow = add(['Shared costs received', null, null]);
  const totalRow = add(['Total', null, { formula: `C${directRow}+C${sharedRow}`, result: sumCents([a.direct, a.shared]) }], 'total');
  if (a.previousTotal === null) add(['Previous month', 'not loaded']);
  else {
    const prev = add(['Previous month', null, a.previousTotal]);
    add(['Change', null, { formula: `C${totalRow}-C${prev}`, result: fromCents(toCents(a.total) - toCents(a.previousTotal)) }]);
  }

  const section = (title: string, header: [string, string], lines: Cells[], totalLabel: string | null): number => {
    n++;
    add([title], 'header');
    add([header[0], header[1], 'Amount'], 'header');
    const first = n + 1;
    for (const l of lines) add(l);
    if (totalLabel === null) return 0;
    if (lines.length === 0) add(['None', null, 0]);
    const values = lines.map((l) => l[2] as number);
    return add([totalLabel, null, { formula: `SUM(${AMOUNT_COLUMN}${first}:${AMOUNT_COLUMN}${n})`, result: sumCents(values) }], 'total');
  };
  const servicesSum = section(OWNER_SECTIONS.services, ['Service', ''], s.services.map((l) => [l.service, null, l.amount]), 'Direct cost');
  section(OWNER_SECTIONS.accounts, ['Account ID', 'Account name'], s.accounts.map((l) => [l.accountId, l.accountName, l.amount]), 'Direct cost');
  const sharedSum = section(OWNER_SECTIONS.shared, ['Pool', 'Rule'], s.shared.map((l) => [l.pool, l.rule, l.amount]), 'Shared costs received');
  section(`${OWNER_SECTIONS.resources} (the ${a.topResources.length} largest)`, ['Resource ID', 'Service'], a.topResources.map((t) => [t.resourceId, t.serviceName, t.cost]), null);

  sheet.getCell(`C${directRow}`).value = { formula: `C${servicesSum}`, result: a.direct };
  sheet.getCell(`C${sharedRow}`).value = { formula: `C${sharedSum}`, result: a.shared };
  for (const row of [directRow, sharedRow]) sheet.getCell(`C${row}`).numFmt = money;
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 18;
  return sheet;
}
