// The rightsizing part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses, so every transport validates and serves them.
// Schemas come from the engine's spec file, not its barrel (the preload bundles this file).
import * as z from 'zod';
import { rightsizeSpecSchema } from '../engines/rightsizing/spec.ts';
import type { RightsizeResult } from '../engines/rightsizing/result.ts';
import type { RightsizeDetail } from '../engines/rightsizing/detail.ts';
import { MAX_SPARKLINE_RESOURCES } from '../engines/rightsizing/constants.ts';
import type { RightsizeSparklines } from '../engines/rightsizing/sparklines.ts';
import { EXPORT_FORMATS, type ExportedFile } from './pivot-contract.ts';

export const rightsizingRequestSchemas = {
  /** Downsize, terminate and modernize recommendations from the metrics, priced at the bill's rates. Reads only. */
  rightsize: z.strictObject({ spec: rightsizeSpecSchema }),
  /** One resource's metric series over the lookback and its recommendation. Reads only. */
  rightsizeDetail: z.strictObject({ resourceId: z.string().min(1).max(256), spec: rightsizeSpecSchema }),
  /** The CPU maximum of each day of the lookback for these resources (a list's sparklines). Reads only. */
  rightsizeSparklines: z.strictObject({
    resourceIds: z.array(z.string().min(1).max(256).refine((id) => !id.includes('\u001f'), 'a resource id has no control characters')).max(MAX_SPARKLINE_RESOURCES),
    spec: rightsizeSpecSchema,
  }),
  /** The recommendations as a ticket list: CSV, or XLSX with a Summary and an About sheet. Reads only. */
  rightsizeExport: z.strictObject({ spec: rightsizeSpecSchema, format: z.enum(EXPORT_FORMATS) }),
} as const;

export interface RightsizingResponseMap {
  rightsize: RightsizeResult;
  rightsizeDetail: RightsizeDetail;
  rightsizeSparklines: RightsizeSparklines;
  rightsizeExport: ExportedFile;
}

export type { RightsizeResult, RightsizeDetail, RightsizeSparklines, ExportedFile };
export type { Recommendation, Evidence, Price } from '../engines/rightsizing/result.ts';
export type { MetricPoint } from '../engines/rightsizing/detail.ts';
export type { RightsizeSpec, RightsizeSpecInput } from '../engines/rightsizing/spec.ts';
