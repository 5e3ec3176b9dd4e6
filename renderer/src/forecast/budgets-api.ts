// The budgets methods of WorkbenchApi, as the Forecast view calls them. WAITING: the budgets
// backend (core/api/budgets-contract.ts) is built in parallel; until it lands on main these
// types copy its agreed contract and the calls go through the transport by name. When it lands,
// the types come from the contract and the calls through client.call.
import { ApiFailure, type WorkbenchClient } from '../api/client.ts';
import type { BudgetScope } from './scope.ts';

export const BUDGET_PERIODS = ['month', 'quarter'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

export interface Budget {
  name: string;
  scope: BudgetScope | null;
  period: BudgetPeriod;
  /** YYYY-MM: the first month of the first period. */
  start: string;
  recurring: boolean;
  amount: number;
  currency: string;
  basis: string;
}

export const BUDGET_STATUSES = ['ok', 'forecast-breach', 'breached'] as const;
export type BudgetState = (typeof BUDGET_STATUSES)[number];

export interface BudgetStatus {
  budget: Budget;
  periodStart: string;
  periodEnd: string;
  actual: number;
  forecast: number;
  lower80: number;
  upper80: number;
  status: BudgetState;
  breachDate: string | null;
  breachProbability: number;
}

interface BudgetsMethods {
  budgetsList: { request: Record<string, never>; response: { budgets: Budget[] } };
  budgetsSet: { request: { budget: Budget }; response: { budgets: Budget[] } };
  budgetsRemove: { request: { name: string }; response: { budgets: Budget[] } };
  budgetsStatus: { request: { asOf?: string }; response: { asOf: string; statuses: BudgetStatus[] } };
}

async function call<M extends keyof BudgetsMethods>(client: WorkbenchClient, method: M, payload: BudgetsMethods[M]['request']): Promise<BudgetsMethods[M]['response']> {
  const outcome = await client.transport.call(method, payload);
  if (!outcome.ok) throw new ApiFailure(outcome.error);
  return outcome.result as BudgetsMethods[M]['response'];
}

export const budgetsApi = {
  list: (client: WorkbenchClient) => call(client, 'budgetsList', {}),
  set: (client: WorkbenchClient, budget: Budget) => call(client, 'budgetsSet', { budget }),
  remove: (client: WorkbenchClient, name: string) => call(client, 'budgetsRemove', { name }),
  status: (client: WorkbenchClient) => call(client, 'budgetsStatus', {}),
};
