// The commitments part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses, so every transport validates and serves them.
// Schemas come from the engine's spec file, not its barrel (the preload bundles this file).
import * as z from 'zod';
import { commitmentsStatusSpecSchema, eligibleSpendSpecSchema, optimizeSpecSchema, whatIfSpecSchema } from '../engines/commitments/spec.ts';
import type { CommitmentsStatusResult, EligibleSpendResult } from '../engines/commitments/result.ts';
import type { WhatIfResult } from '../engines/commitments/whatif.ts';
import { commitmentRateKeySchema, commitmentRateSchema, type CommitmentRate } from '../engines/commitments/rate-spec.ts';
import type { RateDefault } from '../engines/commitments/rate-defaults.ts';
import type { OptimizeResult } from '../engines/commitments/optimize-result.ts';

export const commitmentsRequestSchemas = {
  /** Every Savings Plan and reservation with its utilization and net savings; coverage; expiries. Reads only. */
  commitmentsStatus: z.strictObject({ spec: commitmentsStatusSpecSchema }),
  /** Eligible on-demand spend per commitment type and scope, per hour on request. Reads only. */
  commitmentsEligible: z.strictObject({ spec: eligibleSpendSpecSchema }),
  /** Commitments added (any type) and held ones removed or let expire, simulated hour by hour over a window. Reads only. */
  commitmentsWhatIf: z.strictObject({ spec: whatIfSpecSchema }),
  /** The workspace's commitment rate table and the shipped defaults with their sources. */
  commitmentsRatesList: z.strictObject({}),
  /** Adds a rate, or replaces the one with the same type, term, payment, region and scope. */
  commitmentsRatesSet: z.strictObject({ rate: commitmentRateSchema }),
  commitmentsRatesRemove: z.strictObject({ key: commitmentRateKeySchema }),
  /** The savings-vs-commitment curve of a type and term, the best, target-coverage and conservative commitments with their risk; `mix`: RIs, EC2 Instance SPs and a Compute SP together. Reads only. */
  commitmentsOptimize: z.strictObject({ spec: optimizeSpecSchema }),
} as const;

/** The rate table's write methods, for guard.ts: they queue with the workspace's other writes. */
export const COMMITMENTS_WRITE_METHODS = ['commitmentsRatesSet', 'commitmentsRatesRemove'] as const;

export interface CommitmentRatesResponse {
  rates: CommitmentRate[];
  defaults: RateDefault[];
}

export interface CommitmentsResponseMap {
  commitmentsStatus: CommitmentsStatusResult;
  commitmentsEligible: EligibleSpendResult;
  commitmentsWhatIf: WhatIfResult;
  commitmentsRatesList: CommitmentRatesResponse;
  commitmentsRatesSet: CommitmentRatesResponse;
  commitmentsRatesRemove: CommitmentRatesResponse;
  commitmentsOptimize: OptimizeResult;
}

export type { CommitmentsStatusResult, EligibleSpendResult, WhatIfResult };
export type {
  CommitmentStatus, CommitmentPeriod, CommitmentFigures, CommitmentScope, CoverageFigures, EligiblePool, Expiring, PeriodCoverage, TypeCoverage,
} from '../engines/commitments/result.ts';
export type { CommitmentsStatusSpec, CommitmentsStatusSpecInput, EligibleSpendSpec, EligibleSpendSpecInput, WhatIfSpec, WhatIfSpecInput } from '../engines/commitments/spec.ts';
export type { MonthOutcome } from '../engines/commitments/simulate.ts';
export type { AddedResult } from '../engines/commitments/whatif.ts';
export type { CommitmentOutcome, RemovedOutcome, Scope as CommitmentScopeKey } from '../engines/commitments/scenario.ts';
export type { CommitmentRate, CommitmentRateInput, CommitmentRateKey, CommitmentRateKeyInput, RateSource } from '../engines/commitments/rate-spec.ts';
export type { RateDefault };
export type { OptimizeResult, CurvePoint, OptimizeChoice, OptimizeChoiceKind, OptimizePool, MixItem } from '../engines/commitments/optimize-result.ts';
export type { OptimizeSpec, OptimizeSpecInput, OptimizeType } from '../engines/commitments/spec.ts';
