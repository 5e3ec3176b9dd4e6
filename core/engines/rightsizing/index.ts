// The rightsizing engine's one public face. See README.md (what and where) and SPEC.md (the method).
export { run, parseRightsizeSpec } from './run.ts';
export { detail, type RightsizeDetail, type MetricPoint } from './detail.ts';
export type { StorageBill, BilledDay } from './storage-bill.ts';
export { sparklines, type RightsizeSparklines } from './sparklines.ts';
export { rightsizeSpecSchema, type RightsizeSpec, type RightsizeSpecInput } from './spec.ts';
export type { RightsizeResult, Recommendation, Evidence, Price } from './result.ts';
export { RightsizingErrorCode } from './errors.ts';
export * from './constants.ts';
