import { describe, expect, it } from 'vitest';
import { MEASURE_CHOICES } from './labels.ts';
import { describePeriod, fromInclusive, inclusiveTo, lastMonths, presetOf } from './period.ts';
import { changeAllowed, defaultSpec, placeDimension, removeDimension, sameSpec, setFilter, setTopN, setUnitCost, shiftDimension, toggleMeasure } from './spec-edit.ts';

const RANGE = { first: '2026-01-05', last: '2026-03-15' };

describe('default spec', () => {
  it('is effective cost of services by month over the last 3 months of data', () => {
    const spec = defaultSpec(RANGE);
    expect(spec).toMatchObject({ rows: ['ServiceName'], columns: ['period'], grain: 'month', basis: 'Effective', measures: ['cost'] });
    expect(spec.period).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(defaultSpec(null).period).toEqual({});
  });
});

describe('periods', () => {
  it('counts whole months back from the month of the last line, across a year end', () => {
    expect(lastMonths({ first: '2025-11-01', last: '2026-01-31' }, 3)).toEqual({ from: '2025-11-01', to: '2026-02-01' });
    expect(lastMonths(RANGE, 1)).toEqual({ from: '2026-03-01', to: '2026-04-01' });
  });

  it('recognises presets, converts inclusive dates and describes periods', () => {
    expect(presetOf({ from: '2026-01-01', to: '2026-04-01' }, RANGE)).toBe('last3');
    expect(presetOf({}, RANGE)).toBe('all');
    expect(presetOf({ from: '2026-01-02', to: '2026-04-01' }, RANGE)).toBe('custom');
    expect(fromInclusive('2026-01-01', '2026-02-28')).toEqual({ from: '2026-01-01', to: '2026-03-01' });
    expect(fromInclusive('', '2026-12-31')).toEqual({ to: '2027-01-01' });
    expect(inclusiveTo({ to: '2026-03-01' })).toBe('2026-02-28');
    expect(describePeriod({ from: '2026-01-01', to: '2026-04-01' })).toBe('Jan 2026 – Mar 2026');
    expect(describePeriod({ from: '2026-03-01', to: '2026-04-01' })).toBe('Mar 2026');
    expect(describePeriod({ from: '2026-03-05', to: '2026-03-10' })).toBe('2026-03-05 – 2026-03-09');
    expect(describePeriod({})).toBe('All data');
  });
});

describe('placing dimensions', () => {
  const spec = defaultSpec(RANGE);

  it('adds to rows at a position, moves between zones, and refuses a full zone', () => {
    const two = placeDimension(spec, 'SubAccountName', 'rows')!;
    expect(two.rows).toEqual(['ServiceName', 'SubAccountName']);
    expect(placeDimension(two, 'RegionId', 'rows', 0)!.rows).toEqual(['RegionId', 'ServiceName', 'SubAccountName']);
    const moved = placeDimension(two, 'period', 'rows', 0)!;
    expect(moved).toMatchObject({ rows: ['period', 'ServiceName', 'SubAccountName'], columns: [] });
    const full = { ...spec, columns: ['period', 'RegionId', 'tag:Team'] };
    expect(placeDimension(full, 'SubAccountName', 'columns')).toBeNull();
  });

  it('gives a text dimension dropped into columns a top 10, and drops top-N and change measures that no longer fit', () => {
    const cols = placeDimension(spec, 'RegionId', 'columns')!;
    expect(cols.topN).toEqual([{ dimension: 'RegionId', n: 10 }]);
    expect(placeDimension(spec, 'month', 'columns')!.topN).toEqual([]);
    const withChange = toggleMeasure(spec, 'change', MEASURE_CHOICES);
    expect(withChange.measures).toEqual(['cost', 'change']);
    const noTime = removeDimension(placeDimension(withChange, 'RegionId', 'columns')!, 'period');
    expect(noTime.measures).toEqual(['cost']);
    expect(removeDimension(cols, 'RegionId').topN).toEqual([]);
    expect(changeAllowed(noTime)).toBe(false);
  });

  it('shifts within a zone and keeps at least one measure in a fixed order', () => {
    const two = placeDimension(spec, 'SubAccountName', 'rows')!;
    expect(shiftDimension(two, 'SubAccountName', -1).rows).toEqual(['SubAccountName', 'ServiceName']);
    expect(shiftDimension(two, 'ServiceName', -1).rows).toEqual(['ServiceName', 'SubAccountName']);
    expect(toggleMeasure(spec, 'cost', MEASURE_CHOICES).measures).toEqual(['cost']);
    expect(toggleMeasure(toggleMeasure(spec, 'lines', MEASURE_CHOICES), 'share', MEASURE_CHOICES).measures).toEqual(['cost', 'share', 'lines']);
  });

  it('sets top-N and filters, and compares specs whatever the key order', () => {
    expect(setTopN(spec, 'ServiceName', 5).topN).toEqual([{ dimension: 'ServiceName', n: 5 }]);
    expect(setTopN(spec, 'period', 5).topN).toEqual([]);
    const f = setFilter(spec, { dimension: 'tag:Team', op: 'in', values: [null, "o'brien"] });
    expect(f.filters).toEqual([{ dimension: 'tag:Team', op: 'in', values: [null, "o'brien"] }]);
    expect(setFilter(f, { dimension: 'tag:Team', op: 'in', values: [] }).filters).toEqual([]);
    const reordered = Object.fromEntries(Object.entries(spec).reverse()) as typeof spec;
    expect(sameSpec(spec, reordered)).toBe(true);
    expect(sameSpec(spec, { ...spec, basis: 'Billed' })).toBe(false);
  });
});

describe('unit cost measure', () => {
  it('goes first so the chart draws it, replaces another unit cost, and leaves cost when taken away', () => {
    const spec = { ...defaultSpec(null), measures: ['cost', 'share'] };
    const orders = setUnitCost(spec, 'orders');
    expect(orders.measures).toEqual(['unitCost:orders', 'cost', 'share']);
    expect(setUnitCost(orders, 'active_users').measures).toEqual(['unitCost:active_users', 'cost', 'share']);
    expect(setUnitCost(orders, null).measures).toEqual(['cost', 'share']);
    expect(setUnitCost({ ...spec, measures: ['unitCost:orders'] }, null).measures).toEqual(['cost']);
  });
});
