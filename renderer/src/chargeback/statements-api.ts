// chargebackExport (the statements engineer's method): a statement of one period as CSV (flat,
// for finance systems), XLSX (a summary sheet and one per owner) or PDF (a page per owner), built
// in core from the same spec as the preview, so the file and the screen are one computation.
// TEMPORARY: called through this typed wrapper until the method is in the contract on main.
import type { ExportedFile } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import type { ChargebackSpec } from './types.ts';

export const STATEMENT_FORMATS = [
  { id: 'csv', label: 'CSV', title: 'One flat table for finance systems: owner, service, account, direct and shared cost' },
  { id: 'xlsx', label: 'Excel', title: 'A summary sheet and one sheet per owner, totals as formulas, currency formats' },
  { id: 'pdf', label: 'PDF', title: 'One page per owner with its total, the change from last month and a chart' },
] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number]['id'];

export const STATEMENT_MODES = [
  { id: 'showback', label: 'Showback', title: 'Informs owners of their cost' },
  { id: 'chargeback', label: 'Chargeback', title: 'Bills owners for their cost' },
] as const;
export type StatementMode = (typeof STATEMENT_MODES)[number]['id'];

export interface ChargebackExportRequest {
  spec: ChargebackSpec;
  format: StatementFormat;
  mode: StatementMode;
}

type ExportCall = (method: 'chargebackExport', payload: ChargebackExportRequest) => Promise<ExportedFile>;

export function chargebackExport(client: WorkbenchClient, request: ChargebackExportRequest): Promise<ExportedFile> {
  return (client.call as unknown as ExportCall).call(client, 'chargebackExport', request);
}
