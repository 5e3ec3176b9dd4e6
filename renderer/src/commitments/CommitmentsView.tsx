// The Commitments view: the Savings Plans and reservations held (figures, coverage, utilization,
// net savings, expiries), coverage and utilization by month, and the what-if builder with the
// optimizer's savings curve. The engine computes; this view draws.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { ElapsedProgress } from '../frame/ElapsedProgress.tsx';
import { MonthSelect } from '../frame/MonthSelect.tsx';
import { NoBillingData } from '../frame/NoBillingData.tsx';
import { ViewFrame } from '../frame/ViewFrame.tsx';
import { useThemeMode } from '../explore/use-theme-mode.ts';
import { formatPeriod } from '../format.ts';
import { InventoryTable } from './InventoryTable.tsx';
import { StatusTiles } from './StatusTiles.tsx';
import { TrendChart } from './TrendChart.tsx';
import { useEngineCall } from './use-engine-call.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { statusSpec, WHOLE_WORKSPACE, type CommitmentsWindow } from './window.ts';
import { ON_DEMAND_BASES, ON_DEMAND_HELP, type OnDemandBasis } from './words.ts';
import './commitments.css';

interface Props {
  client: WorkbenchClient;
  /** The workspace's billing months, YYYY-MM (the window picks from them). */
  billingPeriods: readonly string[];
  onGoToData: () => void;
}

const STATUS_NOTE = 'Reading every commitment’s rows and the eligible usage of the window. This takes a few seconds on a large workspace.';

export function CommitmentsView({ client, billingPeriods, onGoToData }: Props) {
  const mode = useThemeMode();
  const months = useMemo(() => [...new Set(billingPeriods.filter((p) => /^\d{4}-\d{2}$/.test(p)))].sort(), [billingPeriods]);
  const [basis, setBasis] = useState<OnDemandBasis>('List');
  const [window, setWindow] = useState<CommitmentsWindow>(WHOLE_WORKSPACE);
  const spec = useMemo(() => (months.length ? { spec: statusSpec(window, basis) } : null), [months.length, window, basis]);
  const status = useEngineCall(client, 'commitmentsStatus', spec);
  const setFrom = useCallback((fromMonth: string) => setWindow((w) => ({ fromMonth, toMonth: w.toMonth && fromMonth && w.toMonth < fromMonth ? fromMonth : w.toMonth })), []);
  const setTo = useCallback((toMonth: string) => setWindow((w) => ({ toMonth, fromMonth: w.fromMonth && toMonth && w.fromMonth > toMonth ? toMonth : w.fromMonth })), []);

  if (months.length === 0) {
    return (
      <Frame>
        <NoBillingData
          testId="commitments-no-data"
          nothing="there are no commitments to show"
          then="Savings Plans and Reserved Instances show up from their fee and usage rows; hourly data gives the what-if its hour-by-hour figures."
          onGoToData={onGoToData}
        />
      </Frame>
    );
  }

  const result = status.result;
  const currency = result?.currency ?? null;
  return (
    <Frame>
      <div className="controls cm-controls" role="group" aria-label="Commitments settings">
        <label className="control">
          <span className="label">On-demand prices</span>
          <select value={basis} onChange={(e) => setBasis(e.target.value as OnDemandBasis)} title={ON_DEMAND_HELP[basis]} data-testid="cm-basis">
            {ON_DEMAND_BASES.map((b) => (
              <option key={b} value={b}>
                {b} cost
              </option>
            ))}
          </select>
        </label>
        <MonthSelect label="From" testId="cm-from" months={months} value={window.fromMonth} empty={`first month (${formatPeriod(months[0]!)})`} onChange={setFrom} />
        <MonthSelect label="To" testId="cm-to" months={months} value={window.toMonth} empty={`last month (${formatPeriod(months.at(-1)!)})`} onChange={setTo} />
        <p className="muted small cm-basis-note">Coverage and savings are measured against {ON_DEMAND_HELP[basis]}.</p>
      </div>
      {status.error && <ErrorNotice error={status.error} title="Could not read the commitments" />}
      {status.running && status.startedAt !== null && <ElapsedProgress kind="commitments" message="Reading the commitments…" note={STATUS_NOTE} startedAt={status.startedAt} compact={result !== null} />}
      {result && (
        <div className={status.running ? 'cm-status stale' : 'cm-status'} aria-busy={status.running} data-testid="commitments-status">
          {result.notices.map((n) => (
            <p key={n} className="notice warn" role="note" data-testid="status-notice">
              {n}
            </p>
          ))}
          {result.totals.eligible === 0 && (
            <div className="notice warn" role="note" data-testid="commitments-no-eligible">
              <p className="notice-title">No usage eligible for a commitment in this window</p>
              <p>Nothing here is EC2, Fargate, Lambda or another service a Savings Plan or reservation covers (spot usage never is), so coverage cannot be measured and a what-if would save nothing.</p>
            </div>
          )}
          <StatusTiles status={result} />
          {result.commitments.length === 0 ? (
            <div className="card" data-testid="commitments-none">
              <p className="lead">No Savings Plans or reservations in this window.</p>
              <p className="muted">
                The data has no commitment rows (FOCUS CommitmentDiscountId) between these months. Every eligible dollar above ran at on-demand prices: the what-if below shows what a commitment would have saved.
              </p>
            </div>
          ) : (
            <>
              <section className="card" aria-labelledby="cm-trend-title">
                <h2 id="cm-trend-title">Coverage and utilization by month</h2>
                <TrendChart status={result} mode={mode} />
              </section>
              <InventoryTable status={result} />
            </>
          )}
        </div>
      )}
      <WhatIfPanel client={client} window={window} basis={basis} currency={currency} mode={mode} />
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <ViewFrame view="commitments" title="Commitments">
      {children}
    </ViewFrame>
  );
}
