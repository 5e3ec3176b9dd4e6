// The chargeback statements part of WorkbenchApi (issue 13): one period's allocation as a file
// finance can send, CSV, XLSX or PDF, worded as showback (informational) or chargeback.
// contract.ts spreads these schemas into requestSchemas and extends ResponseMap. Schemas and
// types only: the Electron preload bundles this file.
import * as z from 'zod';
import { chargebackSpecSchema } from '../engines/chargeback/spec.ts';
import { DEFAULT_STATEMENT_MODE, STATEMENT_FORMATS, STATEMENT_MODES } from '../export/chargeback/words.ts';
import type { ExportedFile } from './pivot-contract.ts';

export const chargebackExportRequestSchemas = {
  /** The statement of `spec`'s period as a file with its context (core/export/chargeback/README.md). */
  chargebackExport: z.strictObject({ spec: chargebackSpecSchema, format: z.enum(STATEMENT_FORMATS), mode: z.enum(STATEMENT_MODES).default(DEFAULT_STATEMENT_MODE) }),
} as const;

export interface ChargebackExportResponseMap {
  chargebackExport: ExportedFile;
}

export { STATEMENT_FORMATS, STATEMENT_MODES, DEFAULT_STATEMENT_MODE };
export type { StatementFormat, StatementMode } from '../export/chargeback/words.ts';
