// The status bar: what the workspace holds at a glance, always visible.
import type { AppWorkspaceInfo, SessionInfo } from '../../../core/api/app-contract.ts';
import { baseName, formatCount, formatPeriodSpan, formatTimestamp } from '../format.ts';
import { originLabel } from '../data/origin.ts';
import type { BudgetAlertSummary } from './budget-alerts.ts';

interface Props {
  session: SessionInfo | null;
  info: AppWorkspaceInfo | null;
  mode: 'ipc' | 'http';
  /** Budgets breached or forecast to breach (null: no budgets); a click opens the Forecast view. */
  budgets: BudgetAlertSummary | null;
  onOpenBudgets: () => void;
}

export function StatusBar({ session, info, mode, budgets, onOpenBudgets }: Props) {
  const alarm = budgets ? (budgets.breached ? 'breached' : budgets.forecastBreach ? 'forecast' : 'ok') : null;
  const periods = info ? [...new Set(info.periods.map((p) => p.billingPeriod))] : [];
  return (
    <footer className="statusbar" aria-label="Workspace status">
      <span title={session?.workspacePath}>
        <span className="status-key">Workspace</span> {session ? baseName(session.workspacePath) : '…'}
        {session?.isDemo && <span className="pill">demo</span>}
      </span>
      <span data-testid="status-periods">
        <span className="status-key">Periods</span> {info ? (periods.length ? `${periods.length} (${formatPeriodSpan(periods)})` : 'none') : '…'}
      </span>
      <span data-testid="status-rows">
        <span className="status-key">Rows</span> {info ? formatCount(info.rows) : '…'}
      </span>
      <span data-testid="status-last-import" title={info?.lastImport?.path ?? undefined}>
        <span className="status-key">Last import</span>{' '}
        {info?.lastImport ? `${originLabel(info.lastImport.path ?? info.lastImport.source)}, ${formatTimestamp(info.lastImport.loadedAt)}` : info ? 'never' : '…'}
      </span>
      {budgets && (
        <button type="button" className={`status-budgets ${alarm}`} data-testid="status-budgets" onClick={onOpenBudgets} title={budgets.names.length ? `Open the Forecast view: ${budgets.names.join(', ')}` : 'Open the Forecast view'}>
          <span className="status-key">Budgets</span> {budgets.text}
        </button>
      )}
      <span className="status-mode">{mode === 'http' ? 'Browser mode · this machine only' : 'Desktop'}</span>
    </footer>
  );
}
