// The chargeback methods of WorkbenchApi over an open workspace. Saving and importing rules and
// the account → owner map are writes: guard.ts queues them (CHARGEBACK_WRITE_METHODS).
import type * as z from 'zod';
import { getChargebackRules, importAccountOwners, listAccountOwners, rulesHistory, run, saveChargebackRules } from '../engines/chargeback/index.ts';
import type { Workspace } from '../store/workspace.ts';
import type { chargebackRequestSchemas, ChargebackResponseMap } from './chargeback-contract.ts';
import type { CallContext } from './progress.ts';

export type ChargebackApi = {
  [M in keyof ChargebackResponseMap]: (request: z.infer<(typeof chargebackRequestSchemas)[M]>, ctx?: CallContext) => Promise<ChargebackResponseMap[M]>;
};

export function createChargebackMethods(ws: Workspace): ChargebackApi {
  return {
    chargeback: async (req) => run(ws.db, req.spec),
    chargebackRulesGet: async () => getChargebackRules(ws.db),
    chargebackRulesSave: async (req) => saveChargebackRules(ws.db, req.rules, req.source ?? null),
    chargebackRulesHistory: async () => ({ versions: await rulesHistory(ws.db) }),
    chargebackRulesImport: async (req) => saveChargebackRules(ws.db, req.document, req.source ?? null, req.source ? `the rules file ${req.source}` : 'the rules file'),
    chargebackAccountOwnersImport: async (req) => ({ owners: await importAccountOwners(ws.db, req.text, req.source ?? null) }),
    chargebackAccountOwnersList: async () => ({ owners: await listAccountOwners(ws.db) }),
  };
}
