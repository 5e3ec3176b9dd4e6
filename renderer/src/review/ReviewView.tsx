// The Review view: one month's review pack previewed slide by slide (the pack is built in core by
// reviewPack from the engines' results; this view draws it), a comment per slide saved in the
// workspace, and the pack exported as PowerPoint or PDF. PageUp / PageDown move between slides.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbenchClient } from '../api/client.ts';
import { useEngineCall } from '../commitments/use-engine-call.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import type { Basis } from '../explore/labels.ts';
import { BasisSelect } from '../frame/BasisSelect.tsx';
import { ElapsedProgress } from '../frame/ElapsedProgress.tsx';
import { MonthSelect } from '../frame/MonthSelect.tsx';
import { NoBillingData } from '../frame/NoBillingData.tsx';
import { ViewFrame } from '../frame/ViewFrame.tsx';
import { formatPeriod, formatTimestamp } from '../format.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { PendingSaves } from './pending-saves.ts';
import { defaultReviewMonth, reviewMonths } from './periods.ts';
import { SlideCard } from './SlideCard.tsx';
import { useSlideKeys } from './use-slide-keys.ts';
import { PACK_NOTE } from './words.ts';
import '../explore/explore.css';
import './review.css';

interface Props {
  client: WorkbenchClient;
  /** The workspace's billing periods (YYYY-MM, any order, repeats allowed). */
  billingPeriods: readonly string[];
  /** The workspace's one currency, or null when it has several or none. */
  currency: string | null;
  onGoToData: () => void;
}

export function ReviewView({ client, billingPeriods, currency, onGoToData }: Props) {
  const months = useMemo(() => reviewMonths(billingPeriods), [billingPeriods]);
  const [period, setPeriod] = useState<string | null>(() => defaultReviewMonth(months, new Date().toISOString().slice(0, 10)));
  const [basis, setBasis] = useState<Basis>('Effective');
  const request = useMemo(() => (period ? { period, basis } : null), [period, basis]);
  const pack = useEngineCall(client, 'reviewPack', request);
  // comments saved here since the pack was read, by period and slide: the pack on screen stays as read
  const [savedComments, setSavedComments] = useState<Record<string, string>>({});
  const pending = useMemo(() => new PendingSaves(), []);
  const [current, setCurrent] = useState(0);
  const slideRefs = useRef<(HTMLElement | null)[]>([]);

  const result = pack.result && pack.result.period === period ? pack.result : null;
  const slides = result?.slides ?? [];
  const slideCount = slides.length;

  const goTo = useCallback(
    (index: number) => {
      if (slideCount === 0) return;
      const next = Math.max(0, Math.min(slideCount - 1, index));
      setCurrent(next);
      const el = slideRefs.current[next];
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'start' });
    },
    [slideCount],
  );
  const move = useCallback((step: 1 | -1) => goTo(current + step), [goTo, current]);
  useSlideKeys(slideCount > 0, move);
  useEffect(() => setCurrent(0), [period]);

  if (months.length === 0) {
    return (
      <ViewFrame view="review" title="Review">
        <NoBillingData testId="review-no-data" nothing="there is no month to review" then="The pack then reads the month’s spend, budgets, forecast, anomalies, tags, commitments and savings." onGoToData={onGoToData} />
      </ViewFrame>
    );
  }

  const noData = slides.filter((s) => s.status === 'no-data').length;
  return (
    <ViewFrame view="review" title="Review">
      <div className="controls rv-controls" role="group" aria-label="Review settings">
        <MonthSelect label="Month" testId="review-period" months={months} value={period ?? ''} onChange={setPeriod} />
        <BasisSelect value={basis} onChange={setBasis} />
        <span className="grow" />
        {period && <ExportButtons client={client} period={period} basis={basis} pending={pending} disabledReason={result ? null : 'The pack is being read: export once it shows.'} />}
      </div>
      {pack.error && <ErrorNotice error={pack.error} title="Could not build the review pack" />}
      {pack.running && pack.startedAt !== null && <ElapsedProgress kind="review" message={`Building the ${period ? formatPeriod(period) : ''} pack…`} note={PACK_NOTE} startedAt={pack.startedAt} compact={result !== null} />}
      {result && (
        <>
          <div className="rv-bar" role="group" aria-label="Slides">
            <span data-testid="review-summary">
              <strong>{formatPeriod(result.period)}</strong> · {result.basis} cost · {slideCount} slides{noData ? `, ${noData} without data` : ''} · read {formatTimestamp(result.generatedAt)}
            </span>
            <span className="grow" />
            <span className="muted small" data-testid="review-position">
              Slide {current + 1} of {slideCount}
            </span>
            <button type="button" onClick={() => move(-1)} disabled={current === 0} aria-keyshortcuts="PageUp">
              Previous slide
            </button>
            <button type="button" onClick={() => move(1)} disabled={current >= slideCount - 1} aria-keyshortcuts="PageDown">
              Next slide
            </button>
          </div>
          <div className={pack.running ? 'rv-slides stale' : 'rv-slides'} aria-busy={pack.running} data-testid="review-slides">
            {slides.map((s, i) => {
              const key = `${result.period}|${s.id}`;
              return (
                <SlideCard
                  key={key}
                  ref={(el) => {
                    slideRefs.current[i] = el;
                  }}
                  client={client}
                  slide={{ ...s, comment: key in savedComments ? savedComments[key] || null : s.comment }}
                  index={i}
                  count={slideCount}
                  period={result.period}
                  currency={currency}
                  current={i === current}
                  pending={pending}
                  onFocusSlide={() => setCurrent(i)}
                  onCommentSaved={(comment) => setSavedComments((c) => ({ ...c, [key]: comment }))}
                />
              );
            })}
          </div>
        </>
      )}
    </ViewFrame>
  );
}
