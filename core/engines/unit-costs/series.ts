// Step 4 (SPEC.md): cost and volume per period and key -> unit cost rows. Pure: the tests feed it
// numbers written by hand. Cents follow the pivot's rule: a period's total is its exact cost
// rounded half away from zero, and its keys share those cents by largest remainder (ties: key
// order), so the keys of a period add up to its total.
import { allocateCents, centsToNumber, roundToCents } from '../pivot/exact.ts';
import { shiftKey } from '../pivot/time.ts';
import type { UnitCostGrain } from './constants.ts';
import { changeOf, unitCostOf, volumeToNumber } from './ratio.ts';
import type { UnitCostRow } from './result.ts';

export interface PeriodAmount {
  period: string;
  key: string | null;
  /** Exact cost (10⁻¹² units) or volume (10⁻⁶ units). */
  amount: bigint;
}

interface Pair {
  cost: bigint;
  volume: bigint;
}

/** null keys (cost no owner or service claims) after the named ones. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function unitCostRows(grain: UnitCostGrain, costs: readonly PeriodAmount[], volumes: readonly PeriodAmount[]): UnitCostRow[] {
  const byPeriod = new Map<string, Map<string | null, Pair>>();
  const pair = (period: string, key: string | null): Pair => {
    let keys = byPeriod.get(period);
    if (!keys) byPeriod.set(period, (keys = new Map()));
    let p = keys.get(key);
    if (!p) keys.set(key, (p = { cost: 0n, volume: 0n }));
    return p;
  };
  for (const c of costs) pair(c.period, c.key).cost += c.amount;
  for (const v of volumes) pair(v.period, v.key).volume += v.amount;

  const rows: UnitCostRow[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    const keys = byPeriod.get(period)!;
    const order = [...keys.keys()].sort(compareKeys);
    const exact = order.map((k) => keys.get(k)!.cost);
    const cents = allocateCents(exact, roundToCents(exact.reduce((a, b) => a + b, 0n)));
    const before = byPeriod.get(shiftKey(grain, period, -1));
    order.forEach((key, i) => {
      const now = keys.get(key)!;
      const prev = before?.get(key);
      rows.push({
        period,
        key,
        cost: centsToNumber(cents[i]!),
        volume: volumeToNumber(now.volume),
        unitCost: unitCostOf(now.cost, now.volume),
        changePct: prev ? changeOf(now, prev) : null,
      });
    });
  }
  return rows;
}
