// Change vs the previous period: each cell is compared with the cell that has the same keys
// but the time bucket before. That bucket is in the same result, or (for the first bucket of
// a spec with a period start) in a second query over the bucket just before the period.
// Without a period start, or when the workspace has no line at all before the period, the
// earliest bucket has nothing known before it: its change is null.
import { cellId, type CellSet } from './cells.ts';
import type { SummedMoney } from './constants.ts';
import type { Plan } from './plan.ts';
import type { PivotKey } from './spec.ts';
import { formatKey, isoDay, previousKey, shiftBucket, truncate } from './time.ts';

export interface PreviousPeriod {
  /** Cells of the bucket just before the period start, when the spec has one. */
  before: CellSet | null;
  /** Previous keys from this one on are known: a cell missing there is 0, not unknown. */
  knownFrom: string | null;
}

function periodStart(plan: Plan): Date | null {
  const from = plan.spec.period.from;
  return plan.time && from ? truncate(plan.time.grain, new Date(`${from}T00:00:00Z`)) : null;
}

/** The [from, to) of the bucket just before the period's first bucket. */
export function previousWindow(plan: Plan): { from: string; to: string } | null {
  const start = periodStart(plan);
  if (!plan.time || !start) return null;
  return { from: isoDay(shiftBucket(plan.time.grain, start, -1)), to: isoDay(start) };
}

/**
 * `workspaceHasBefore`: whether the workspace holds any line at all in the bucket before the
 * period. When it holds none (the data starts with the period), the first bucket has nothing
 * to compare with: its change is null, not the whole bucket's cost.
 */
export function previousPeriod(plan: Plan, current: CellSet, before: CellSet | null, workspaceHasBefore = true): PreviousPeriod {
  if (!plan.time) return { before, knownFrom: null };
  const { grain } = plan.time;
  const start = periodStart(plan);
  if (start) {
    const first = formatKey(grain, start);
    return { before, knownFrom: workspaceHasBefore ? previousKey(grain, first) : first };
  }
  let earliest: string | null = null;
  for (const c of current.cells.values()) {
    const k = timeKeyOf(plan, c.rowKeys, c.colKeys);
    if (typeof k === 'string' && (earliest === null || k < earliest)) earliest = k;
  }
  return { before, knownFrom: earliest };
}

function timeKeyOf(plan: Plan, rowKeys: PivotKey[], colKeys: PivotKey[] | null): PivotKey | undefined {
  if (!plan.time) return undefined;
  return plan.time.axis === 'rows' ? rowKeys[plan.time.index] : colKeys?.[plan.time.index];
}

/** The exact previous value of a cell; null when the cell has no time key or nothing is known before it. */
export function previousValue(
  plan: Plan,
  current: CellSet,
  prev: PreviousPeriod,
  rowKeys: PivotKey[],
  colKeys: PivotKey[] | null,
  money: SummedMoney,
): bigint | null {
  const time = plan.time;
  if (!time) return null;
  const key = timeKeyOf(plan, rowKeys, colKeys);
  if (typeof key !== 'string') return null;
  const pk = previousKey(time.grain, key);
  const rk = [...rowKeys];
  const ck = colKeys ? [...colKeys] : null;
  if (time.axis === 'rows') rk[time.index] = pk;
  else if (ck) ck[time.index] = pk;
  const id = cellId(rk, ck);
  const cell = current.cells.get(id) ?? prev.before?.cells.get(id);
  if (cell) return cell.money.get(money) ?? 0n;
  return prev.knownFrom !== null && pk >= prev.knownFrom ? 0n : null;
}
