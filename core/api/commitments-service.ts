// The commitments methods of WorkbenchApi over an open workspace. All of them only read, but
// the rate table's set and remove (guard.ts queues them as writes: COMMITMENTS_WRITE_METHODS).
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { listRates, removeRate, setRate } from '../engines/commitments/rates.ts';
import { allDefaultRates } from '../engines/commitments/rate-defaults.ts';
import { run, runEligible, runOptimize, runWhatIf } from '../engines/commitments/run.ts';
import type { commitmentsRequestSchemas, CommitmentsResponseMap } from './commitments-contract.ts';
import type { CallContext } from './progress.ts';

export type CommitmentsApi = {
  [M in keyof CommitmentsResponseMap]: (request: z.infer<(typeof commitmentsRequestSchemas)[M]>, ctx?: CallContext) => Promise<CommitmentsResponseMap[M]>;
};

export function createCommitmentsMethods(ws: Workspace): CommitmentsApi {
  const rates = async () => ({ rates: await listRates(ws.db), defaults: allDefaultRates() });
  return {
    commitmentsStatus: async (req) => run(ws.db, req.spec),
    commitmentsEligible: async (req) => runEligible(ws.db, req.spec),
    commitmentsWhatIf: async (req) => runWhatIf(ws.db, req.spec),
    commitmentsRatesList: rates,
    commitmentsRatesSet: async (req) => {
      await setRate(ws.db, req.rate);
      return rates();
    },
    commitmentsRatesRemove: async (req) => {
      await removeRate(ws.db, req.key);
      return rates();
    },
    commitmentsOptimize: async (req) => runOptimize(ws.db, req.spec),
  };
}
