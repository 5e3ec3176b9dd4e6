// The grid's view of a result: header groups, the open part of the row tree, number formats.
// Results here are written by hand in the engine's shape.
import { describe, expect, it } from 'vitest';
import type { PivotResult, PivotRow } from '../../../core/api/pivot-contract.ts';
import { formatExactMoney, formatValue, heatStrength, singleCurrency } from './number-format.ts';
import { headerPaths, headerTree } from './pivot-columns.ts';
import { pathDepth, pathId, splitLevels, visibleRows, type TreeState } from './pivot-tree.ts';

const row = (keys: string[], values: (number | null)[], hasChildren = true): PivotRow => ({ keys, labels: keys, depth: keys.length, subtotal: hasChildren, hasChildren, values });

function result(partial: Partial<PivotResult>): PivotResult {
  return {
    kind: 'pivotResult',
    spec: {} as PivotResult['spec'],
    rowDimensions: ['ServiceName', 'SubAccountName'],
    columnDimensions: [],
    measures: ['cost'],
    columns: [],
    rows: [],
    totals: null,
    currencies: ['USD'],
    warnings: [],
    notices: [],
    source: 'aggregate',
    ...partial,
  };
}

describe('headers', () => {
  it('one measure by month: months then Total, no measure level', () => {
    const r = result({
      columnDimensions: ['period'],
      columns: [
        { keys: ['2026-01'], labels: ['2026-01'], measure: 'cost', total: false },
        { keys: ['2026-02'], labels: ['2026-02'], measure: 'cost', total: false },
        { keys: [], labels: [], measure: 'cost', total: true },
      ],
    });
    expect(headerPaths(r, 'Effective').map((l) => l.path)).toEqual([['Jan 2026'], ['Feb 2026'], ['Total']]);
  });

  it('two measures by region and month: nested groups, the total group last', () => {
    const cols = [
      ['us-east-1', '2026-01'],
      ['us-east-1', '2026-02'],
      ['us-west-2', '2026-01'],
    ].flatMap((keys) => ['cost', 'share'].map((measure) => ({ keys, labels: keys, measure, total: false })));
    const r = result({ columnDimensions: ['RegionId', 'month'], measures: ['cost', 'share'], columns: [...cols, { keys: [], labels: [], measure: 'cost', total: true }, { keys: [], labels: [], measure: 'share', total: true }] });
    const tree = headerTree(headerPaths(r, 'Billed'));
    const shape = (nodes: ReturnType<typeof headerTree>): unknown => nodes.map((n) => ('leaf' in n ? n.leaf.path.at(-1) : { [n.group.label]: shape(n.group.children) }));
    expect(shape(tree)).toEqual([
      { 'us-east-1': [{ 'Jan 2026': ['Billed cost', 'Share of total'] }, { 'Feb 2026': ['Billed cost', 'Share of total'] }] },
      { 'us-west-2': [{ 'Jan 2026': ['Billed cost', 'Share of total'] }] },
      { Total: ['Billed cost', 'Share of total'] },
    ]);
  });

  it('no column dimensions: one column per measure', () => {
    const r = result({ measures: ['cost', 'lines'], columns: [{ keys: [], labels: [], measure: 'cost', total: false }, { keys: [], labels: [], measure: 'lines', total: false }] });
    expect(headerTree(headerPaths(r, 'Effective')).map((n) => ('leaf' in n ? n.leaf.path : null))).toEqual([['Effective cost'], ['Line items']]);
  });
});

describe('row tree', () => {
  const ec2 = row(['Amazon EC2'], [340.5]);
  const rds = row(['Amazon RDS'], [310]);
  const kids = [row(['Amazon EC2', 'prod'], [250], false), row(['Amazon EC2', 'dev'], [90.5], false)];

  it('shows first-level rows and the children of open rows only', () => {
    const base: TreeState = { root: result({ rows: [ec2, rds] }), children: new Map([[pathId(['Amazon EC2']), kids]]), expanded: new Set(), loading: new Set([pathId(['Amazon RDS'])]) };
    expect(visibleRows(base).map((r) => r.id)).toEqual(['%5B%22Amazon%20EC2%22%5D', '%5B%22Amazon%20RDS%22%5D']);
    expect(pathId(["o'brien; --", null])).toBe('%5B%22o%27brien%3B%20--%22%2Cnull%5D');
    expect(pathDepth(pathId(['a', { other: true }]))).toBe(2);
    expect(visibleRows(base)[1]!.loading).toBe(true);
    const open = { ...base, expanded: new Set([pathId(['Amazon EC2'])]) };
    expect(visibleRows(open).map((r) => r.labels.join('/'))).toEqual(['Amazon EC2', 'Amazon EC2/prod', 'Amazon EC2/dev', 'Amazon RDS']);
  });

  it('splits a whole result into levels for "expand all"', () => {
    const { root, children } = splitLevels(result({ rows: [ec2, ...kids, rds, row(['Amazon RDS', 'prod'], [310], false)] }));
    expect(root.map((r) => r.keys[0])).toEqual(['Amazon EC2', 'Amazon RDS']);
    expect(children.get(pathId(['Amazon EC2']))!.map((r) => r.keys[1])).toEqual(['prod', 'dev']);
    expect(children.get(pathId(['Amazon RDS']))!.map((r) => r.values[0])).toEqual([310]);
  });
});

describe('numbers', () => {
  it('formats money in the one currency, without a symbol when mixed, and ratios, counts, blanks', () => {
    expect(formatValue(1234.5, 'money', 'USD')).toBe('$1,234.50');
    expect(formatValue(-20, 'money', 'EUR')).toBe('-€20.00');
    // a line item's money at its precision: an hourly price keeps its digits, whole cents keep two
    expect(formatExactMoney(0.0104, 'USD')).toBe('$0.0104');
    expect(formatExactMoney(0.000123456789, 'USD')).toBe('$0.0001234568');
    expect(formatExactMoney(12.5, 'USD')).toBe('$12.50');
    expect(formatExactMoney(null, 'USD')).toBe('—');
    expect(formatValue(1234.5, 'money', singleCurrency(['USD', 'EUR']))).toBe('1,234.50');
    expect(formatValue(0.4567, 'ratio', null)).toBe('45.7%');
    expect(formatValue(12345, 'count', null)).toBe('12,345');
    expect(formatValue(null, 'money', 'USD')).toBe('—');
    expect(singleCurrency([])).toBeNull();
    expect(heatStrength(-50, 100)).toBe(0.5);
    expect(heatStrength(10, 0)).toBe(0);
  });
});
