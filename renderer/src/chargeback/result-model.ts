// The result table and its reconciliation, from the engine's answer. Money arrives rounded to the
// cent; the checks here add whole cents (integers), so the line "Σ owners + unallocated = source
// total" is exact and says so, or shows the difference rather than hiding it.
import type { ChargebackResult, OwnerAllocation } from './types.ts';

export interface OwnerRow {
  owner: string;
  direct: number;
  shared: number;
  total: number;
  previous: number | null;
  change: number | null;
  /** change ÷ previous; null without a previous month or when it was 0. */
  changeRatio: number | null;
}

export interface Reconciliation {
  owners: number;
  direct: number;
  shared: number;
  /** Σ of the owners' previous totals, or null when the previous month was not loaded. */
  previous: number | null;
  unallocated: number;
  sum: number;
  sourceTotal: number;
  /** sum − source total, in currency units (0 when it reconciles to the cent). */
  difference: number;
  reconciles: boolean;
}

const cents = (x: number) => Math.round(x * 100);
const fromCents = (c: number) => c / 100;

export function ownerRow(a: OwnerAllocation): OwnerRow {
  const change = a.previousTotal === null ? null : fromCents(cents(a.total) - cents(a.previousTotal));
  return {
    owner: a.owner,
    direct: a.direct,
    shared: a.shared,
    total: a.total,
    previous: a.previousTotal,
    change,
    changeRatio: change === null || a.previousTotal === null || a.previousTotal === 0 ? null : change / Math.abs(a.previousTotal),
  };
}

export function reconcile(r: Pick<ChargebackResult, 'allocations' | 'unallocated' | 'sourceTotal'>): Reconciliation {
  const add = (pick: (a: OwnerAllocation) => number) => r.allocations.reduce((s, a) => s + cents(pick(a)), 0);
  const owners = add((a) => a.total);
  const sum = owners + cents(r.unallocated);
  const difference = sum - cents(r.sourceTotal);
  const previousKnown = r.allocations.length > 0 && r.allocations.every((a) => a.previousTotal !== null);
  return {
    owners: fromCents(owners),
    direct: fromCents(add((a) => a.direct)),
    shared: fromCents(add((a) => a.shared)),
    previous: previousKnown ? fromCents(add((a) => a.previousTotal ?? 0)) : null,
    unallocated: r.unallocated,
    sum: fromCents(sum),
    sourceTotal: r.sourceTotal,
    difference: fromCents(difference),
    reconciles: difference === 0,
  };
}
