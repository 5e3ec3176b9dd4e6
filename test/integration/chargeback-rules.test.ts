// Rules saved with version history, the account → owner map, the owner fallback chain, and bad
// input refused with nothing changed (issue 13), on the three-teams fixture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../core/api/errors.ts';
import { toApiError } from '../../core/api/errors.ts';
import { ACCOUNT_A, ACCOUNT_B, THREE_TEAMS_RULES, threeTeamsWorkspace } from './chargeback-fixture.ts';
import type { TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await threeTeamsWorkspace();
});
afterAll(() => t.close());

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    return toApiError(err);
  }
  throw new Error('expected a failure');
}

describe('chargeback rules and owners', () => {
  it('bad rules are refused with a clear error and nothing is saved', async () => {
    const percent = await failure(t.api.chargebackRulesSave({ rules: { ...THREE_TEAMS_RULES, pools: [{ name: 'Tax', match: { kind: 'tax' }, split: { method: 'fixed', percentages: { payments: 50, search: 30, data: 10 } } }] } }));
    expect(percent.code).toBe('CHARGEBACK_BAD_RULES');
    expect(percent.message).toContain('add up to 90, not 100');
    const dimension = await failure(t.api.chargebackRulesSave({ rules: { ...THREE_TEAMS_RULES, owner: { chain: [{ kind: 'dimension', dimension: 'Teem' }] } } }));
    expect(dimension.code).toBe('CHARGEBACK_UNKNOWN_DIMENSION');
    expect(dimension.message).toContain('Teem');
    const tag = await failure(t.api.chargebackRulesSave({ rules: { ...THREE_TEAMS_RULES, owner: { chain: [{ kind: 'tag', key: 'team' }] } } }));
    expect(tag.code).toBe('CHARGEBACK_UNKNOWN_DIMENSION');
    expect(tag.message).toContain('Did you mean "Team"?');
    const newer = await failure(t.api.chargebackRulesImport({ document: { ...THREE_TEAMS_RULES, formatVersion: 3 } }));
    expect(newer.code).toBe('CHARGEBACK_RULES_NEWER');
    expect((await t.api.chargebackRulesHistory({})).versions).toEqual([]);
    expect(await t.api.chargebackRulesGet({})).toEqual({ rules: null, version: 0, savedAt: null, savedBy: null });
  });

  it('a run with an unknown owner dimension is refused', async () => {
    const e = await failure(t.api.chargeback({ spec: { period: '2026-10', by: 'Teem' } }));
    expect(e.code).toBe('CHARGEBACK_UNKNOWN_DIMENSION');
  });

  it('saves versions: who, when, what changed; the same rules twice make one version', async () => {
    const first = await t.api.chargebackRulesSave({ rules: THREE_TEAMS_RULES, source: 'typed' });
    expect(first.version).toBe(1);
    expect(first.savedBy?.length).toBeGreaterThan(0);
    expect((await t.api.chargebackRulesSave({ rules: THREE_TEAMS_RULES })).version).toBe(1);
    const second = await t.api.chargebackRulesSave({ rules: { ...THREE_TEAMS_RULES, basis: 'Billed', pools: [THREE_TEAMS_RULES.pools[1]] } });
    expect(second.version).toBe(2);
    const { versions } = await t.api.chargebackRulesHistory({});
    expect(versions.map((v) => v.change)).toEqual(['basis Effective → Billed; pool Unused commitment removed', 'first version']);
    // the saved rules run as their version
    expect((await t.api.chargeback({ spec: { period: '2026-10' } })).rulesVersion).toBe(2);
  });

  it('account → owner map: the chain falls back to it where the tag has no value', async () => {
    const bad = await failure(t.api.chargebackAccountOwnersImport({ text: `account,owner\n${ACCOUNT_A},platform\n${ACCOUNT_A},payments\n` }));
    expect(bad.code).toBe('CHARGEBACK_BAD_ACCOUNT_OWNERS');
    expect((await t.api.chargebackAccountOwnersList({})).owners).toEqual([]);
    await t.api.chargebackAccountOwnersImport({ text: `account,owner\n${ACCOUNT_B},shared-b\n` });
    const r = await t.api.chargeback({ spec: { period: '2026-10', rules: { formatVersion: 1, owner: { chain: [{ kind: 'tag', key: 'Team' }, { kind: 'accountOwner' }] } } } });
    // the untagged line i-9 (7) is in account B: shared-b; the untagged lines of account A
    // (unused 10, fee 0, tax 22, credit -20 = 12) have no owner
    expect(Object.fromEntries(r.allocations.map((a) => [a.owner, a.total]))).toEqual({ payments: 120, search: 60, data: 40, 'shared-b': 7 });
    expect(r.unallocated).toBe(12);
  });

  it('a dimension as owner, a listed-accounts pool and a filter pool', async () => {
    const r = await t.api.chargeback({
      spec: {
        period: '2026-10',
        rules: {
          formatVersion: 1,
          owner: { chain: [{ kind: 'dimension', dimension: 'ServiceName' }] },
          pools: [
            { name: 'Account B', match: { kind: 'accounts', accounts: [ACCOUNT_B] }, split: { method: 'even', among: ['Amazon EC2'] } },
            { name: 'Plans', match: { kind: 'filter', dimension: 'ServiceName', values: ['Savings Plans for AWS Compute usage'] }, split: { method: 'proportional' } },
          ],
        },
      },
    });
    // account B lines (db-1 40, bucket-1 20, i-9 7 = 67) all to Amazon EC2; the plan's lines (10 + 0) split
    // by direct cost: EC2 100 + 60 + 22 - 20 = 162 is the only direct owner in account A
    expect(r.allocations.map((a) => [a.owner, a.direct, a.shared, a.total])).toEqual([['Amazon EC2', 162, 77, 239]]);
    expect(r.unallocated).toBe(0);
  });
});
