// One slide of the pack as a card, in deck order: number and title, the headline with its key
// number, the charts and tables (or why there is no data), the speaker notes folded, the comment.
import { forwardRef } from 'react';
import type { ReviewSlide } from '../../../core/api/review-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { CommentBox } from './CommentBox.tsx';
import type { PendingSaves } from './pending-saves.ts';
import { SlideChart } from './SlideChart.tsx';
import { SlideTable } from './SlideTable.tsx';

interface Props {
  client: WorkbenchClient;
  slide: ReviewSlide;
  index: number;
  count: number;
  period: string;
  currency: string | null;
  current: boolean;
  pending: PendingSaves;
  onFocusSlide: () => void;
  onCommentSaved: (comment: string) => void;
}

export const SlideCard = forwardRef<HTMLElement, Props>(function SlideCard({ client, slide, index, count, period, currency, current, pending, onFocusSlide, onCommentSaved }, ref) {
  const titleId = `slide-title-${slide.id}`;
  const noData = slide.status === 'no-data';
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`card rv-slide${current ? ' current' : ''}${noData ? ' no-data' : ''}`}
      aria-labelledby={titleId}
      data-testid={`slide-${slide.id}`}
      data-status={slide.status}
      onFocus={onFocusSlide}
    >
      <header className="rv-slide-head">
        <span className="rv-slide-number muted small">
          Slide {index + 1} of {count}
        </span>
        <h2 id={titleId}>{slide.title}</h2>
      </header>
      <p className="rv-headline" data-testid={`headline-${slide.id}`}>
        {slide.headline}
      </p>
      {noData ? (
        <div className="notice warn rv-no-data" role="note" data-testid={`no-data-${slide.id}`}>
          <p className="notice-title">No data for this slide</p>
          <p>{slide.noDataReason ?? 'The engine behind this slide has nothing for this month.'}</p>
        </div>
      ) : (
        <>
          {slide.charts.length > 0 && (
            <div className="rv-charts">
              {slide.charts.map((c) => (
                <SlideChart key={c.id} chart={c} period={period} />
              ))}
            </div>
          )}
          {slide.tables.length > 0 && (
            <div className="rv-tables">
              {slide.tables.map((t) => (
                <SlideTable key={t.title} table={t} currency={currency} />
              ))}
            </div>
          )}
        </>
      )}
      {slide.notes && (
        <details className="rv-notes">
          <summary>Speaker notes</summary>
          <p className="small">{slide.notes}</p>
        </details>
      )}
      <CommentBox client={client} period={period} slideId={slide.id} slideLabel={`slide ${index + 1}, ${slide.title}`} saved={slide.comment} pending={pending} onSaved={onCommentSaved} />
    </article>
  );
});
