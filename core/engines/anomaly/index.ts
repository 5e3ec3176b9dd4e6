// The anomaly engine's one public face. See README.md (what and where) and SPEC.md (the method).
export { run, parseAnomalySpec } from './run.ts';
export { anomalyDetail, anomalyFeedback, exploreSpec } from './detail.ts';
export { anomalySpecSchema, anomalyThresholdsSchema, type AnomalySpec, type AnomalySpecInput, type AnomalyThresholds } from './spec.ts';
export type { Anomaly, AnomalyResult, AnomalyDetail, AnomalyDay, RootCause, Feedback, FeedbackResult } from './result.ts';
export { AnomalyErrorCode } from './errors.ts';
export * from './constants.ts';
