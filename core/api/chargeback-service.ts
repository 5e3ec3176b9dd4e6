// The chargeback methods of WorkbenchApi over an open workspace. Saving and importing rules and
// the account → owner map are writes: guard.ts queues them (CHARGEBACK_WRITE_METHODS).
import type * as z from 'zod';
import { WorkbenchError } from '../errors.ts';
import type { Workspace } from '../store/workspace.ts';
import type { chargebackRequestSchemas, ChargebackResponseMap } from './chargeback-contract.ts';
import type { CallContext } from './progress.ts';

export type ChargebackApi = {
  [M in keyof ChargebackResponseMap]: (request: z.infer<(typeof chargebackRequestSchemas)[M]>, ctx?: CallContext) => Promise<ChargebackResponseMap[M]>;
};

// The contract lands first so the four chargeback engineers build on the same types; the engine
// replaces this in the commits that follow on wip/cb-engine.
const notYet = async (): Promise<never> => {
  throw new WorkbenchError('CHARGEBACK_NOT_BUILT', 'The chargeback engine is not built in this version yet: use a build that includes wip/cb-engine.');
};

export function createChargebackMethods(_ws: Workspace): ChargebackApi {
  return {
    chargeback: notYet,
    chargebackRulesGet: notYet,
    chargebackRulesSave: notYet,
    chargebackRulesHistory: notYet,
    chargebackRulesImport: notYet,
    chargebackAccountOwnersImport: notYet,
    chargebackAccountOwnersList: notYet,
  };
}
