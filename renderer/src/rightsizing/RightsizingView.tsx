// The Rightsizing view (issue 17, item 4): recommendations by monthly savings with CPU sparklines,
// the settings a FinOps analyst sets (lookback, percentile, headroom, memory), filters by account
// and owner tag, a summary by action, the engine's warnings, a detail with the metric chart and
// the fit, and the ticket list as CSV / Excel. The engine (core/engines/rightsizing) decides and
// prices; this view draws its answers: `rightsize`, `rightsizeSparklines`, `rightsizeDetail`,
// `rightsizeExport`. Filters go into the engine's spec, so the summary and the export follow them.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotFields } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { useEngineCall } from '../commitments/use-engine-call.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { defaultSpec } from '../explore/spec-edit.ts';
import { formatExactMoney, formatValue, singleCurrency } from '../explore/number-format.ts';
import { ElapsedProgress } from '../frame/ElapsedProgress.tsx';
import { ViewFrame } from '../frame/ViewFrame.tsx';
import { toError } from '../frame/use-workspace.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { RecommendationDetail } from './RecommendationDetail.tsx';
import { RecommendationList } from './RecommendationList.tsx';
import { DEFAULT_SETTINGS, isFiltered, NO_FILTERS, ownerKeyOf, specOf, type Filters, type Settings } from './settings.ts';
import { SettingsBar } from './SettingsBar.tsx';
import { SummaryTiles, Warnings } from './SummaryTiles.tsx';
import { MAX_SPARKLINES } from './limits.ts';
import '../explore/explore.css';
import '../anomalies/anomalies.css';
import './rightsizing.css';

const NO_METRICS = 'RIGHTSIZE_NO_METRICS';
/** How the engine's warning for a workspace without CPU metrics begins (core/engines/rightsizing/lookback.ts). */
const BILL_ONLY_WARNING = 'No utilization metrics imported';
/** Owner values offered: the instance-hours lines' (EC2), biggest cost first. */
const EC2_ONLY = [{ dimension: 'x_ServiceCode', op: 'in' as const, values: ['AmazonEC2'] }];

interface Props {
  client: WorkbenchClient;
  onGoToData: () => void;
}

