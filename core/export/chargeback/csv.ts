// A chargeback statement as CSV for finance systems: the context block (core/export/context.ts,
// `#` rows then an empty row), then one flat table with one row per owner × line of the
// statement: the direct cost by service, the shared costs received by pool, and one row for the
// cost no owner took. Every row adds to the next: Σ amount per owner = its total, Σ of all rows
// = the source total of the period, to the cent. Columns are documented in README.md.
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import { csvContextBlock, type ExportContext } from '../context.ts';
import { csvField } from '../csv-field.ts';
import { ownerStatement } from './lines.ts';
import { plainAmount } from './money.ts';
import { UNALLOCATED_LABEL, type StatementMode } from './words.ts';

export const STATEMENT_CSV_COLUMNS = ['period', 'statement', 'owner', 'line', 'item', 'split_method', 'amount', 'currency', 'cost_basis', 'rules_version'] as const;
/** The `line` column: what kind of cost a row holds. */
export const CSV_LINE = { direct: 'direct', shared: 'shared', unallocated: 'unallocated' } as const;

export function statementToCsv(result: ChargebackResult, mode: StatementMode, context: ExportContext): string {
  const row = (owner: string, line: string, item: string, method: string, amount: number) =>
    [result.period, mode, owner, line, item, method].map(csvField).concat(plainAmount(amount), csvField(result.currency), result.basis, String(result.rulesVersion)).join(',');
  const rows = [STATEMENT_CSV_COLUMNS.join(',')];
  for (const a of result.allocations) {
    const s = ownerStatement(result, a);
    for (const l of s.services) rows.push(row(a.owner, CSV_LINE.direct, l.service, '', l.amount));
    for (const r of a.received) rows.push(row(a.owner, CSV_LINE.shared, r.pool, r.method, r.amount));
  }
  // the cost no owner took is a row too, so the file adds up to the source total
  if (Math.round(result.unallocated * 100) !== 0) rows.push(row(UNALLOCATED_LABEL, CSV_LINE.unallocated, '', '', result.unallocated));
  return `${csvContextBlock(context)}${rows.join('\r\n')}\r\n`;
}
