// --from / --to: days, months and years, and what each means for the API's half-open period.
import { describe, expect, it } from 'vitest';
import { describePeriod, periodFromFlags } from './period-args.ts';

describe('--from and --to', () => {
  it('take a month: --from is its first day, --to runs through its last', () => {
    expect(periodFromFlags('2026-08', '2026-10')).toEqual({ from: '2026-08-01', to: '2026-11-01' });
    expect(periodFromFlags('2026-12', '2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('keep a day as the API has it: --to is the day after the last', () => {
    expect(periodFromFlags('2026-01-01', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-04-01' });
  });

  it('take a year, and either flag alone', () => {
    expect(periodFromFlags('2026', '2026')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(periodFromFlags('2026-02', undefined)).toEqual({ from: '2026-02-01' });
    expect(periodFromFlags(undefined, '2026-02')).toEqual({ to: '2026-03-01' });
    expect(periodFromFlags(undefined, undefined)).toEqual({});
  });

  it('refuse what is not a date, naming the flag', () => {
    expect(() => periodFromFlags('2026-13', undefined)).toThrow('--from "2026-13" is not a date: write a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), e.g. --from 2026-08.');
    expect(() => periodFromFlags(undefined, '2026-02-30')).toThrow('--to "2026-02-30" is not a date');
    expect(() => periodFromFlags('Aug 2026', undefined)).toThrow('--from "Aug 2026" is not a date');
  });

  it('refuse an empty period, in the flags’ words', () => {
    expect(() => periodFromFlags('2026-10', '2026-09')).toThrow('--from 2026-10 is not before --to 2026-09, so the period is empty.');
    expect(() => periodFromFlags('2026-10-01', '2026-10-01')).toThrow('--from 2026-10-01 is not before --to 2026-10-01');
  });

  it('are printed back with both ends included', () => {
    expect(describePeriod({ from: '2026-08-01', to: '2026-11-01' })).toBe('2026-08-01 to 2026-10-31');
    expect(describePeriod({ from: '2026-08-01' })).toBe('from 2026-08-01');
    expect(describePeriod({ to: '2026-03-01' })).toBe('through 2026-02-28');
    expect(describePeriod({})).toBe('all dates');
  });
});
