import { describe, expect, it } from 'vitest';
import type { BudgetStatus } from '../../../core/api/budgets-contract.ts';
import { summarizeBudgets } from './budget-alerts.ts';

const status = (name: string, s: BudgetStatus['status']) => ({ budget: { name }, status: s }) as unknown as BudgetStatus;

describe('summarizeBudgets', () => {
  it('counts breaches and forecast breaches, names them; all ok says so; no budgets says nothing', () => {
    expect(summarizeBudgets([status('A', 'ok'), status('B', 'forecast-breach'), status('C', 'breached'), status('D', 'forecast-breach')])).toEqual({ total: 4, breached: 1, forecastBreach: 2, text: '1 breached, 2 forecast to breach', names: ['C', 'B', 'D'] });
    expect(summarizeBudgets([status('A', 'ok'), status('B', 'ok')])).toMatchObject({ text: '2 ok', names: [] });
    expect(summarizeBudgets([])).toBeNull();
  });
});
