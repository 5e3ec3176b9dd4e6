// The rightsizing part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses, so every transport validates and serves them.
// Schemas come from the engine's spec file, not its barrel (the preload bundles this file).
import * as z from 'zod';
import { rightsizeSpecSchema } from '../engines/rightsizing/spec.ts';
import type { RightsizeResult } from '../engines/rightsizing/result.ts';
import type { RightsizeDetail } from '../engines/rightsizing/detail.ts';

export const rightsizingRequestSchemas = {
  /** Downsize, terminate and modernize recommendations from the metrics, priced at the bill's rates. Reads only. */
  rightsize: z.strictObject({ spec: rightsizeSpecSchema }),
  /** One resource's metric series over the lookback and its recommendation. Reads only. */
  rightsizeDetail: z.strictObject({ resourceId: z.string().min(1).max(256), spec: rightsizeSpecSchema }),
} as const;

export interface RightsizingResponseMap {
  rightsize: RightsizeResult;
  rightsizeDetail: RightsizeDetail;
}

export type { RightsizeResult, RightsizeDetail };
export type { Recommendation, Evidence, Price } from '../engines/rightsizing/result.ts';
export type { MetricPoint } from '../engines/rightsizing/detail.ts';
export type { RightsizeSpec, RightsizeSpecInput } from '../engines/rightsizing/spec.ts';
