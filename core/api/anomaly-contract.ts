// The anomaly part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses, so every transport validates and serves them.
// Schemas come from the engine's spec file, not its barrel (the preload bundles this file).
import * as z from 'zod';
import { anomalySpecSchema } from '../engines/anomaly/spec.ts';
import { FEEDBACK_VERDICTS } from '../engines/anomaly/constants.ts';
import type { AnomalyDetail, AnomalyResult, FeedbackResult } from '../engines/anomaly/result.ts';

const anomalyId = z.string().min(1).max(64);

export const anomalyRequestSchemas = {
  /** Detect, explain and record anomalies; the list by impact (writes records: a write method). */
  anomalies: z.strictObject({ spec: anomalySpecSchema }),
  /** The same detection and list, read only: nothing is recorded (isNew: no record exists yet). The review pack reads this. */
  anomaliesRead: z.strictObject({ spec: anomalySpecSchema }),
  /** One recorded anomaly with its series and band for the chart and an Explore pivot spec. */
  anomalyDetail: z.strictObject({ id: anomalyId }),
  /** yes / no / planned, with a note; no and planned stop the same pattern being raised again. */
  anomalyFeedback: z.strictObject({ id: anomalyId, verdict: z.enum(FEEDBACK_VERDICTS), note: z.string().max(4000).nullable().optional() }),
} as const;

export const ANOMALY_WRITE_METHODS = ['anomalies', 'anomalyFeedback'] as const;

export interface AnomalyResponseMap {
  anomalies: AnomalyResult;
  anomaliesRead: AnomalyResult;
  anomalyDetail: AnomalyDetail;
  anomalyFeedback: FeedbackResult;
}

export type { AnomalyResult, AnomalyDetail, FeedbackResult };
export type { Anomaly, AnomalyDay, RootCause, Feedback } from '../engines/anomaly/result.ts';
export type { AnomalySpec, AnomalySpecInput } from '../engines/anomaly/spec.ts';
