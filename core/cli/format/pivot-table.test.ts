// The pivot as a terminal table: expected lines written by hand, character by character.
import { describe, expect, it } from 'vitest';
import { parsePivotSpec } from '../../engines/pivot/run.ts';
import type { PivotResult } from '../../engines/pivot/result.ts';
import { formatPivotTable, formatValue } from './pivot-table.ts';

const EC2 = 'Amazon Elastic Compute Cloud';

function ec2ByAccount(): PivotResult {
  return {
    kind: 'pivotResult',
    spec: parsePivotSpec({ kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], columns: ['month'], period: { from: '2026-08-01', to: '2026-10-01' } }),
    rowDimensions: ['ServiceName', 'SubAccountName'],
    columnDimensions: ['month'],
    measures: ['cost'],
    columns: [
      { keys: ['2026-08'], labels: ['2026-08'], measure: 'cost', total: false },
      { keys: ['2026-09'], labels: ['2026-09'], measure: 'cost', total: false },
      { keys: [], labels: [], measure: 'cost', total: true },
    ],
    rows: [
      { keys: [EC2], labels: [EC2], depth: 1, subtotal: true, hasChildren: true, values: [3533.77, 5536.69, 9070.46] },
      { keys: [EC2, 'payments-prod'], labels: [EC2, 'payments-prod'], depth: 2, subtotal: false, hasChildren: false, values: [3533.77, null, 3533.77] },
      { keys: [EC2, 'sandbox'], labels: [EC2, 'sandbox'], depth: 2, subtotal: false, hasChildren: false, values: [null, 5536.69, 5536.69] },
    ],
    totals: [3533.77, 5536.69, 9070.46],
    currencies: ['USD'],
    warnings: [],
    notices: [],
    source: 'aggregate',
  };
}

describe('pivot table on a terminal', () => {
  it('aligns one indented label column and right-aligned numbers with thousands separators', () => {
    expect(formatPivotTable(ec2ByAccount(), 100)).toEqual([
      'Effective cost in USD by ServiceName, SubAccountName and month, 2026-08-01 to 2026-09-30',
      'ServiceName › SubAccountName   2026-08   2026-09     Total',
      'Amazon Elastic Compute Cloud  3,533.77  5,536.69  9,070.46',
      '  payments-prod               3,533.77            3,533.77',
      '  sandbox                               5,536.69  5,536.69',
      'Grand total                   3,533.77  5,536.69  9,070.46',
    ]);
  });

  it('on a narrow terminal keeps the Total column, leaves out the others and says so', () => {
    expect(formatPivotTable(ec2ByAccount(), 40).slice(1)).toEqual([
      'ServiceName › SubAccountName     Total',
      'Amazon Elastic Compute Cloud  9,070.46',
      '  payments-prod               3,533.77',
      '  sandbox                     5,536.69',
      'Grand total                   9,070.46',
      '2 of 3 columns not shown (width 40): see all with --csv, --json or --out FILE.xlsx',
    ]);
  });

  it('cuts long labels, never below 24 characters, when nothing else fits', () => {
    expect(formatPivotTable(ec2ByAccount(), 34).slice(1, 3)).toEqual(['ServiceName › SubAccoun…     Total', 'Amazon Elastic Compute …  9,070.46']);
  });

  it('says so when no line matched', () => {
    const empty: PivotResult = { ...ec2ByAccount(), columns: [{ keys: [], labels: [], measure: 'cost', total: true }], rows: [], totals: [null] };
    expect(formatPivotTable(empty, 100).slice(1)).toEqual(['ServiceName › SubAccountName  Total', 'Grand total', '(no lines)']);
  });

  it('formats each kind of value', () => {
    expect(formatValue(1234567.5, 'money')).toBe('1,234,567.50');
    expect(formatValue(-0.5, 'money')).toBe('-0.50');
    expect(formatValue(12345, 'count')).toBe('12,345');
    expect(formatValue(0.1234, 'ratio')).toBe('12.3%');
    expect(formatValue(1234.56789, 'quantity')).toBe('1,234.5679');
    expect(formatValue(null, 'money')).toBe('');
  });
});

describe('unit cost cells', () => {
  it('keep up to 6 decimals, so a cost per request of $0.000012 is not 0', () => {
    expect(formatValue(0.000012, 'unitCost')).toBe('0.000012');
    expect(formatValue(0.3, 'unitCost')).toBe('0.30');
    expect(formatValue(null, 'unitCost')).toBe('');
  });
});
