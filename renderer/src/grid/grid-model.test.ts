import { describe, expect, it } from 'vitest';
import { filterRows, headerDepth, leafColumns, nextSort, sortRows, type GridColumn, type GridNode } from './grid-model.ts';

interface Res { id: string; service: string; cost: number | null }
const rows: Res[] = [
  { id: 'i-1', service: 'Amazon S3', cost: 20 },
  { id: 'i-2', service: 'Amazon EC2', cost: 140 },
  { id: 'i-3', service: 'amazon rds', cost: null },
  { id: 'i-4', service: 'Amazon EC2', cost: 35.5 },
];
const service: GridColumn<Res> = { id: 'service', header: 'Service', width: 100, value: (r) => r.service };
const cost: GridColumn<Res> = { id: 'cost', header: 'Cost', width: 100, value: (r) => r.cost, text: (v) => (v === null ? '' : `$${String(v)}`), numeric: true };
const columns = [service, cost];
const ids = (rs: Res[]) => rs.map((r) => r.id);

describe('grid columns', () => {
  it('flattens header groups into the leaves in order and counts the header rows', () => {
    const nodes: GridNode<Res>[] = [service, { id: 'g', header: 'Jan 2026', children: [{ id: 'g2', header: 'Cost', children: [cost] }] }];
    expect(leafColumns(nodes).map((c) => c.id)).toEqual(['service', 'cost']);
    expect(headerDepth(nodes)).toBe(3);
    expect(headerDepth(columns)).toBe(1);
  });
});

describe('sorting', () => {
  it('a click sorts the column its first way, a second click turns it round, never unsorted', () => {
    expect(nextSort([], 'cost', 'desc', false)).toEqual([{ colId: 'cost', sort: 'desc' }]);
    expect(nextSort([{ colId: 'cost', sort: 'desc' }], 'cost', 'desc', false)).toEqual([{ colId: 'cost', sort: 'asc' }]);
    expect(nextSort([{ colId: 'cost', sort: 'asc' }], 'cost', 'desc', false)).toEqual([{ colId: 'cost', sort: 'desc' }]);
    expect(nextSort([{ colId: 'cost', sort: 'desc' }], 'service', 'asc', false)).toEqual([{ colId: 'service', sort: 'asc' }]);
  });

  it('Shift+click adds a second sort, or turns a sorted column round where it stands', () => {
    const two = nextSort([{ colId: 'service', sort: 'asc' }], 'cost', 'desc', true);
    expect(two).toEqual([{ colId: 'service', sort: 'asc' }, { colId: 'cost', sort: 'desc' }]);
    expect(nextSort(two, 'service', 'asc', true)).toEqual([{ colId: 'service', sort: 'desc' }, { colId: 'cost', sort: 'desc' }]);
  });

  it('sorts numbers as numbers and text regardless of case, empty values last both ways, ties in their order', () => {
    expect(ids(sortRows(rows, [{ colId: 'cost', sort: 'desc' }], columns))).toEqual(['i-2', 'i-4', 'i-1', 'i-3']);
    expect(ids(sortRows(rows, [{ colId: 'cost', sort: 'asc' }], columns))).toEqual(['i-1', 'i-4', 'i-2', 'i-3']);
    expect(ids(sortRows(rows, [{ colId: 'service', sort: 'asc' }], columns))).toEqual(['i-2', 'i-4', 'i-3', 'i-1']);
    expect(ids(sortRows(rows, [{ colId: 'service', sort: 'asc' }, { colId: 'cost', sort: 'asc' }], columns))).toEqual(['i-4', 'i-2', 'i-3', 'i-1']);
    expect(ids(sortRows(rows, [], columns))).toEqual(['i-1', 'i-2', 'i-3', 'i-4']);
  });
});

describe('filtering in memory', () => {
  it('text filters read the text shown, ignoring case', () => {
    expect(ids(filterRows(rows, { service: { filterType: 'text', type: 'contains', filter: 'ec2' } }, columns))).toEqual(['i-2', 'i-4']);
    expect(ids(filterRows(rows, { service: { filterType: 'text', type: 'startsWith', filter: 'AMAZON R' } }, columns))).toEqual(['i-3']);
    expect(ids(filterRows(rows, { service: { filterType: 'text', type: 'notEqual', filter: 'amazon ec2' } }, columns))).toEqual(['i-1', 'i-3']);
  });

  it('number filters compare values; blank finds the empty ones; an empty condition keeps every row', () => {
    expect(ids(filterRows(rows, { cost: { filterType: 'number', type: 'greaterThanOrEqual', filter: 35.5 } }, columns))).toEqual(['i-2', 'i-4']);
    expect(ids(filterRows(rows, { cost: { filterType: 'number', type: 'lessThan', filter: 35.5 } }, columns))).toEqual(['i-1']);
    expect(ids(filterRows(rows, { cost: { filterType: 'number', type: 'blank' } }, columns))).toEqual(['i-3']);
    expect(ids(filterRows(rows, { cost: { filterType: 'number', type: 'equals', filter: '' } }, columns))).toEqual(['i-1', 'i-2', 'i-3', 'i-4']);
  });

  it('filters of two columns must both pass', () => {
    const f = { service: { filterType: 'text' as const, type: 'contains', filter: 'EC2' }, cost: { filterType: 'number' as const, type: 'lessThan', filter: 100 } };
    expect(ids(filterRows(rows, f, columns))).toEqual(['i-4']);
  });
});
