// The budgets methods of WorkbenchApi (core/api/budgets-contract.ts), as the Forecast view calls them.
import type { Budget } from '../../../core/api/budgets-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';

export type { Budget, BudgetStatus, BudgetPeriod, BudgetStatusName as BudgetState } from '../../../core/api/budgets-contract.ts';

export type BudgetImportFormat = 'csv' | 'aws';
export type { RefusedBudget } from '../../../core/api/budgets-contract.ts';

/** The contract's periods, in the order the form offers them. */
export const BUDGET_PERIODS = ['month', 'quarter'] as const satisfies readonly Budget['period'][];

export const budgetsApi = {
  list: (client: WorkbenchClient) => client.call('budgetsList', {}),
  set: (client: WorkbenchClient, budget: Budget) => client.call('budgetsSet', { budget }),
  remove: (client: WorkbenchClient, name: string) => client.call('budgetsRemove', { name }),
  status: (client: WorkbenchClient) => client.call('budgetsStatus', {}),
  import: (client: WorkbenchClient, format: BudgetImportFormat, text: string, skipUnmappable: boolean) => client.call('budgetsImport', { format, text, ...(skipUnmappable ? { skipUnmappable } : {}) }),
};
