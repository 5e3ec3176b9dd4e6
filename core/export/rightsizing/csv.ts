// The ticket list as CSV: the context as `#` lines, then one row per recommendation and no total
// row (a ticket importer would read it as one more ticket); the totals are in the context.
import type { RightsizeResult } from '../../engines/rightsizing/result.ts';
import type { RightsizeSpec } from '../../engines/rightsizing/spec.ts';
import { plainAmount } from '../chargeback/money.ts';
import { csvContextBlock, type ExportContext } from '../context.ts';
import { csvField } from '../csv-field.ts';
import { MONEY_COLUMNS, TICKET_COLUMNS, ticketCells } from './tickets.ts';

export function ticketsToCsv(spec: RightsizeSpec, r: RightsizeResult, ctx: ExportContext): string {
  const money = new Set(MONEY_COLUMNS.map((c) => TICKET_COLUMNS.indexOf(c)));
  const row = (cells: (string | number | null)[]) => cells.map((v, i) => (v === null ? '' : money.has(i) ? plainAmount(v as number) : typeof v === 'number' ? String(v) : csvField(v))).join(',');
  const lines = [TICKET_COLUMNS.map(csvField).join(','), ...r.recommendations.map((x) => row(ticketCells(x, spec.percentile)))];
  return `${csvContextBlock(ctx)}${lines.join('\r\n')}\r\n`;
}
