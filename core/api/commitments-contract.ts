// The commitments part of WorkbenchApi. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses, so every transport validates and serves them.
// Schemas come from the engine's spec file, not its barrel (the preload bundles this file).
import * as z from 'zod';
import { commitmentsStatusSpecSchema, eligibleSpendSpecSchema, whatIfSpecSchema } from '../engines/commitments/spec.ts';
import type { CommitmentsStatusResult, EligibleSpendResult } from '../engines/commitments/result.ts';
import type { WhatIfResult } from '../engines/commitments/whatif.ts';

export const commitmentsRequestSchemas = {
  /** Every Savings Plan and reservation with its utilization and net savings; coverage; expiries. Reads only. */
  commitmentsStatus: z.strictObject({ spec: commitmentsStatusSpecSchema }),
  /** Eligible on-demand spend per commitment type and scope, per hour on request. Reads only. */
  commitmentsEligible: z.strictObject({ spec: eligibleSpendSpecSchema }),
  /** One added Compute Savings Plan simulated hour by hour over a lookback. Reads only. */
  commitmentsWhatIf: z.strictObject({ spec: whatIfSpecSchema }),
} as const;

export interface CommitmentsResponseMap {
  commitmentsStatus: CommitmentsStatusResult;
  commitmentsEligible: EligibleSpendResult;
  commitmentsWhatIf: WhatIfResult;
}

export type { CommitmentsStatusResult, EligibleSpendResult, WhatIfResult };
export type {
  CommitmentStatus, CommitmentPeriod, CommitmentFigures, CommitmentScope, CoverageFigures, EligiblePool, Expiring, PeriodCoverage, TypeCoverage,
} from '../engines/commitments/result.ts';
export type { CommitmentsStatusSpec, CommitmentsStatusSpecInput, EligibleSpendSpec, EligibleSpendSpecInput, WhatIfSpec, WhatIfSpecInput } from '../engines/commitments/spec.ts';
export type { MonthOutcome } from '../engines/commitments/simulate.ts';
