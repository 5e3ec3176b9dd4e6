// One recommendation: what changes and what it saves, where the price came from and the
// commitment it frees, the evidence, the fit (today's size, the target and what it carries with
// the headroom) and the metric chart (rightsizeDetail). A volume, snapshot or stopped instance
// shows what the bill says of it instead (StorageBill.tsx) and its finding in words; an RDS DB
// instance says so, with its engine and deployment.
import { forwardRef, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { Recommendation, RightsizeDetail, RightsizeSpec } from '../../../core/api/rightsizing-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { useThemeMode } from '../explore/use-theme-mode.ts';
import { toError } from '../frame/use-workspace.ts';
import { targetCapacityPct, targetMemoryPct } from './fit.ts';
import { MetricChart } from './MetricChart.tsx';
import { StorageBill } from './StorageBill.tsx';
import { actionLabel, FINDING_TEXT, pct, percentileLabel, priceText, RISK_HELP, RISK_LABEL, STORAGE_RISK_HELP, storageText } from './words.ts';

const UNKNOWN_RESOURCE = 'RIGHTSIZE_UNKNOWN_RESOURCE';
const CPU = 'CPUUtilization';
const MEMORY = 'mem_used_percent';

interface Props {
  client: WorkbenchClient;
  recommendation: Recommendation;
  spec: RightsizeSpec;
  money: (v: number) => string;
  exactMoney: (v: number) => string;
}

/** An RDS DB instance in words: what it is, its engine, and whether a standby doubles it. */
const databaseText = (d: NonNullable<Recommendation['evidence']['database']>): string =>
  ['DB instance', d.engine, d.multiAZ ? 'Multi-AZ (a standby in a second zone: the recommended class keeps it)' : 'Single-AZ'].filter(Boolean).join(' · ');

const bytes = (b: number | null | undefined): string => (b === null || b === undefined ? '—' : b >= 1e9 ? `${(b / 1e9).toFixed(1)} GB` : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} kB`);

export const RecommendationDetail = forwardRef<HTMLHeadingElement, Props>(function RecommendationDetail({ client, recommendation: r, spec, money, exactMoney }, heading) {
  const [detail, setDetail] = useState<RightsizeDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mode = useThemeMode();
  const specKey = JSON.stringify(spec);

  useEffect(() => {
    let live = true;
    setError(null);
    client.call('rightsizeDetail', { resourceId: r.resourceId, spec: JSON.parse(specKey) as RightsizeSpec }).then(
      (d) => live && setDetail(d),
      (err: unknown) => live && (setDetail(null), setError(toError(err))),
    );
    return () => {
      live = false;
    };
  }, [client, r.resourceId, specKey]);

  const shown = detail?.resourceId === r.resourceId ? detail : null;
  const p = percentileLabel(spec.percentile);
  const e = r.evidence;
  const capacity = targetCapacityPct(e, spec.headroomPct);
  const memCapacity = targetMemoryPct(e, spec.headroomPct);
  const chartInput = useMemo(
    () =>
      shown
        ? {
            cpu: shown.series[CPU] ?? [],
            memory: shown.series[MEMORY] ?? [],
            percentile: e?.cpu !== null && e?.cpu !== undefined ? { label: `${p} CPU ${pct(e.cpu)}`, value: e.cpu } : null,
            capacity: capacity !== null && r.recommendedType ? { label: `${r.recommendedType} with ${spec.headroomPct}% headroom: ${pct(capacity)}`, value: capacity } : null,
          }
        : null,
    [shown, e, p, capacity, r.recommendedType, spec.headroomPct],
  );
  const noMetrics = error?.code === UNKNOWN_RESOURCE;
  const storage = storageText(r);
  const isStorage = r.evidence.storage !== undefined;
  const database = r.evidence.database;

  return (
    <section className="card rs-detail" aria-labelledby="rs-detail-title" data-testid="rs-detail">
      <div className="detail-head">
        <h2 id="rs-detail-title" ref={heading} tabIndex={-1} data-testid="rs-detail-title">
          {r.resourceId}
        </h2>
        <span className={`rs-action rs-action-${r.action}`}>{actionLabel(r.action)}</span>
        {r.needsTesting && <span className="badge rs-testing">needs testing</span>}
      </div>
      {database && <p className="rs-database" data-testid="rs-detail-database">{databaseText(database)}</p>}
      <p className="muted rs-who">{[r.owner ? `Owner ${r.owner}` : null, r.accountName ? `${r.accountName} (${r.accountId})` : r.accountId, r.region].filter(Boolean).join(' · ')}</p>
      <dl className="detail-figures">
        <div>
          <dt>Today</dt>
          <dd data-testid="rs-detail-current">{r.currentType ?? '—'}</dd>
        </div>
        <div>
          <dt>Recommended</dt>
          <dd data-testid="rs-detail-target">{r.recommendedType ?? actionLabel(r.action)}</dd>
        </div>
        <div>
          <dt>Costs a month</dt>
          <dd>{money(r.monthlyCost)}</dd>
        </div>
        <div>
          <dt>Saves a month</dt>
          <dd className="rs-savings" data-testid="rs-detail-savings">{money(r.monthlySavings)}</dd>
        </div>
        <div>
          <dt>Risk</dt>
          <dd className={`rs-risk-text rs-risk-${r.risk}`} title={RISK_HELP[r.risk]}>{RISK_LABEL[r.risk] ?? r.risk}</dd>
        </div>
      </dl>
      <p className="rs-price-line" data-testid="rs-detail-price">
        <strong>Priced at:</strong> {priceText(r, money)}.
        {r.price.coveredBy && ' A covered instance keeps its discount, so it saves less than on demand; the commitment it frees must be absorbed by other usage, or it goes unused until it ends.'}
        {r.needsTesting && ' Needs testing: another generation or architecture, priced at public on-demand rates on both sides.'}
      </p>
      {storage && <p className="rs-storage" data-testid="rs-detail-storage"><strong>Storage:</strong> {storage}</p>}
      {isStorage ? (
        <div className="rs-detail-columns">
          <div>
            <h3>What the bill shows</h3>
            {error && <ErrorNotice error={error} title="Could not read the bill" />}
            {!shown && !error && <p className="muted" role="status">Reading the bill…</p>}
            {shown?.bill && <StorageBill bill={shown.bill} kind={shown.kind} sizeGB={r.evidence.storage?.sizeGB ?? null} money={money} exactMoney={exactMoney} />}
          </div>
          <div>
            <h3>Why</h3>
            <p data-testid="rs-detail-finding">{FINDING_TEXT[r.evidence.storage?.finding ?? ''] ?? r.action}</p>
            <p className="muted small">{RISK_LABEL[r.risk] ?? r.risk} risk: {STORAGE_RISK_HELP[r.action] ?? RISK_HELP[r.risk]}.</p>
          </div>
        </div>
      ) : (
      <div className="rs-detail-columns">
        <div>
          <h3>Metrics over the lookback</h3>
          {error && !noMetrics && <ErrorNotice error={error} title="Could not read the metrics" />}
          {noMetrics && <p className="muted" data-testid="rs-detail-no-metrics">No utilization metrics for this resource in the lookback: this recommendation comes from the bill alone.</p>}
          {!shown && !error && <p className="muted" role="status">Reading the metrics…</p>}
          {chartInput && <MetricChart input={chartInput} mode={mode} label={`CPU${chartInput.memory.length ? ' and memory' : ''} maximum of ${r.resourceId} over the lookback, with the ${p} and what the recommended size carries`} />}
          {shown?.note && <p className="muted small">{shown.note}</p>}
        </div>
        <div>
          <h3>The fit</h3>
          <table className="table rs-fit" data-testid="rs-fit">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col" className="num">{p}</th>
                <th scope="col" className="num">Peak</th>
                <th scope="col" className="num">Today</th>
                <th scope="col" className="num">Target</th>
                <th scope="col" className="num" title={`What the target carries with ${spec.headroomPct}% headroom, as a share of today’s size`}>Carries</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">CPU</th>
                <td className="num">{pct(e?.cpu)}</td>
                <td className="num">{pct(e?.cpuMax)}</td>
                <td className="num">{e?.vcpu?.current ? `${e.vcpu.current} vCPU` : '—'}</td>
                <td className="num">{e?.vcpu?.target ? `${e.vcpu.target} vCPU` : '—'}</td>
                <td className="num">{pct(capacity)}</td>
              </tr>
              <tr>
                <th scope="row">Memory</th>
                <td className="num">{pct(e?.memory)}</td>
                <td className="num">—</td>
                <td className="num">{e?.memoryGiB?.current ? `${e.memoryGiB.current} GiB` : '—'}</td>
                <td className="num">{e?.memoryGiB?.target ? `${e.memoryGiB.target} GiB` : '—'}</td>
                <td className="num">{pct(memCapacity)}</td>
              </tr>
            </tbody>
          </table>
          <p className="small">
            {e?.days ?? 0} days of data{e?.networkBytesPerDay !== null && e?.networkBytesPerDay !== undefined ? ` · network ${bytes(e.networkBytesPerDay)} a day in + out` : ''}
            {database?.connectionsMax !== null && database?.connectionsMax !== undefined ? ` · at most ${database.connectionsMax} connections` : ''}
            {e?.memory === null || e?.memory === undefined ? ` · no ${database ? 'FreeableMemory' : 'memory metric'} (CPU only: high risk for a downsize)` : ''}
          </p>
          <p className="muted small">{RISK_LABEL[r.risk] ?? r.risk} risk means: {RISK_HELP[r.risk]}.</p>
        </div>
      </div>
      )}
    </section>
  );
});
