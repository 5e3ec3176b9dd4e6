// The commitments engine's one public face. See README.md (what and where) and SPEC.md (the method).
export { run, runEligible, parseCommitmentsStatusSpec, parseEligibleSpendSpec } from './run.ts';
export { commitmentsStatusSpecSchema, eligibleSpendSpecSchema, type CommitmentsStatusSpec, type CommitmentsStatusSpecInput, type EligibleSpendSpec, type EligibleSpendSpecInput } from './spec.ts';
export type * from './result.ts';
export { CommitmentsErrorCode } from './errors.ts';
export * from './constants.ts';
