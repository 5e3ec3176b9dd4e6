// The commitments methods of WorkbenchApi over an open workspace. All of them only read.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { run, runEligible, runWhatIf } from '../engines/commitments/run.ts';
import type { commitmentsRequestSchemas, CommitmentsResponseMap } from './commitments-contract.ts';
import type { CallContext } from './progress.ts';

export type CommitmentsApi = {
  [M in keyof CommitmentsResponseMap]: (request: z.infer<(typeof commitmentsRequestSchemas)[M]>, ctx?: CallContext) => Promise<CommitmentsResponseMap[M]>;
};

export function createCommitmentsMethods(ws: Workspace): CommitmentsApi {
  return {
    commitmentsStatus: async (req) => run(ws.db, req.spec),
    commitmentsEligible: async (req) => runEligible(ws.db, req.spec),
    commitmentsWhatIf: async (req) => runWhatIf(ws.db, req.spec),
  };
}
