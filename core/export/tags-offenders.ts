// The offenders of a tag audit as a file for owners to fix: CSV (one table) or XLSX (one sheet
// per account, so each account's owner gets their own list), with the export's context.
import { newWorkbook } from './workbook.ts';
import { COST_BASIS_MEANING } from '../engines/pivot/constants.ts';
import type { Offender, TagAuditResult } from '../engines/tags/result.ts';
import type { Db } from '../store/db.ts';
import { addAboutSheet, csvContextBlock, shellQuote, type ExportContext } from './context.ts';
import { csvField } from './csv-field.ts';
import { dataThrough } from './data-through.ts';
import { sheetName } from './sheet-name.ts';

export { sheetName };

export const OFFENDER_COLUMNS = ['ResourceId', 'AccountId', 'AccountName', 'ServiceName', 'Cost', 'Missing keys', 'Invalid keys', 'Values found', 'First seen', 'Last seen'] as const;
const MONEY_FORMAT = '#,##0.00;[Red]-#,##0.00';
const NO_ACCOUNT = '(no account)';

function cells(o: Offender): (string | number)[] {
  return [
    o.resourceId,
    o.accountId ?? '',
    o.accountName ?? '',
    o.serviceName ?? '',
    o.cost,
    o.missing.join('; '),
    o.invalid.map((i) => (i.reason === 'invalidKey' ? `${i.key} (as "${i.foundKey}")` : i.key)).join('; '),
    o.invalid.map((i) => `${i.foundKey}=${i.value}`).join('; '),
    o.firstSeen,
    o.lastSeen,
  ];
}

export interface OffendersContextOptions {
  workspace: string;
  /** What the export file is called, for the command that makes it again. */
  fileName: string;
}

export async function tagsOffendersContext(db: Db, r: TagAuditResult, o: OffendersContextOptions): Promise<ExportContext> {
  const args = ['finops-workbench', 'tags', 'audit', '--db', o.workspace, ...(r.policyOrigin === 'saved' ? [] : ['--require', r.requiredKeys.join(',')]), ...(r.period ? ['--period', r.period] : []), '--basis', r.basis, '--out', o.fileName];
  const rules = r.policy.keys.map((k) => `${k.key}: ${k.allowedValues ? `one of ${k.allowedValues.join(', ')}` : k.pattern ? `matching ${k.pattern}` : 'any value'}${k.appliesTo?.length ? ` (on ${k.appliesTo.join(', ')})` : ''}`);
  return {
    title: `Tag offenders: resources missing ${r.requiredKeys.join(', ')}`,
    basis: COST_BASIS_MEANING[r.basis],
    period: r.period ? `${r.period} (UTC)` : 'All data',
    filters: [],
    workspace: o.workspace,
    dataThrough: await dataThrough(db),
    generatedAt: new Date().toISOString(),
    command: args.map(shellQuote).join(' '),
    notes: [
      `Policy (${r.policyOrigin}): ${rules.join('; ')}`,
      `Cost is that of each resource's lines that miss a key, rounded to cents; ${r.offenders.length} of ${r.offenderCount} offenders listed, ${r.offenderCost.toFixed(2)} in all.`,
    ],
  };
}

export function offendersToCsv(r: TagAuditResult, ctx: ExportContext): string {
  const lines = [OFFENDER_COLUMNS.map(csvField).join(','), ...r.offenders.map((o) => cells(o).map((v) => (typeof v === 'number' ? v.toFixed(2) : csvField(v))).join(','))];
  return `${csvContextBlock(ctx)}${lines.join('\r\n')}\r\n`;
}

export async function offendersToXlsx(r: TagAuditResult, ctx: ExportContext): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'FinOps Workbench';
  const byAccount = new Map<string, Offender[]>();
  for (const o of r.offenders) {
    const key = o.accountId ?? NO_ACCOUNT;
    byAccount.set(key, [...(byAccount.get(key) ?? []), o]);
  }
  const taken = new Set<string>();
  // accounts in order of their offenders' cost, as a person works through them
  const accounts = [...byAccount.entries()].sort((a, b) => b[1].reduce((s, o) => s + o.cost, 0) - a[1].reduce((s, o) => s + o.cost, 0) || a[0].localeCompare(b[0]));
  for (const [account, list] of accounts) {
    const label = list[0]?.accountName ? `${list[0].accountName} ${account}` : account;
    const sheet = wb.addWorksheet(sheetName(label, taken, NO_ACCOUNT), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...OFFENDER_COLUMNS]).font = { bold: true };
    for (const o of list) sheet.addRow(cells(o));
    OFFENDER_COLUMNS.forEach((c, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = c === 'ResourceId' ? 48 : c === 'Cost' ? 14 : 22;
      if (c === 'Cost') col.numFmt = MONEY_FORMAT;
    });
  }
  if (accounts.length === 0) wb.addWorksheet('No offenders').addRow(['Every taggable resource carries the required keys.']);
  addAboutSheet(wb, ctx);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
