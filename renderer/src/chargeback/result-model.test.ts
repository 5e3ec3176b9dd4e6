import { describe, expect, it } from 'vitest';
import { ownerRow, reconcile } from './result-model.ts';
import type { OwnerAllocation } from './types.ts';

function owner(name: string, direct: number, shared: number, total: number, previousTotal: number | null): OwnerAllocation {
  return { owner: name, direct, shared, total, previousTotal, byService: [], byAccount: [], topResources: [], received: [] };
}

describe('result model', () => {
  it('reconciles in whole cents: 0.1 + 0.2 style sums do not drift', () => {
    // 102.50 + 61.50 + 11.00 + unallocated 25.00 = 200.00
    const r = reconcile({ allocations: [owner('payments', 100, 2.5, 102.5, 90.1), owner('search', 60, 1.5, 61.5, 70.2), owner('data', 10, 1, 11, 0)], unallocated: 25, sourceTotal: 200 });
    expect(r).toEqual({ owners: 175, direct: 170, shared: 5, previous: 160.3, unallocated: 25, sum: 200, sourceTotal: 200, difference: 0, reconciles: true });
    const tenths = reconcile({ allocations: [owner('a', 0.1, 0, 0.1, null), owner('b', 0.2, 0, 0.2, null)], unallocated: 0, sourceTotal: 0.3 });
    expect(tenths.reconciles).toBe(true);
    expect(tenths.previous).toBeNull();
  });

  it('shows a difference instead of hiding it', () => {
    const r = reconcile({ allocations: [owner('a', 10, 0, 10, null)], unallocated: 0.01, sourceTotal: 10.03 });
    expect(r.reconciles).toBe(false);
    expect(r.difference).toBe(-0.02);
  });

  it('changes from the previous month, none without one, no ratio from zero', () => {
    expect(ownerRow(owner('a', 100, 2.5, 102.5, 90.1))).toMatchObject({ change: 12.4, changeRatio: 12.4 / 90.1 });
    expect(ownerRow(owner('a', 1, 0, 1, null))).toMatchObject({ previous: null, change: null, changeRatio: null });
    expect(ownerRow(owner('a', 1, 0, 1, 0))).toMatchObject({ change: 1, changeRatio: null });
  });
});
