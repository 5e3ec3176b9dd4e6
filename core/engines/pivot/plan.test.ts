import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../errors.ts';
import { planPivot } from './plan.ts';
import { NO_TAG_ALIASES } from '../tags/aliases/effective.ts';
import { parsePivotSpec } from './run.ts';

function errorOf(fn: () => unknown): WorkbenchError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WorkbenchError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

const plan = (s: Record<string, unknown>) => planPivot(parsePivotSpec({ kind: 'pivot', ...s }), NO_TAG_ALIASES);

describe('pivot spec and plan', () => {
  it('fills defaults: Effective basis, month grain, totals on', () => {
    const spec = parsePivotSpec({ kind: 'pivot' });
    expect(spec).toMatchObject({ version: 1, rows: [], columns: [], measures: ['cost'], basis: 'Effective', grain: 'month', subtotals: true, grandTotals: true });
  });

  it('refuses unknown fields and bad shapes with PIVOT_BAD_SPEC', () => {
    expect(errorOf(() => parsePivotSpec({ kind: 'pivot', rowz: ['ServiceName'] })).code).toBe('PIVOT_BAD_SPEC');
    expect(errorOf(() => parsePivotSpec({ kind: 'table' })).code).toBe('PIVOT_BAD_SPEC');
    expect(errorOf(() => parsePivotSpec({ kind: 'pivot', period: { from: '2026-1-1' } })).message).toMatch(/YYYY-MM-DD/);
    expect(errorOf(() => parsePivotSpec({ kind: 'pivot', basis: 'Amortized' })).code).toBe('PIVOT_BAD_SPEC');
  });

  it('names an unknown column, where it was, and what is allowed', () => {
    const e = errorOf(() => plan({ rows: ['ServiceNme'] }));
    expect(e.code).toBe('PIVOT_UNKNOWN_COLUMN');
    expect(e.message).toContain('"ServiceNme" in rows');
    expect(e.message).toContain('tag:KEY');
    expect(e.details).toMatchObject({ column: 'ServiceNme', place: 'rows', suggestion: null });
    expect((e.details!.allowed as string[]).includes('SubAccountName')).toBe(true);
    const cased = errorOf(() => plan({ filters: [{ dimension: 'servicename', values: ['x'] }] }));
    expect(cased.message).toContain('Did you mean "ServiceName"?');
    expect(errorOf(() => plan({ rows: ['Tags'] })).code).toBe('PIVOT_UNKNOWN_COLUMN');
  });

  it('names an unknown measure', () => {
    const e = errorOf(() => plan({ measures: ['effectivecost'] }));
    expect(e.code).toBe('PIVOT_UNKNOWN_MEASURE');
    expect(e.message).toContain('Did you mean "EffectiveCost"?');
  });

  it('refuses specs whose parts do not fit', () => {
    expect(errorOf(() => plan({ rows: ['ServiceName'], columns: ['ServiceName'] })).message).toMatch(/used twice/);
    expect(errorOf(() => plan({ rows: ['ServiceName'], measures: ['change'] })).message).toMatch(/time bucket/);
    expect(errorOf(() => plan({ rows: ['ServiceName'], topN: [{ dimension: 'RegionId', n: 3 }] })).message).toMatch(/not in rows or columns/);
    expect(errorOf(() => plan({ rows: ['month'], topN: [{ dimension: 'month', n: 3 }] })).message).toMatch(/cannot cut a time bucket/);
    expect(errorOf(() => plan({ rows: ['ServiceName'], parent: ['Amazon EC2'] })).message).toMatch(/parent/);
    expect(errorOf(() => plan({ period: { from: '2026-03-01', to: '2026-03-01' } })).message).toMatch(/empty/);
  });

  it('maps dimensions: tags keep their key verbatim, period follows the grain', () => {
    const p = plan({ rows: ['tag:', 'tag:a:b', 'period'], grain: 'quarter' });
    expect(p.rowDims).toEqual([
      { ref: 'tag:', kind: 'tag', tagKey: '', rule: { key: '', aliasOf: null, sources: [], values: [] } },
      { ref: 'tag:a:b', kind: 'tag', tagKey: 'a:b', rule: { key: 'a:b', aliasOf: null, sources: [], values: [] } },
      { ref: 'period', kind: 'time', grain: 'quarter' },
    ]);
  });
});
