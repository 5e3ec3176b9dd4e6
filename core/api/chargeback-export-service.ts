// chargebackExport over an open workspace: runs the allocation through the chargeback method
// (the same validation, saved rules and errors as the screen and `chargeback --json`), then
// writes the statement (core/export/chargeback). The file comes back as data, as every export
// does, so the app's Save button and browser mode's download treat it like a pivot export.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import type { ChargebackSpec } from '../engines/chargeback/spec.ts';
import { chargebackStatement, statementFileName, STATEMENT_MIME } from '../export/chargeback/index.ts';
import type { StatementFormat, StatementMode } from '../export/chargeback/words.ts';
import { createChargebackMethods } from './chargeback-service.ts';
import type { chargebackExportRequestSchemas, ChargebackExportResponseMap } from './chargeback-export-contract.ts';
import type { ExportedFile } from './pivot-contract.ts';
import type { CallContext } from './progress.ts';

export type ChargebackExportApi = {
  [M in keyof ChargebackExportResponseMap]: (request: z.infer<(typeof chargebackExportRequestSchemas)[M]>, ctx?: CallContext) => Promise<ChargebackExportResponseMap[M]>;
};

export async function exportChargeback(ws: Workspace, spec: ChargebackSpec, format: StatementFormat, mode: StatementMode, ctx?: CallContext): Promise<ExportedFile> {
  const result = await createChargebackMethods(ws).chargeback({ spec }, ctx);
  const fileName = statementFileName(result.period, mode, format);
  const bytes = await chargebackStatement(ws.db, spec, result, { format, mode, workspace: ws.path, out: fileName });
  return format === 'csv'
    ? { fileName, mimeType: STATEMENT_MIME.csv, encoding: 'utf8', content: bytes.toString('utf8') }
    : { fileName, mimeType: STATEMENT_MIME[format], encoding: 'base64', content: bytes.toString('base64') };
}

export function createChargebackExportMethods(ws: Workspace): ChargebackExportApi {
  return {
    chargebackExport: async (req, ctx) => exportChargeback(ws, req.spec, req.format, req.mode, ctx),
  };
}
