// The pivot engine's one public face. See README.md (what and where) and SPEC.md (the algorithm).
export { run, parsePivotSpec, PIVOT_STAGES, type RunOptions, type PivotStage } from './run.ts';
export { refreshPivotAggregates, rebuildPivotAggregates, pivotAggregatesFresh, type AffectedPeriods } from './aggregates.ts';
export { drill, type DrillRequest, type DrillResult } from './drill.ts';
export { summaryFromAggregate } from './workspace-summary.ts';
export { pivotSpecSchema, pivotKey, isOtherKey, type PivotSpec, type PivotSpecInput, type PivotKey, type PivotFilter } from './spec.ts';
export type { PivotResult, PivotRow, PivotColumn } from './result.ts';
export { PivotErrorCode } from './errors.ts';
export { PivotNoticeCode, type PivotNotice } from './notices.ts';
export * from './constants.ts';
export { planPivot } from './plan.ts';
export { buildPivotSql } from './build-sql.ts';
export { pivotFields, type PivotFields, type PivotFieldColumn } from './fields.ts';
export { dimensionValues, type DimensionValues, type DimensionValue, type ValuesRequest } from './values.ts';
