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
  const cells = new Map<string, Cell>();
  const cellAt = (rowId: string, rowKeys: () => PivotKey[], colId: string, colKeys: PivotKey[] | null): Cell => {
    const id = cellKey(rowId, colId);
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { rowKeys: rowKeys(), colKeys, money: new Map(), usage: 0n, lines: 0 }));
    return cell;
  };
  cellAt('[]', () => [], hasCols ? TOTAL_COLUMNS_ID : '[]', hasCols ? null : []);

  const keys: PivotKey[] = new Array<PivotKey>(dims.length);
  const tokens: string[] = new Array<string>(dims.length);
  const money: (bigint | null)[] = new Array<bigint | null>(moneyCols.length);
  let currencyMin: string | null = null;
  let currencyMax: string | null = null;
  for (let r = 0; r < rowCount; r++) {
    for (let i = 0; i < dims.length; i++) {
      const key: PivotKey = otherCols[i]?.[r] === true ? OTHER : (keyCols[i]![r] as string | null);
      keys[i] = key;
      tokens[i] = key === OTHER ? OTHER_TOKEN : JSON.stringify(key);
    }
    for (let m = 0; m < moneyCols.length; m++) money[m] = decimalUnits(moneyCols[m]![r]!, MONEY_SCALE);
    const usage = usageCol ? (decimalUnits(usageCol[r]!, MONEY_SCALE) ?? 0n) : 0n;
    const lines = Number(linesCol[r] as bigint);
    const colKeys = hasCols ? keys.slice(nRows) : [];
    const colId = `[${tokens.slice(nRows).join(',')}]`;
    let rowId = '[';
    for (let level = 0; level <= nRows; level++) {
      if (level > 0) rowId += (level > 1 ? ',' : '') + tokens[level - 1]!;
      const id = `${rowId}]`;
      const rowKeys = () => keys.slice(0, level);
      add(cellAt(id, rowKeys, colId, colKeys), money, usage, lines);
      if (hasCols) add(cellAt(id, rowKeys, TOTAL_COLUMNS_ID, null), money, usage, lines);
    }
    const lo = cols[CURRENCY_MIN]![r] as string | null;
    const hi = cols[CURRENCY_MAX]![r] as string | null;
    if (lo !== null && (currencyMin === null || lo < currencyMin)) currencyMin = lo;
    if (hi !== null && (currencyMax === null || hi > currencyMax)) currencyMax = hi;
  }
  // the money columns' order, for add(); a sum over lines that all lack a column stays absent (null), never 0
  function add(cell: Cell, values: readonly (bigint | null)[], usage: bigint, lines: number): void {
    for (let m = 0; m < values.length; m++) {
      const v = values[m];
      if (v === null || v === undefined) continue;
      const c = plan.money[m]!;
      cell.money.set(c, (cell.money.get(c) ?? 0n) + v);
    }
    cell.usage += usage;
    cell.lines += lines;
  }
  const currencies = new Set([currencyMin, currencyMax].filter((c): c is string => c !== null));
  return { cells, currencies: [...currencies].sort() };
}
