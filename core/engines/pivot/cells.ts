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
  const totalColId = hasCols ? TOTAL_COLUMNS_ID : '[]';
  const grand: Cell = { rowKeys: [], colKeys: hasCols ? null : [], rowId: '[]', colId: totalColId, money: new Map(), usage: 0n, lines: 0 };
  cells.set(cellKey('[]', totalColId), grand);

  // (plain loops, no closures: this runs for every leaf row and every level)
  const keys = new Array<PivotKey>(dims.length);
  const tokens = new Array<string>(dims.length);
  const money = new Array<bigint | null>(moneyCols.length);
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
    const colId = `[${tokens.slice(nRows).join(',')}]`;
    let colKeys: PivotKey[] | null = null;
    let prefix = '[';
    for (let level = 0; level <= nRows; level++) {
      if (level > 0) prefix += (level > 1 ? ',' : '') + tokens[level - 1]!;
      const rowId = `${prefix}]`;
      for (let total = 0; total < (hasCols ? 2 : 1); total++) {
        const cId = total === 1 ? TOTAL_COLUMNS_ID : colId;
        const id = cellKey(rowId, cId);
        let cell = cells.get(id);
        if (cell === undefined) {
          const ck = total === 1 ? null : (colKeys ??= keys.slice(nRows));
          cell = { rowKeys: keys.slice(0, level), colKeys: ck, rowId, colId: cId, money: new Map(), usage: 0n, lines: 0 };
          cells.set(id, cell);
        }
        // a sum over lines that all lack a column stays absent (null), never 0
        for (let m = 0; m < money.length; m++) {
          const v = money[m];
          if (v === null || v === undefined) continue;
          const c = plan.money[m]!;
          cell.money.set(c, (cell.money.get(c) ?? 0n) + v);
        }
        cell.usage += usage;
        cell.lines += lines;
      }
    }
    const lo = minCol[r] as string | null;
    const hi = maxCol[r] as string | null;
    if (lo !== null && (currencyMin === null || lo < currencyMin)) currencyMin = lo;
    if (hi !== null && (currencyMax === null || hi > currencyMax)) currencyMax = hi;
  }
  const currencies = new Set([currencyMin, currencyMax].filter((c): c is string => c !== null));
  return { cells, currencies: [...currencies].sort() };
}
