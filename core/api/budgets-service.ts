// The budgets methods of WorkbenchApi over an open workspace. Setting, removing and importing
// budgets are writes: guard.ts queues them with the workspace's other writes (WRITE_METHODS).
import type * as z from 'zod';
import { budgetsStatus, importBudgets, listBudgets, parseBudget, removeBudget, saveBudgets } from '../engines/budgets/index.ts';
import type { Workspace } from '../store/workspace.ts';
import type { budgetsRequestSchemas, BudgetsResponseMap } from './budgets-contract.ts';
import type { CallContext } from './progress.ts';

export type BudgetsApi = {
  [M in keyof BudgetsResponseMap]: (request: z.infer<(typeof budgetsRequestSchemas)[M]>, ctx?: CallContext) => Promise<BudgetsResponseMap[M]>;
};

export function createBudgetsMethods(ws: Workspace): BudgetsApi {
  const list = async () => ({ budgets: await listBudgets(ws.db) });
  return {
    budgetsList: list,
    budgetsSet: async (req) => {
      await saveBudgets(ws.db, [parseBudget(req.budget, `budget "${req.budget.name}"`)], 'typed');
      return list();
    },
    budgetsRemove: async (req) => {
      await removeBudget(ws.db, req.name.trim());
      return list();
    },
    budgetsImport: async (req) => {
      const outcome = await importBudgets(ws.db, req.format, req.text, req.skipUnmappable ?? false);
      return { ...(await list()), ...outcome };
    },
    budgetsStatus: async (req) => budgetsStatus(ws.db, req),
  };
}
