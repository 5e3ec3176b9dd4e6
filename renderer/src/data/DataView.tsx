// The Data view: what the workspace holds, importing more, and removing billing periods, metrics imports and business metrics.
import { useCallback, useEffect, useState } from 'react';
import type { AppEvent } from '../../../core/api/app-contract.ts';
import type { ImportRecord, PeriodSummary } from '../../../core/api/contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { baseName, formatCount, formatMoney, formatPeriod, formatPeriodSpan } from '../format.ts';
import { toError, type WorkspaceState } from '../frame/use-workspace.ts';
import { useImport } from './use-import.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { PeriodsTable } from './PeriodsTable.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { EmptyWorkspace } from './EmptyWorkspace.tsx';
import { SourcesPanel } from './sources/SourcesPanel.tsx';
import { BusinessMetricsPanel } from './business-metrics/BusinessMetricsPanel.tsx';
import { useConnections } from './sources/use-connections.ts';
import { usePull } from './sources/use-pull.ts';

interface Props {
  client: WorkbenchClient;
  workspace: WorkspaceState;
  shellRequest: AppEvent | null;
  onShellRequestHandled: () => void;
}

export function DataView({ client, workspace, shellRequest, onShellRequestHandled }: Props) {
  const { info, loadError, refresh } = workspace;
  const imports = useImport(client, refresh);
  const sources = useConnections(client, workspace.session?.workspacePath);
  const pulls = usePull(client, refresh);
  const [removing, setRemoving] = useState(false);
  const [notice, setNotice] = useState<{ ok: string } | { error: ApiError; title: string } | null>(null);

  const removePeriod = useCallback(
    async (p: PeriodSummary) => {
      setRemoving(true);
      setNotice(null);
      try {
        const r = await client.call('removePeriod', { billingPeriod: p.billingPeriod, billingAccountId: p.billingAccountId, providerName: p.providerName });
        setNotice({ ok: `Removed ${formatPeriod(p.billingPeriod)} for billing account ${p.billingAccountId}: ${formatCount(r.rowsRemoved)} ${r.rowsRemoved === 1 ? 'row' : 'rows'} deleted.` });
      } catch (err) {
        setNotice({ error: toError(err), title: 'Could not remove the period' });
      } finally {
        setRemoving(false);
        await refresh();
      }
    },
    [client, refresh],
  );

  const removeMetrics = useCallback(
    async (r: ImportRecord) => {
      setRemoving(true);
      setNotice(null);
      try {
        const out = await client.call('removeMetricsImport', { importId: r.id });
        setNotice({ ok: `Removed the metrics import ${baseName(r.path ?? r.source)}: ${formatCount(out.rowsRemoved)} metric ${out.rowsRemoved === 1 ? 'row' : 'rows'} deleted.` });
      } catch (err) {
        setNotice({ error: toError(err), title: 'Could not remove the metrics import' });
      } finally {
        setRemoving(false);
        await refresh();
      }
    },
    [client, refresh],
  );

  useEffect(() => setNotice(null), [workspace.session?.workspacePath]);

  const empty = info !== null && info.rows === 0 && info.imports.length === 0;
  const multi = (info?.totals.length ?? 0) > 1;
  return (
    <section className="view" aria-labelledby="view-title">
      <h1 id="view-title">Data</h1>
      {loadError && <ErrorNotice error={loadError} title="Could not read the workspace" />}
      {empty && <EmptyWorkspace client={client} workspace={workspace} />}
      {info && !empty && (
        <div className="tiles" data-testid="summary">
          <Tile label="Billing periods" value={String(new Set(info.periods.map((p) => p.billingPeriod)).size)} sub={formatPeriodSpan(info.periods.map((p) => p.billingPeriod)) || 'none'} />
          <Tile label="Line items" value={formatCount(info.rows)} sub={`${info.providers.join(', ') || 'no provider'}`} />
          {info.totals.map((t) => (
            <Tile key={`b-${t.currency}`} label={`Billed cost${multi ? ` (${t.currency})` : ''}`} value={formatMoney(t.billedCost, t.currency)} sub="what the invoices charge" testId={`tile-billed-${t.currency}`} />
          ))}
          {info.totals.map((t) => (
            <Tile key={`e-${t.currency}`} label={`Effective cost${multi ? ` (${t.currency})` : ''}`} value={formatMoney(t.effectiveCost, t.currency)} sub="amortized: commitments spread over their term" testId={`tile-effective-${t.currency}`} />
          ))}
        </div>
      )}
      <ImportPanel client={client} imports={imports} shellRequest={shellRequest} onShellRequestHandled={onShellRequestHandled} />
      <SourcesPanel client={client} sources={sources} pulls={pulls} busy={imports.running} />
      {notice && ('ok' in notice ? <div className="notice ok" role="status">{notice.ok}</div> : <ErrorNotice error={notice.error} title={notice.title} />)}
      {info && info.periods.length > 0 && <PeriodsTable periods={info.periods} totals={info.totals} busy={removing || imports.running || pulls.running !== null} onRemove={removePeriod} />}
      {info && <BusinessMetricsPanel client={client} />}
      {info && <ImportHistory imports={info.imports} failed={info.failedImports} onRemoveMetrics={removeMetrics} busy={removing || imports.running || pulls.running !== null} />}
    </section>
  );
}

function Tile({ label, value, sub, testId }: { label: string; value: string; sub: string; testId?: string }) {
  return (
    <div className="tile" data-testid={testId}>
      <div className="tile-label">{label}</div>
      <div className="tile-value">{value}</div>
      <div className="tile-sub">{sub}</div>
    </div>
  );
}