export function RightsizingView({ client, onGoToData }: Props) {
  const [fields, setFields] = useState<PivotFields | null>(null);
  const [fieldsError, setFieldsError] = useState<ApiError | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [tagValues, setTagValues] = useState<string[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    client.call('pivotFields', {}).then(
      (f) => {
        setFields(f);
        setFilters((x) => ({ ...x, tagKey: x.tagKey ?? ownerKeyOf(f.tagKeys.map((t) => t.key)) }));
      },
      (err: unknown) => setFieldsError(toError(err)),
    );
  }, [client]);

  useEffect(() => {
    if (!filters.tagKey) return setTagValues([]);
    let live = true;
    client.call('pivotValues', { spec: { ...defaultSpec(null), filters: EC2_ONLY }, dimension: `tag:${filters.tagKey}`, limit: 500 }).then(
      (v) => live && setTagValues(v.values.flatMap((x) => (x.key === null ? [] : [x.key]))),
      () => live && setTagValues([]),
    );
    return () => {
      live = false;
    };
  }, [client, filters.tagKey]);

  const ready = fields !== null && fields.lines > 0;
  const base = useEngineCall(client, 'rightsize', ready ? { spec: specOf(settings) } : null);
  const narrowed = useEngineCall(client, 'rightsize', ready && isFiltered(filters) ? { spec: specOf(settings, filters) } : null);
  const call = isFiltered(filters) ? narrowed : base;
  const result = call.result;
  // sparklines for the unfiltered list: a filter picks among them, nothing is read again
  const sparkIds = useMemo(() => (base.result ? base.result.recommendations.slice(0, MAX_SPARKLINES).map((r) => r.resourceId) : null), [base.result]);
  const sparks = useEngineCall(client, 'rightsizeSparklines', sparkIds ? { resourceIds: sparkIds, spec: specOf(settings) } : null);
  const accounts = useMemo(() => {
    const seen = new Map<string, string | null>();
    for (const r of base.result?.recommendations ?? []) if (!seen.has(r.accountId)) seen.set(r.accountId, r.accountName ?? null);
    return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
  }, [base.result]);

  const currency = fields ? (singleCurrency(fields.currencies) ?? 'USD') : 'USD';
  const money = (v: number) => formatValue(v, 'money', currency);
  const exactMoney = (v: number) => formatExactMoney(v, currency);

  if (fieldsError) return <ViewFrame view="rightsizing" title="Rightsizing"><ErrorNotice error={fieldsError} title="Could not read the workspace" /></ViewFrame>;
  if (fields && fields.lines === 0) {
    return (
      <ViewFrame view="rightsizing" title="Rightsizing">
        <div className="card" data-testid="rs-empty">
          <p className="lead">This workspace has no billing data yet, so there is nothing to size.</p>
          <p>
            Import a bill with its CloudWatch metrics (the folder <code>generate</code> writes holds both), or open the demo workspace, in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            .
          </p>
        </div>
      </ViewFrame>
    );
  }

  const recs = result?.recommendations ?? [];
  const selected = recs.find((r) => r.resourceId === selectedId) ?? recs[0] ?? null;
  const spec = specOf(settings, filters);
  return (
    <ViewFrame view="rightsizing" title="Rightsizing">
      <SettingsBar
        settings={settings}
        filters={filters}
        accounts={accounts}
        tagKeys={fields?.tagKeys.map((t) => t.key) ?? []}
        tagValues={tagValues}
        onSettings={setSettings}
        onFilters={setFilters}
      />
      {call.error?.code === NO_METRICS ? (
        <div className="card" data-testid="rs-no-metrics">
          <p className="lead">No utilization metrics in this workspace, so no instance can be sized.</p>
          <p>
            Import the CloudWatch metric files (CPUUtilization, and mem_used_percent from the CloudWatch agent) beside the bill in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            : CloudWatch <code>get-metric-data</code> or <code>get-metric-statistics</code> JSON, a metrics CSV, or Compute Optimizer’s export.
          </p>
        </div>
      ) : (
        call.error && <ErrorNotice error={call.error} title="Could not size the instances" />
      )}
      {call.running && call.startedAt !== null && (
        <ElapsedProgress kind="rs" message="Sizing instances from their metrics…" note="Reading each instance’s CPU and memory maxima over the lookback, fitting the smallest size of its family and pricing it at your rates in the bill." startedAt={call.startedAt} compact={result !== null} />
      )}
      {result && (
        <div className={call.running ? 'rs-result stale' : 'rs-result'} aria-busy={call.running} data-testid="rs-result">
          <div className="rs-summary-row">
            <SummaryTiles result={result} money={money} />
            <ExportButtons client={client} spec={spec} disabled={call.running} />
          </div>
          {!result.metrics && (
            <div className="card" data-testid="rs-bill-only">
              <p className="lead">No utilization metrics in this workspace: instances were not sized.</p>
              <p>
                What is listed comes from the bill alone: snapshots billed for 90 days or more. Import the CloudWatch metric files (CPUUtilization, mem_used_percent from the CloudWatch agent, and the EBS volumes’ VolumeReadOps and VolumeWriteOps) beside the bill in{' '}
                <button type="button" className="link" onClick={onGoToData}>
                  Data
                </button>{' '}
                to size instances and find unused volumes and stopped instances’ storage.
              </p>
            </div>
          )}
          {/* the engine's no-metrics warning is the card above, in the view's words */}
          <Warnings warnings={result.metrics ? result.warnings : result.warnings.filter((w) => !w.startsWith(BILL_ONLY_WARNING))} />
          {recs.length === 0 ? (
            <div className="card" data-testid="rs-none">
              <p className="lead">{result.metrics ? 'No change advised at these settings' : 'Nothing to advise from the bill alone'}{isFiltered(filters) ? ' and filters' : ''}.</p>
              {result.metrics ? <p>Every instance assessed is the smallest size of its family that carries its {settings.percentile === 'max' ? 'peak' : settings.percentile} CPU{settings.includeMemory ? ' and memory' : ''} with {settings.headroomPct}% headroom, and no cheaper newer generation is priced in the bill.</p> : <p>The bill alone shows no snapshot billed for 90 days or more.</p>}
            </div>
          ) : (
            <>
              <RecommendationList recommendations={recs} spec={spec} sparklines={sparks.result} selectedId={selected?.resourceId ?? null} money={money} onSelect={setSelectedId} onOpen={() => detailHeading.current?.focus()} />
              {selected && <RecommendationDetail ref={detailHeading} client={client} recommendation={selected} spec={spec} money={money} exactMoney={exactMoney} />}
            </>
          )}
        </div>
      )}
    </ViewFrame>
  );
}
