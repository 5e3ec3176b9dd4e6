// The app frame: top bar, view list, the current view, status bar.
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { AppEvent } from '../../core/api/app-contract.ts';
import { bridge, type WorkbenchClient } from './api/client.ts';
import { Nav } from './frame/Nav.tsx';
import { NotBuilt } from './frame/NotBuilt.tsx';
import { StatusBar } from './frame/StatusBar.tsx';
import { WorkspaceMenu } from './frame/WorkspaceMenu.tsx';
import { applyTheme, loadThemeChoice, nextTheme, resolvedTheme, type ThemeChoice } from './frame/theme.ts';
import { useWorkspace } from './frame/use-workspace.ts';
import { useBudgetAlerts } from './frame/use-budget-alerts.ts';
import { ErrorNotice } from './data/ErrorNotice.tsx';
// views are lazy chunks (lazy-views.ts): a view's code, its grid and echarts load when it is opened
import { DataView, ExploreView, TagsView, ChargebackView, ForecastView, AnomaliesView, CommitmentsView, RightsizingView, ReviewView } from './lazy-views.ts';
import { singleCurrency } from './explore/number-format.ts';
import type { ExploreRequest } from './explore/ExploreView.tsx';
import { VIEWS, viewById } from './views.ts';

function viewFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '');
  return viewById(id) ? id : 'data';
}

export function App({ client }: { client: WorkbenchClient }) {
  const workspace = useWorkspace(client);
  const budgets = useBudgetAlerts(client, workspace.session, workspace.info);
  const [view, setViewState] = useState(viewFromHash);
  const [theme, setTheme] = useState<ThemeChoice>(loadThemeChoice);
  const [shellRequest, setShellRequest] = useState<AppEvent | null>(null);
  // a pivot another view opens Explore on (an anomaly's cause); any other move to a view drops it
  const [exploreRequest, setExploreRequest] = useState<ExploreRequest | null>(null);

  const setView = useCallback((id: string) => {
    setExploreRequest(null);
    setViewState(id);
    if (window.location.hash !== `#/${id}`) window.history.replaceState(null, '', `#/${id}`);
    document.getElementById('main')?.focus();
  }, []);

  useEffect(() => {
    const onHash = () => setViewState(viewFromHash());
    window.addEventListener('hashchange', onHash);
    // Alt+1..9 jump to a view from anywhere
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      const target = Number.isInteger(n) && n >= 1 ? VIEWS[n - 1] : undefined;
      if (target) {
        e.preventDefault();
        setView(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    // a file dropped outside the drop zone must not replace the app with the file's contents
    const stopDrop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stopDrop);
    window.addEventListener('drop', stopDrop);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', stopDrop);
      window.removeEventListener('drop', stopDrop);
    };
  }, [setView]);

  // the desktop menu talks to the window through app events
  useEffect(() => {
    const b = bridge();
    if (!b) return;
    return b.on('app', (e) => {
      if (e.type === 'navigate' && viewById(e.view)) setView(e.view);
      else if (e.type === 'workspace-changed') workspace.setSession(e.session);
      else {
        setView('data');
        setShellRequest(e);
      }
    });
  }, [setView, workspace.setSession]);

  const openExplore = (request: ExploreRequest) => {
    setView('explore');
    setExploreRequest(request);
  };

  const toggleTheme = () => {
    const next = nextTheme(theme);
    applyTheme(next);
    setTheme(next);
  };

  const current = viewById(view) ?? VIEWS[0];
  // another workspace or an import starts a view afresh
  const dataKey = workspace.info ? `${workspace.session?.workspacePath ?? ''}|${workspace.info.rows}|${workspace.info.lastImport?.id ?? ''}` : '';
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          FinOps Workbench
        </div>
        <div className="topbar-actions">
          <WorkspaceMenu client={client} workspace={workspace} />
          <button type="button" className="ghost" onClick={toggleTheme} aria-label={`Switch to ${resolvedTheme(theme) === 'dark' ? 'light' : 'dark'} theme`}>
            {resolvedTheme(theme) === 'dark' ? 'Light theme' : 'Dark theme'}
          </button>
        </div>
      </header>
      <Nav views={VIEWS} current={view} onSelect={setView} />
      <main id="main" tabIndex={-1}>
        {/* while a view's chunk loads: one quiet line where the view will be, as for a workspace being read */}
        <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
        {current?.id === 'data' ? (
          workspace.session ? (
            // keyed by workspace: the import attempts of the last one do not belong to the new one.
            // Mounted only once the session is known, so a path typed at once is not wiped by a remount.
            <DataView key={workspace.session.workspacePath} client={client} workspace={workspace} shellRequest={shellRequest} onShellRequestHandled={() => setShellRequest(null)} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'explore' ? (
          workspace.info ? (
            // keyed by workspace and its data: another workspace or an import starts from its own fields
            <ExploreView key={`${dataKey}|${exploreRequest?.origin ?? ''}`} client={client} onGoToData={() => setView('data')} request={exploreRequest} onBack={(id) => setView(id)} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'tags' ? (
          workspace.info ? (
            // keyed like Explore: another workspace or an import audits again from the start
            <TagsView key={`${workspace.session?.workspacePath ?? ''}|${workspace.info.rows}|${workspace.info.lastImport?.id ?? ''}`} client={client} onGoToData={() => setView('data')} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'chargeback' ? (
          workspace.info ? (
            // keyed like Explore: another workspace or an import starts from its own fields and rules
            <ChargebackView key={`${workspace.session?.workspacePath ?? ''}|${workspace.info.rows}|${workspace.info.lastImport?.id ?? ''}`} client={client} billingPeriods={workspace.info.periods.map((p) => p.billingPeriod)} onGoToData={() => setView('data')} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'forecast' ? (
          workspace.info ? (
            // keyed like Explore: another workspace or an import forecasts afresh
            <ForecastView key={`${workspace.session?.workspacePath ?? ''}|${workspace.info.rows}|${workspace.info.lastImport?.id ?? ''}`} client={client} onGoToData={() => setView('data')} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'anomalies' ? (
          workspace.info ? (
            <AnomaliesView key={dataKey} memoryKey={dataKey} client={client} onGoToData={() => setView('data')} onExplore={(spec, origin) => openExplore({ spec, origin: `the anomaly ${origin}`, backTo: 'anomalies' })} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'commitments' ? (
          workspace.info ? (
            <CommitmentsView key={dataKey} client={client} billingPeriods={workspace.info.periods.map((p) => p.billingPeriod)} onGoToData={() => setView('data')} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current?.id === 'rightsizing' ? (
          workspace.info ? <RightsizingView key={dataKey} client={client} onGoToData={() => setView('data')} /> : workspace.loadError ? <ErrorNotice error={workspace.loadError} title="Could not read the workspace" /> : <p className="muted" role="status">Reading the workspace…</p>
        ) : current?.id === 'review' ? (
          workspace.info ? (
            <ReviewView key={dataKey} client={client} billingPeriods={workspace.info.periods.map((p) => p.billingPeriod)} currency={singleCurrency(workspace.info.currencies)} onGoToData={() => setView('data')} />
          ) : workspace.loadError ? (
            <ErrorNotice error={workspace.loadError} title="Could not read the workspace" />
          ) : (
            <p className="muted" role="status">Reading the workspace…</p>
          )
        ) : current ? (
          <NotBuilt view={current} onGoToData={() => setView('data')} />
        ) : null}
        </Suspense>
      </main>
      <StatusBar session={workspace.session} info={workspace.info} mode={client.kind} budgets={budgets} onOpenBudgets={() => setView('forecast')} />
    </div>
  );
}
