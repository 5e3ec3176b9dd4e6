// The Anomalies view: the costly surprises by impact, each with its daily chart and band, what
// caused it, and yes / no / planned feedback; the detection's thresholds; Explore on a cause. The
// engine (core/engines/anomaly) detects, explains and records; this view draws its answers.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotFields, PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatValue, singleCurrency } from '../explore/number-format.ts';
import { toError } from '../frame/use-workspace.ts';
import { AnomalyDetail } from './AnomalyDetail.tsx';
import { AnomalyList } from './AnomalyList.tsx';
import { DetectionProgress } from './DetectionProgress.tsx';
import { DetectionSettings } from './DetectionSettings.tsx';
import { filterAnomalies, isFiltered, NO_FILTER, scopeDimensions } from './filters.ts';
import { ListFilters } from './ListFilters.tsx';
import { useAnomalies } from './use-anomalies.ts';
import '../explore/explore.css';
import './anomalies.css';
import { ViewFrame } from '../frame/ViewFrame.tsx';

/** Detection compares a day with the same weekday of the 4 weeks before: under 5 weeks of data it has little to go on. */
const HISTORY_NEEDED_DAYS = 35;

interface Props {
  client: WorkbenchClient;
  /** Which workspace and data this is (App's key for the view): what the view remembers is kept per key. */
  memoryKey: string;
  onGoToData: () => void;
  onExplore: (spec: PivotSpec, origin: string) => void;
}

export function AnomaliesView({ client, memoryKey, onGoToData, onExplore }: Props) {
  const [fields, setFields] = useState<PivotFields | null>(null);
  const [fieldsError, setFieldsError] = useState<ApiError | null>(null);
  const { state, detect, select, setFilter, feedbackSaved } = useAnomalies(client, memoryKey, fields !== null && fields.lines > 0);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const { result } = state;
  const listed = useMemo(() => (result ? filterAnomalies(result.anomalies, state.filter) : []), [result, state.filter]);
  const dimensions = useMemo(() => (result ? scopeDimensions(result.anomalies) : []), [result]);

  useEffect(() => {
    client.call('pivotFields', {}).then(setFields, (err: unknown) => setFieldsError(toError(err)));
  }, [client]);

  if (fieldsError) return <ViewFrame view="anomalies" title="Anomalies"><ErrorNotice error={fieldsError} title="Could not read the workspace" /></ViewFrame>;
  if (fields && fields.lines === 0) {
    return (
      <ViewFrame view="anomalies" title="Anomalies">
        <div className="card" data-testid="anomalies-empty">
          <p className="lead">This workspace has no billing data yet, so there is nothing to watch.</p>
          <p>
            Import CUR or FOCUS files, or open the demo workspace, in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            . Detection compares each day with the same weekday of the four weeks before, so it needs at least five weeks of daily cost.
          </p>
        </div>
      </ViewFrame>
    );
  }

  const currency = fields ? singleCurrency(fields.currencies) : null;
  const selected = listed.find((a) => a.id === state.selectedId) ?? listed[0] ?? null;
  const t = result?.spec.thresholds;
  const shortHistory = fields?.range ? (Date.parse(fields.range.last) - Date.parse(fields.range.first)) / 86_400_000 + 1 < HISTORY_NEEDED_DAYS : false;
  return (
    <ViewFrame view="anomalies" title="Anomalies">
      <DetectionSettings current={t ?? null} defaults={state.defaults} running={state.running} onDetect={detect} />
      {state.error && <ErrorNotice error={state.error} title="Could not detect anomalies" />}
      {state.running && state.startedAt !== null && <DetectionProgress startedAt={state.startedAt} compact={result !== null} />}
      {result && (
        <div className={state.running ? 'anomalies-result stale' : 'anomalies-result'} aria-busy={state.running}>
          <p className="view-subtitle anomalies-summary" data-testid="anomalies-summary">
            <strong>
              {result.anomalies.length === 1 ? '1 anomaly' : `${result.anomalies.length} anomalies`}
            </strong>
            {` · ${result.spec.basis} cost · ${result.spec.charges === 'usage' ? 'usage charges' : 'all charges'} · data through ${result.lastDay ?? '—'}`}
            {result.suppressedCount > 0 && ` · ${result.suppressedCount} not shown: the same pattern was marked “no” or “planned”`}
            {result.mixShiftCount > 0 && ` · ${result.mixShiftCount} usage ${result.mixShiftCount === 1 ? 'shift' : 'shifts'} (one usage replacing another in the same account and service) not raised`}
          </p>
          {result.anomalies.length === 0 ? (
            <div className="card" data-testid="anomalies-none">
              <p className="lead">No anomalies at these thresholds.</p>
              <p>
                No day rose above its band by more than {t!.minScore.toLocaleString('en-US')} σ in a series that cost at least {formatValue(t!.minDailyCost, 'money', currency)} that day, with an impact of at least {formatValue(t!.minImpact, 'money', currency)} and {t!.minImpactPct.toLocaleString('en-US')}%
                {result.lastDay ? `, through ${result.lastDay}` : ''}. Lower the thresholds above to see smaller changes.
              </p>
              {shortHistory && fields?.range && (
                <p className="muted">
                  This workspace holds {fields.range.first} to {fields.range.last}: detection compares each day with the same weekday of the four weeks before, so days in the first four weeks have nothing to be compared with. Import earlier months to watch them.
                </p>
              )}
            </div>
          ) : (
            <>
              <ListFilters filter={state.filter} dimensions={dimensions} shown={listed.length} total={result.anomalies.length} onFilter={setFilter} />
              {listed.length === 0 ? (
                <div className="card" data-testid="anomalies-filtered-out">
                  <p>No anomaly matches these filters.</p>
                  {isFiltered(state.filter) && (
                    <button type="button" onClick={() => setFilter(NO_FILTER)}>
                      Show all {result.anomalies.length}
                    </button>
                  )}
                </div>
              ) : (
                <AnomalyList anomalies={listed} selectedId={selected?.id ?? null} currency={currency} onSelect={select} onOpen={() => detailHeading.current?.focus()} />
              )}
              {selected && <AnomalyDetail ref={detailHeading} client={client} anomaly={selected} currency={currency} onFeedback={feedbackSaved} onExplore={onExplore} />}
            </>
          )}
        </div>
      )}
    </ViewFrame>
  );
}

