// The chart draws the engine's numbers as they are: series per first-level row across the column
// keys, a treemap of the loaded tree, and it says what it leaves out. Results written by hand.
import { describe, expect, it } from 'vitest';
import type { PivotResult, PivotRow } from '../../../core/api/pivot-contract.ts';
import { chartOption, MAX_SERIES } from './chart-options.ts';
import { pathId } from './pivot-tree.ts';

const colors = { text: '#000', muted: '#555', border: '#ccc' };
const row = (keys: string[], values: (number | null)[], hasChildren = false): PivotRow => ({ keys, labels: keys, depth: keys.length, subtotal: hasChildren, hasChildren, values });
const monthly = (rows: PivotRow[]): PivotResult => ({
  kind: 'pivotResult',
  spec: {} as PivotResult['spec'],
  rowDimensions: ['ServiceName'],
  columnDimensions: ['period'],
  measures: ['cost'],
  columns: [
    { keys: ['2026-01'], labels: ['2026-01'], measure: 'cost', total: false },
    { keys: ['2026-02'], labels: ['2026-02'], measure: 'cost', total: false },
    { keys: [], labels: [], measure: 'cost', total: true },
  ],
  rows,
  totals: [10, 20, 30],
  currencies: ['USD'],
  warnings: [],
  notices: [],
  source: 'aggregate',
});

type Series = { name: string; data: (number | null)[]; stack?: string; type: string };

describe('chart options', () => {
  it('stacks one series per row across the months, leaving the total column out', () => {
    const { option, note } = chartOption({ result: monthly([row(['EC2'], [130.5, 130, 260.5]), row(['RDS'], [150, null, 150])]), children: new Map(), kind: 'bar', basis: 'Effective', colors });
    expect((option.xAxis as { data: string[] }).data).toEqual(['Jan 2026', 'Feb 2026']);
    expect((option.series as Series[]).map((s) => [s.name, s.data, s.stack])).toEqual([
      ['EC2', [130.5, 130], 'total'],
      ['RDS', [150, null], 'total'],
    ]);
    expect(note).toBeNull();
    const lines = chartOption({ result: monthly([row(['EC2'], [1, 2, 3])]), children: new Map(), kind: 'line', basis: 'Effective', colors });
    expect((lines.option.series as Series[])[0]).toMatchObject({ type: 'line', stack: undefined });
  });

  it('says how many rows it leaves out', () => {
    const many = Array.from({ length: MAX_SERIES + 3 }, (_, i) => row([`S${i}`], [1, 1, 2]));
    const { option, note } = chartOption({ result: monthly(many), children: new Map(), kind: 'bar', basis: 'Effective', colors });
    expect((option.series as Series[]).length).toBe(MAX_SERIES);
    expect(note).toContain(`first ${MAX_SERIES} of ${MAX_SERIES + 3} rows`);
  });

  it('draws the loaded tree as a treemap of row totals, without credits', () => {
    const ec2 = row(['EC2'], [130.5, 130, 260.5], true);
    const children = new Map([[pathId(['EC2']), [row(['EC2', 'prod'], [80, 90, 170]), row(['EC2', 'dev'], [50.5, 40, 90.5])]]]);
    const { option, note } = chartOption({ result: monthly([ec2, row(['Credits'], [-5, 0, -5])]), children, kind: 'treemap', basis: 'Billed', colors });
    const data = (option.series as { data: unknown[] }[])[0]!.data;
    expect(data).toEqual([{ name: 'EC2', value: 260.5, children: [{ name: 'prod', value: 170 }, { name: 'dev', value: 90.5 }] }]);
    expect(note).toContain('1 row is zero or negative');
  });
});
