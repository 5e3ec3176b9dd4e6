// Errors of a pivot built from flags name the flags, not the spec's fields.
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../api/errors.ts';
import { flagsToSpec } from './pivot-args.ts';
import { inFlagWords, issueInFlagWords } from './pivot-errors.ts';

describe('pivot errors in flag words', () => {
  it('turn spec paths into flags', () => {
    expect(issueInFlagWords('spec.period.from: a date is written YYYY-MM-DD')).toBe('--from: a date is written YYYY-MM-DD');
    expect(issueInFlagWords('spec.filters.0.values.0: Too big')).toBe('--filter: Too big');
    expect(issueInFlagWords('spec.columns: Too big: expected array to have <=3 items')).toBe('--cols: Too big: expected array to have <=3 items');
    expect(issueInFlagWords('something else')).toBe('something else');
  });

  it('rewrite an unknown column with the flag it came from', () => {
    const err = new WorkbenchError('PIVOT_UNKNOWN_COLUMN', 'Unknown column "Regoin" in columns.', { column: 'Regoin', place: 'columns', suggestion: null });
    const out = inFlagWords(err) as WorkbenchError;
    expect(out.code).toBe('PIVOT_UNKNOWN_COLUMN');
    expect(out.message).toMatch(/^Unknown column "Regoin" in --cols\. Use a FOCUS or x_ column/);
  });

  it('check choices before the engine sees them, in any letter case', () => {
    expect(flagsToSpec({ basis: 'billed', grain: 'WEEK' })).toMatchObject({ basis: 'Billed', grain: 'week' });
    expect(() => flagsToSpec({ basis: 'amortized' })).toThrow('--basis must be one of Billed, Effective, List, Contracted, not "amortized".');
    expect(() => flagsToSpec({ grain: 'hour' })).toThrow('--grain must be one of day, week, month, quarter, year, not "hour".');
    expect(() => flagsToSpec({ sort: 'cost' })).toThrow('--sort must be one of value, key, not "cost".');
    expect(() => flagsToSpec({ depth: '0' })).toThrow('--depth must be a whole number from 1 to 6');
    expect(() => flagsToSpec({ top: ['ServiceName=0'] })).toThrow('--top "ServiceName=0": N must be from 1 to 1000.');
  });
});
