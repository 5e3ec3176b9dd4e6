// The chargeback engine on the "three-teams" fixture (SPEC.md's worked example): every figure
// below is worked out by hand in SPEC.md, never taken from the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChargebackResult } from '../../core/api/chargeback-contract.ts';
import { ACCOUNT_A, ACCOUNT_B, THREE_TEAMS_RULES, threeTeamsWorkspace } from './chargeback-fixture.ts';
import type { TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
let result: ChargebackResult;

beforeAll(async () => {
  t = await threeTeamsWorkspace();
  result = await t.api.chargeback({ spec: { period: '2026-10', rules: THREE_TEAMS_RULES } });
});
afterAll(() => t.close());

describe('chargeback worked example (SPEC.md), to the cent', () => {
  it('step 0: the source total of the Effective basis, inline rules are version 0', () => {
    // 100 + 60 + 40 + 20 + 10 (unused) + 0 (fee) + 22 (tax) - 20 (credit) + 7 (untagged) = 239
    expect(result).toMatchObject({ period: '2026-10', basis: 'Effective', currency: 'USD', sourceTotal: 239, rulesVersion: 0 });
  });

  it('step 1 direct attribution: tag Team; the untagged line (and the fee, effective 0) is unallocated', () => {
    const direct = Object.fromEntries(result.allocations.map((a) => [a.owner, a.direct]));
    expect(direct).toEqual({ payments: 120, search: 60, data: 40 });
    expect(result.unallocated).toBe(7);
  });

  it('step 3 split: even (unused commitment), fixed (tax), proportional (credits)', () => {
    expect(result.pools).toEqual([
      { name: 'Unused commitment', amount: 10, method: 'even', to: [{ owner: 'data', amount: 3.34 }, { owner: 'payments', amount: 3.33 }, { owner: 'search', amount: 3.33 }] },
      { name: 'Tax', amount: 22, method: 'fixed', to: [{ owner: 'data', amount: 4.4 }, { owner: 'payments', amount: 11 }, { owner: 'search', amount: 6.6 }] },
      { name: 'Credits', amount: -20, method: 'proportional', to: [{ owner: 'data', amount: -3.64 }, { owner: 'payments', amount: -10.91 }, { owner: 'search', amount: -5.45 }] },
    ]);
  });

  it('step 4 rounding: largest remainder, ties by owner name; totals + unallocated = source total', () => {
    expect(result.allocations.map((a) => [a.owner, a.direct, a.shared, a.total])).toEqual([
      ['payments', 120, 3.42, 123.42],
      ['search', 60, 4.48, 64.48],
      ['data', 40, 4.1, 44.1],
    ]);
    const cents = result.allocations.reduce((s, a) => s + Math.round(a.total * 100), 0) + Math.round(result.unallocated * 100);
    expect(cents).toBe(23900);
  });

  it('step 5 received, breakdowns, top resources and the previous month', () => {
    const payments = result.allocations.find((a) => a.owner === 'payments')!;
    expect(payments.received).toEqual([
      { pool: 'Unused commitment', method: 'even', amount: 3.33 },
      { pool: 'Tax', method: 'fixed', amount: 11 },
      { pool: 'Credits', method: 'proportional', amount: -10.91 },
    ]);
    expect(payments.byService).toEqual([{ name: 'Amazon EC2', cost: 100 }, { name: 'Amazon S3', cost: 20 }]);
    expect(payments.byAccount).toEqual([{ id: ACCOUNT_A, name: 'alpha', cost: 100 }, { id: ACCOUNT_B, name: 'beta', cost: 20 }]);
    expect(payments.topResources).toEqual([{ resourceId: 'i-1', serviceName: 'Amazon EC2', cost: 100 }, { resourceId: 'bucket-1', serviceName: 'Amazon S3', cost: 20 }]);
    // September: one line of payments, 50; search and data had nothing that month
    expect(result.allocations.map((a) => [a.owner, a.previousTotal])).toEqual([['payments', 50], ['search', 0], ['data', 0]]);
  });

  it('previousTotal is null when the previous month is not loaded', async () => {
    const september = await t.api.chargeback({ spec: { period: '2026-09', rules: THREE_TEAMS_RULES } });
    expect(september.allocations).toMatchObject([{ owner: 'payments', total: 50, previousTotal: null }]);
  });

  it('credits left with their owner or unallocated; the Billed basis', async () => {
    const unallocated = await t.api.chargeback({ spec: { period: '2026-10', rules: { ...THREE_TEAMS_RULES, credits: 'unallocated' } } });
    // the credit line has no owner: 7 + (-20)
    expect(unallocated.unallocated).toBe(-13);
    expect(unallocated.pools.map((p) => p.name)).toEqual(['Unused commitment', 'Tax']);
    const billed = await t.api.chargeback({ spec: { period: '2026-10', rules: THREE_TEAMS_RULES, basis: 'Billed' } });
    // billed: 0 + 60 + 40 + 20 + 0 (unused) + 110 (fee, no owner) + 22 - 20 + 7 = 239; unused commitment pool is 0
    expect(billed).toMatchObject({ basis: 'Billed', sourceTotal: 239, unallocated: 117 });
    expect(Object.fromEntries(billed.allocations.map((a) => [a.owner, a.direct]))).toEqual({ payments: 20, search: 60, data: 40 });
  });

  it('an Untagged pool takes every line without an owner: nothing left unallocated', async () => {
    const r = await t.api.chargeback({ spec: { period: '2026-10', rules: { formatVersion: 1, owner: { chain: [{ kind: 'tag', key: 'Team' }] }, pools: [{ name: 'Untagged', match: { kind: 'untagged' }, split: { method: 'even' } }] } } });
    // no owner: unused 10 + fee 0 + tax 22 + credit -20 + i-9 7 = 19, a third each: 6.333333333333,
    // the one unit left to data (names tie); rows 46.333333333334, 126.333333333333, 66.333333333333:
    // one cent left over the floors, to data's larger remainder
    expect(r.allocations.map((a) => [a.owner, a.direct, a.shared, a.total])).toEqual([
      ['payments', 120, 6.33, 126.33],
      ['search', 60, 6.33, 66.33],
      ['data', 40, 6.34, 46.34],
    ]);
    expect(r.unallocated).toBe(0);
  });
});
