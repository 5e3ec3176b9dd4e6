// Step 4: leaf rows summed into every level the grid shows, exactly. Numbers written by hand.
import { DuckDBDecimalValue } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { cellId, OTHER, readCells } from './cells.ts';
import { planPivot } from './plan.ts';
import { parsePivotSpec } from './run.ts';
import type { PivotSpecInput } from './spec.ts';
import { NO_TAG_ALIASES } from '../tags/aliases/effective.ts';

const plan = (s: Omit<PivotSpecInput, 'kind'>) => planPivot(parsePivotSpec({ kind: 'pivot', ...s }), NO_TAG_ALIASES);
/** DECIMAL(38,12) as DuckDB hands it over: `units` of 10^-12. */
const dec = (units: bigint) => new DuckDBDecimalValue(units, 38, 12);

describe('cells: leaf rows summed into every level', () => {
  const p = plan({ rows: ['ServiceName'], columns: ['month'], measures: ['EffectiveCost'] });
  const set = readCells(
    p,
    {
      k0: ['EC2', 'EC2', 'S3'],
      k1: ['2026-01', '2026-02', '2026-01'],
      s_EffectiveCost: [dec(1_005_000_000_000n), dec(2_000_000_000_001n), null],
      s_lines: [2n, 1n, 1n],
      currency_min: ['USD', 'USD', 'EUR'],
      currency_max: ['USD', 'USD', 'EUR'],
    },
    3,
  );
  const money = (rowKeys: string[], colKeys: string[] | null) => set.cells.get(cellId(rowKeys, colKeys))?.money.get('EffectiveCost');
  const lines = (rowKeys: string[], colKeys: string[] | null) => set.cells.get(cellId(rowKeys, colKeys))?.lines;

  it('each row with each column, its Total over the columns, each column total and the grand total, to 10^-12', () => {
    expect(money(['EC2'], ['2026-01'])).toBe(1_005_000_000_000n);
    expect(money(['EC2'], null)).toBe(3_005_000_000_001n);
    expect(money([], ['2026-01'])).toBe(1_005_000_000_000n);
    expect(money([], ['2026-02'])).toBe(2_000_000_000_001n);
    expect(money([], null)).toBe(3_005_000_000_001n);
    expect(lines(['EC2'], null)).toBe(3);
    expect(lines([], ['2026-01'])).toBe(3);
    expect(lines([], null)).toBe(4);
    expect(set.cells.size).toBe(8);
  });

  it('a cell whose lines all lack the column has no money (null), not 0; its lines still count', () => {
    expect(set.cells.get(cellId(['S3'], ['2026-01']))?.money.has('EffectiveCost')).toBe(false);
    expect(set.cells.get(cellId(['S3'], null))?.money.has('EffectiveCost')).toBe(false);
    expect(lines(['S3'], null)).toBe(1);
  });

  it('currencies are the lowest and highest of all lines', () => {
    expect(set.currencies).toEqual(['EUR', 'USD']);
  });

  it('leaves folded into OTHER by a top-N are one cell', () => {
    const t = plan({ rows: ['ServiceName'], topN: [{ dimension: 'ServiceName', n: 1 }] });
    const folded = readCells(
      t,
      { k0: ['EC2', null, null], o0: [false, true, true], s_EffectiveCost: [dec(5n), dec(7n), dec(11n)], s_lines: [1n, 1n, 1n], currency_min: ['USD', 'USD', 'USD'], currency_max: ['USD', 'USD', 'USD'] },
      3,
    );
    expect(folded.cells.get(cellId([OTHER], []))?.money.get('EffectiveCost')).toBe(18n);
    expect(folded.cells.get(cellId([], []))?.money.get('EffectiveCost')).toBe(23n);
    expect(folded.cells.size).toBe(3);
  });

  it('no line at all still gives the grand total, with 0 lines and no money', () => {
    const empty = readCells(p, { k0: [], k1: [], s_EffectiveCost: [], s_lines: [], currency_min: [], currency_max: [] }, 0);
    expect([...empty.cells.keys()]).toEqual([cellId([], null)]);
    expect(empty.cells.get(cellId([], null))).toMatchObject({ lines: 0, rowKeys: [], colKeys: null });
    expect(empty.currencies).toEqual([]);
  });
});
