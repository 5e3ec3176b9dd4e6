// The rightsizing methods of WorkbenchApi over an open workspace: reads only.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { detail, run, sparklines, type RightsizeResult, type RightsizeSpec } from '../engines/rightsizing/index.ts';
import { rightsizeTicketsContext, ticketsToCsv, ticketsToXlsx } from '../export/rightsizing/index.ts';
import type { ExportedFile } from './pivot-contract.ts';
import { CSV_MIME, XLSX_MIME } from './pivot-service.ts';
import type { rightsizingRequestSchemas, RightsizingResponseMap } from './rightsizing-contract.ts';
import type { CallContext } from './progress.ts';

export type RightsizingApi = {
  [M in keyof RightsizingResponseMap]: (request: z.infer<(typeof rightsizingRequestSchemas)[M]>, ctx?: CallContext) => Promise<RightsizingResponseMap[M]>;
};

/** The recommendations as a ticket list that says what it is (core/export/context.ts). */
export async function exportRightsize(ws: Workspace, spec: RightsizeSpec, format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  return ticketsFile(ws, spec, await run(ws.db, spec), format);
}

/** A result already computed as its ticket list (`rightsize --out` prints and writes one run). */
export async function ticketsFile(ws: Workspace, spec: RightsizeSpec, result: RightsizeResult, format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  const fileName = `rightsizing-tickets.${format}`;
  const context = await rightsizeTicketsContext(ws.db, spec, result, { workspace: ws.path, fileName });
  if (format === 'csv') return { fileName, mimeType: CSV_MIME, encoding: 'utf8', content: ticketsToCsv(spec, result, context) };
  return { fileName, mimeType: XLSX_MIME, encoding: 'base64', content: (await ticketsToXlsx(spec, result, context)).toString('base64') };
}

export function createRightsizingMethods(ws: Workspace): RightsizingApi {
  return {
    rightsize: async (req) => run(ws.db, req.spec),
    rightsizeDetail: async (req) => detail(ws.db, req.resourceId, req.spec),
    rightsizeSparklines: async (req) => sparklines(ws.db, req.resourceIds, req.spec),
    rightsizeExport: async (req) => exportRightsize(ws, req.spec, req.format),
  };
}
