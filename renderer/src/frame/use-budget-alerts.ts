// Budget alerts for the status bar: budgetsStatus when the workspace or its data change, and
// again every minute so a budget set in another view (or from the command line) shows up.
// A workspace without budgets or data answers nothing to show; a failure is not the frame's to report.
import { useEffect, useState } from 'react';
import type { AppWorkspaceInfo, SessionInfo } from '../../../core/api/app-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { summarizeBudgets, type BudgetAlertSummary } from './budget-alerts.ts';

const POLL_MS = 60_000;

export function useBudgetAlerts(client: WorkbenchClient, session: SessionInfo | null, info: AppWorkspaceInfo | null): BudgetAlertSummary | null {
  const [summary, setSummary] = useState<BudgetAlertSummary | null>(null);
  const dataKey = `${session?.workspacePath ?? ''}|${info?.rows ?? ''}|${info?.lastImport?.id ?? ''}`;
  useEffect(() => {
    if (!session) return;
    let live = true;
    const load = () =>
      client.call('budgetsStatus', {}).then(
        (r) => live && setSummary(summarizeBudgets(r.statuses)),
        () => live && setSummary(null),
      );
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [client, session, dataKey]);
  return summary;
}
