// The workspace's budgets and their status now (actual and forecast against each, breach date
// and probability, all computed in core). Read once, and again after every change.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';
import { budgetsApi, type Budget, type BudgetImportFormat, type BudgetStatus, type RefusedBudget } from './budgets-api.ts';

export interface BudgetsState {
  budgets: Budget[];
  statuses: BudgetStatus[];
  /** The day the statuses are computed as of. */
  asOf: string | null;
  loading: boolean;
  error: ApiError | null;
  set: (budget: Budget) => Promise<void>;
  remove: (name: string) => Promise<void>;
  /** Imports a CSV or an AWS Budgets export; the count and the budgets left out come back. */
  importText: (format: BudgetImportFormat, text: string, skipUnmappable: boolean) => Promise<{ imported: number; refused: RefusedBudget[] }>;
}

export function useBudgets(client: WorkbenchClient): BudgetsState {
  const [budgets, setBudgets] = useState<Budget[]>([]);
  const [statuses, setStatuses] = useState<BudgetStatus[]>([]);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const readStatus = useCallback(async () => {
    const s = await budgetsApi.status(client);
    setStatuses(s.statuses);
    setAsOf(s.asOf);
  }, [client]);

  useEffect(() => {
    let live = true;
    Promise.all([budgetsApi.list(client), budgetsApi.status(client)]).then(
      ([l, s]) => {
        if (!live) return;
        setBudgets(l.budgets);
        setStatuses(s.statuses);
        setAsOf(s.asOf);
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(toError(err));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  // a change throws to its form (which shows the error where it was made), then the statuses follow
  const set = useCallback(
    async (budget: Budget) => {
      const r = await budgetsApi.set(client, budget);
      setBudgets(r.budgets);
      await readStatus().catch((err: unknown) => setError(toError(err)));
    },
    [client, readStatus],
  );
  const remove = useCallback(
    async (name: string) => {
      const r = await budgetsApi.remove(client, name);
      setBudgets(r.budgets);
      await readStatus().catch((err: unknown) => setError(toError(err)));
    },
    [client, readStatus],
  );

  const importText = useCallback(
    async (format: BudgetImportFormat, text: string, skipUnmappable: boolean) => {
      const r = await budgetsApi.import(client, format, text, skipUnmappable);
      setBudgets(r.budgets);
      await readStatus().catch((err: unknown) => setError(toError(err)));
      return { imported: r.imported, refused: r.refused };
    },
    [client, readStatus],
  );

  return { budgets, statuses, asOf, loading, error, set, remove, importText };
}
