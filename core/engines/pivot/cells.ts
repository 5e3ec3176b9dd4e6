// Step 4: the rows DuckDB returns, read into cells keyed by (row keys, column keys).
// A cell with colKeys null is a row total (summed over all columns).
import type { JsonRow } from '../../store/values.ts';
import { USAGE_COLUMN, type SummedMoney } from './constants.ts';
import { CURRENCY_MAX, CURRENCY_MIN, GROUPING_ALIAS, LINES_ALIAS } from './build-sql.ts';
import { parseExact } from './exact.ts';
import type { Plan } from './plan.ts';
import type { PivotKey } from './spec.ts';

export interface Cell {
  rowKeys: PivotKey[];
  colKeys: PivotKey[] | null;
  money: Map<SummedMoney, bigint>;
  usage: bigint;
  lines: number;
}

export interface CellSet {
  cells: Map<string, Cell>;
  currencies: string[];
}

export const OTHER: PivotKey = { other: true };

export function keyId(keys: readonly PivotKey[] | null): string {
  return keys === null ? '*' : JSON.stringify(keys);
}

export function cellId(rowKeys: readonly PivotKey[], colKeys: readonly PivotKey[] | null): string {
  return `${keyId(rowKeys)}|${keyId(colKeys)}`;
}

export function readCells(plan: Plan, rows: JsonRow[]): CellSet {
  const nRows = plan.rowDims.length;
  const nCols = plan.colDims.length;
  const n = nRows + nCols;
  const cells = new Map<string, Cell>();
  const currencies = new Set<string>();
  for (const r of rows) {
    const gid = Number(r[GROUPING_ALIAS] ?? 0);
    const grouped = (i: number) => ((gid >> (n - 1 - i)) & 1) === 0;
    const key = (i: number): PivotKey => (r[`o${i}`] === true ? OTHER : (r[`k${i}`] as string | null));
    const rowKeys: PivotKey[] = [];
    for (let i = 0; i < nRows && grouped(i); i++) rowKeys.push(key(i));
    const colKeys = nCols > 0 && grouped(nRows) ? Array.from({ length: nCols }, (_, j) => key(nRows + j)) : nCols > 0 ? null : [];
    const money = new Map<SummedMoney, bigint>();
    // a sum over lines that all lack the column is null, never a made-up zero
    for (const c of plan.money) if (r[`s_${c}`] !== null && r[`s_${c}`] !== undefined) money.set(c, parseExact(r[`s_${c}`] as string));
    const cell: Cell = {
      rowKeys,
      colKeys,
      money,
      usage: plan.usage ? parseExact(r[`s_${USAGE_COLUMN}`] as string | null) : 0n,
      lines: Number(r[LINES_ALIAS] ?? 0),
    };
    cells.set(cellId(rowKeys, colKeys), cell);
    const isGrandTotal = rowKeys.length === 0 && (nCols === 0 || colKeys === null);
    if (isGrandTotal) {
      for (const c of [r[CURRENCY_MIN], r[CURRENCY_MAX]]) if (typeof c === 'string') currencies.add(c);
    }
  }
  return { cells, currencies: [...currencies].sort() };
}
