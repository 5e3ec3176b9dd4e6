// SPEC.md step 1: the period a status is about.
import { describe, expect, it } from 'vitest';
import { periodFor } from './periods.ts';

describe('step 1: the period', () => {
  it('a one-off month or quarter is its own period, whenever asked', () => {
    expect(periodFor({ period: 'month', start: '2026-02', recurring: false }, '2026-07-10')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(periodFor({ period: 'quarter', start: '2026-11', recurring: false }, '2026-01-01')).toEqual({ first: '2026-11-01', last: '2027-01-31' });
  });

  it('a recurring budget: the period holding asOf, or the first before the start', () => {
    expect(periodFor({ period: 'month', start: '2026-01', recurring: true }, '2028-02-29')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(periodFor({ period: 'month', start: '2026-05', recurring: true }, '2026-03-16')).toEqual({ first: '2026-05-01', last: '2026-05-31' });
    // fiscal quarters from February: Feb–Apr, May–Jul, Aug–Oct, Nov–Jan
    expect(periodFor({ period: 'quarter', start: '2026-02', recurring: true }, '2027-01-31')).toEqual({ first: '2026-11-01', last: '2027-01-31' });
    expect(periodFor({ period: 'quarter', start: '2026-02', recurring: true }, '2026-05-01')).toEqual({ first: '2026-05-01', last: '2026-07-31' });
  });
});
