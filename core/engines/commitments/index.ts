// The commitments engine's one public face. See README.md (what and where) and SPEC.md (the method).
export { run, runEligible, runWhatIf, runOptimize, parseCommitmentsStatusSpec, parseEligibleSpendSpec, parseWhatIfSpec, parseOptimizeSpec } from './run.ts';
export type * from './optimize-result.ts';
export { OPTIMIZE_CHOICES, USAGE_DROPS_PCT } from './optimize-result.ts';
export type { WhatIfResult } from './whatif.ts';
export { simulate, type Candidate, type HourInput, type SimulationOutcome, type MonthOutcome } from './simulate.ts';
export { commitmentsStatusSpecSchema, eligibleSpendSpecSchema, type CommitmentsStatusSpec, type CommitmentsStatusSpecInput, type EligibleSpendSpec, type EligibleSpendSpecInput, whatIfSpecSchema, type WhatIfSpec, type WhatIfSpecInput, optimizeSpecSchema, OPTIMIZE_TYPES, type OptimizeSpec, type OptimizeSpecInput, type OptimizeType } from './spec.ts';
export type * from './result.ts';
export { CommitmentsErrorCode } from './errors.ts';
export * from './constants.ts';
