// Step 4: the leaf rows DuckDB returns (one per printed key combination, or a few where a top-N
// folded keys into OTHER), summed into cells at every level the grid shows: each row level with
// the column keys, and each row level's total over the columns (colKeys null). Exact: money is
// summed as integers of 10^-12 units, so every subtotal is the exact sum of the lines below it.
// The grand total (no row keys, no column keys) always exists, as with SQL's GROUPING SETS ().
import type { DuckDBValue } from '@duckdb/node-api';
import { decimalUnits } from '../../store/values.ts';
import { MONEY_SCALE, USAGE_COLUMN, type SummedMoney } from './constants.ts';
import { CURRENCY_MAX, CURRENCY_MIN, LINES_ALIAS } from './build-sql.ts';
import { queryDims, type Plan } from './plan.ts';
import type { PivotKey } from './spec.ts';

export interface Cell {
  rowKeys: PivotKey[];
  colKeys: PivotKey[] | null;
  /** keyId(rowKeys), keyId(colKeys): made once, so lookups never print keys again. */
  rowId: string;
  colId: string;
  money: Map<SummedMoney, bigint>;
  usage: bigint;
  lines: number;
}

export interface CellSet {
  cells: Map<string, Cell>;
  currencies: string[];
}

/** The pivot query's result, column by column (DuckDB values, as read: no row objects). */
export type LeafColumns = Record<string, readonly DuckDBValue[]>;

export const OTHER: PivotKey = { other: true };
const OTHER_TOKEN = JSON.stringify(OTHER);
export const TOTAL_COLUMNS_ID = '*';

export function keyId(keys: readonly PivotKey[] | null): string {
  return keys === null ? TOTAL_COLUMNS_ID : JSON.stringify(keys);
}

export function cellId(rowKeys: readonly PivotKey[], colKeys: readonly PivotKey[] | null): string {
  return `${keyId(rowKeys)}|${keyId(colKeys)}`;
}

/** The cell id from key ids already made (keyId of the row keys, of the column keys). */
export function cellKey(rowId: string, colId: string): string {
  return `${rowId}|${colId}`;
}

export function readCells(plan: Plan, cols: LeafColumns, rowCount: number): CellSet {
  const dims = queryDims(plan);
  const nRows = plan.rowDims.length;
  const hasCols = plan.colDims.length > 0;
  const keyCols = dims.map((_, i) => cols[`k${i}`]!);
  const otherCols = dims.map((_, i) => cols[`o${i}`]);
  const moneyCols = plan.money.map((c) => cols[`s_${c}`]!);
  const usageCol = plan.usage ? cols[`s_${USAGE_COLUMN}`]! : null;
  const linesCol = cols[LINES_ALIAS]!;
  const minCol = cols[CURRENCY_MIN]!;
  const maxCol = cols[CURRENCY_MAX]!;
  const cells = new Map<string, Cell>();
  // the printed row keys of each cell with column keys, to name its parent without printing again
  const rowTokens = new Map<Cell, string[]>();
  const byLevel: Cell[][] = Array.from({ length: nRows + 1 }, () => []);
  const cellAt = (rowKeys: PivotKey[], tokens: string[], colKeys: PivotKey[] | null, colId: string): Cell => {
    const rowId = `[${tokens.join(',')}]`;
    const id = cellKey(rowId, colId);
    let cell = cells.get(id);
    if (cell === undefined) {
      cells.set(id, (cell = { rowKeys, colKeys, rowId, colId, money: new Map(), usage: 0n, lines: 0 }));
      if (colKeys !== null) {
        rowTokens.set(cell, tokens);
        byLevel[rowKeys.length]!.push(cell);
      }
    }
    return cell;
  };
  cellAt([], [], hasCols ? null : [], hasCols ? TOTAL_COLUMNS_ID : '[]');

  // 1. leaf rows into the deepest cells (several leaves meet where a top-N folded keys into OTHER)
  let currencyMin: string | null = null;
  let currencyMax: string | null = null;
  for (let r = 0; r < rowCount; r++) {
    const keys = new Array<PivotKey>(dims.length);
    const tokens = new Array<string>(dims.length);
    for (let i = 0; i < dims.length; i++) {
      const key: PivotKey = otherCols[i]?.[r] === true ? OTHER : (keyCols[i]![r] as string | null);
      keys[i] = key;
      tokens[i] = key === OTHER ? OTHER_TOKEN : JSON.stringify(key);
    }
    const cell = cellAt(keys.slice(0, nRows), tokens.slice(0, nRows), keys.slice(nRows), `[${tokens.slice(nRows).join(',')}]`);
    for (let m = 0; m < moneyCols.length; m++) {
      const v = decimalUnits(moneyCols[m]![r]!, MONEY_SCALE);
      // a sum over lines that all lack a column stays absent (null), never 0
      if (v !== null) addMoney(cell, plan.money[m]!, v);
    }
    if (usageCol) cell.usage += decimalUnits(usageCol[r]!, MONEY_SCALE) ?? 0n;
    cell.lines += Number(linesCol[r] as bigint);
    const lo = minCol[r] as string | null;
    const hi = maxCol[r] as string | null;
    if (lo !== null && (currencyMin === null || lo < currencyMin)) currencyMin = lo;
    if (hi !== null && (currencyMax === null || hi > currencyMax)) currencyMax = hi;
  }
  // 2. each level into the one above (same columns), deepest first; 3. each level's Total over the columns
  for (let level = nRows; level > 0; level--) {
    for (const c of byLevel[level]!) {
      const tokens = rowTokens.get(c)!.slice(0, level - 1);
      addCell(cellAt(c.rowKeys.slice(0, level - 1), tokens, c.colKeys, c.colId), c);
    }
  }
  if (hasCols) {
    for (const level of byLevel) for (const c of level) addCell(cellAt(c.rowKeys, rowTokens.get(c)!, null, TOTAL_COLUMNS_ID), c);
  }
  const currencies = new Set([currencyMin, currencyMax].filter((c): c is string => c !== null));
  return { cells, currencies: [...currencies].sort() };
}

function addMoney(cell: Cell, column: SummedMoney, units: bigint): void {
  const had = cell.money.get(column);
  cell.money.set(column, had === undefined ? units : had + units);
}

function addCell(to: Cell, from: Cell): void {
  for (const [column, units] of from.money) addMoney(to, column, units);
  to.usage += from.usage;
  to.lines += from.lines;
}
