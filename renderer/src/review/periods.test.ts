import { describe, expect, it } from 'vitest';
import { defaultReviewMonth, reviewMonths } from './periods.ts';

describe('reviewMonths', () => {
  it('lists each billing month once, newest first', () => {
    expect(reviewMonths(['2026-09', '2026-11', '2026-09', '2026-10', 'bad'])).toEqual(['2026-11', '2026-10', '2026-09']);
  });
});

describe('defaultReviewMonth', () => {
  it('is the newest month before the running one: a review is of a closed month', () => {
    expect(defaultReviewMonth(['2026-12', '2026-11', '2026-10'], '2026-12-02')).toBe('2026-11');
  });
  it('is the newest month when every month is over', () => {
    expect(defaultReviewMonth(['2026-03', '2026-02'], '2026-12-02')).toBe('2026-03');
  });
  it('is the running month when it is the only one', () => {
    expect(defaultReviewMonth(['2026-12'], '2026-12-02')).toBe('2026-12');
  });
  it('is null without months', () => {
    expect(defaultReviewMonth([], '2026-12-02')).toBeNull();
  });
});
