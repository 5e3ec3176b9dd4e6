// One anomaly: its figures, the daily chart with the expected band and its days shaded, the root
// causes, the series that saw the same incident, feedback, and Explore on the cause. The list's
// record (which follows feedback) is drawn; the engine's detail adds the series and the pivot spec.
import { forwardRef, useEffect, useState } from 'react';
import type { Anomaly, AnomalyDetail as Detail, Feedback } from '../../../core/api/anomaly-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatValue } from '../explore/number-format.ts';
import { useThemeMode } from '../explore/use-theme-mode.ts';
import { toError } from '../frame/use-workspace.ts';
import { AnomalyChart } from './AnomalyChart.tsx';
import { peakDay } from './chart-options.ts';
import { exploreSpecOf } from './explore-link.ts';
import { FeedbackPanel } from './FeedbackPanel.tsx';
import { RootCauses } from './RootCauses.tsx';
import { anomalyTitle, dayCount, dimensionName, scopeText } from './words.ts';

interface Props {
  client: WorkbenchClient;
  anomaly: Anomaly;
  currency: string | null;
  onFeedback: (id: string, feedback: Feedback) => void;
  onExplore: (spec: PivotSpec, origin: string) => void;
}

export const AnomalyDetail = forwardRef<HTMLHeadingElement, Props>(function AnomalyDetail({ client, anomaly, currency, onFeedback, onExplore }, heading) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mode = useThemeMode();
  const money = (v: number | null | undefined) => formatValue(v, 'money', currency);

  useEffect(() => {
    let live = true;
    setError(null);
    client.call('anomalyDetail', { id: anomaly.id }).then(
      (d) => live && setDetail(d),
      (err: unknown) => live && (setDetail(null), setError(toError(err))),
    );
    return () => {
      live = false;
    };
  }, [client, anomaly.id]);

  const title = anomalyTitle(anomaly);
  const shown = detail?.anomaly.id === anomaly.id ? detail : null;
  const peak = shown ? peakDay(shown.series) : null;
  const days = dayCount(anomaly);
  const explore = (cause?: { dimension: string }) => shown && onExplore(exploreSpecOf(shown.explore, cause?.dimension), title);
  const others = anomaly.seenIn.slice(1);

  return (
    <section className="card anomaly-detail" aria-labelledby="anomaly-detail-title" data-testid="anomaly-detail">
      <div className="detail-head">
        <h2 id="anomaly-detail-title" ref={heading} tabIndex={-1} data-testid="detail-title">
          {title}
        </h2>
        <span className="grow" />
        <button type="button" disabled={!shown} onClick={() => explore()} title="Explore the scope by its causes, by day, over the chart’s days">
          Open in Explore
        </button>
      </div>
      <dl className="detail-figures" data-testid="detail-figures">
        <div>
          <dt>Actual</dt>
          <dd>{money(anomaly.actual)}</dd>
        </div>
        <div>
          <dt>Expected</dt>
          <dd>{money(anomaly.expected)}</dd>
        </div>
        <div>
          <dt>Impact</dt>
          <dd className="impact">
            {money(anomaly.impact)} ({anomaly.impactPct === null ? 'a new cost' : formatValue(anomaly.impactPct / 100, 'ratio', null)})
          </dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd>{anomaly.score.toFixed(1)} σ</dd>
        </div>
        <div>
          <dt>Days</dt>
          <dd>{days === 1 ? '1 day' : `${days} days`}</dd>
        </div>
      </dl>
      {error && <ErrorNotice error={error} title="Could not read this anomaly’s days" />}
      {!shown && !error && (
        <p className="muted small" role="status">
          <span className="spinner" aria-hidden="true" /> Reading its days…
        </p>
      )}
      {shown && (
        <>
          <AnomalyChart series={shown.series} start={anomaly.start} end={anomaly.end} currency={currency} mode={mode} title={scopeText(anomaly.scope)} />
          {peak && (
            <p className="small peak-day" data-testid="peak-day">
              Largest day {peak.date}: {money(peak.actual)} against {peak.expected === null ? 'nothing' : money(peak.expected)} expected
              {peak.lower !== null && peak.upper !== null ? ` (band ${money(peak.lower)} – ${money(peak.upper)})` : ''}.
            </p>
          )}
        </>
      )}
      <div className="detail-columns">
        <div className="detail-causes">
          <h3>Root causes</h3>
          <RootCauses anomaly={anomaly} currency={currency} onExplore={(dimension) => explore({ dimension })} />
          {others.length > 0 && (
            <p className="muted small seen-in">
              Also seen in: {others.map((s) => (s.value === '' ? dimensionName(s.dimension) : `${dimensionName(s.dimension)} = ${s.value}`)).join(', ')}. One incident, reported once.
            </p>
          )}
        </div>
        <FeedbackPanel client={client} anomaly={anomaly} onSaved={onFeedback} />
      </div>
    </section>
  );
});
