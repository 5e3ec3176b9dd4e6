import { describe, expect, it } from 'vitest';
import { defaultRules, ownerTagKey } from './words.ts';

describe('default rules', () => {
  it('read tag Team, then the account owner, sharing support in proportion', () => {
    expect(defaultRules({ tagKeys: ['Environment', 'Team'], lines: 10 })).toEqual({
      formatVersion: 1,
      owner: { chain: [{ kind: 'tag', key: 'Team' }, { kind: 'accountOwner' }] },
      basis: 'Effective',
      pools: [{ name: 'Support', match: { kind: 'support' }, split: { method: 'proportional' } }],
      credits: 'owner',
    });
  });

  it('take the workspace’s own owner-like key when it has no Team', () => {
    expect(ownerTagKey(['env', 'CostCenter', 'business_unit'])).toBe('CostCenter');
    expect(ownerTagKey(['application', 'team'])).toBe('team');
    expect(ownerTagKey(['env', 'Name'])).toBeNull();
    expect(defaultRules({ tagKeys: ['env', 'business_unit'], lines: 5 }).owner.chain[0]).toEqual({ kind: 'tag', key: 'business_unit' });
  });

  it('fall back to the account owner, then the account’s name, when no tag names owners', () => {
    expect(defaultRules({ tagKeys: ['env'], lines: 5 }).owner.chain).toEqual([{ kind: 'accountOwner' }, { kind: 'dimension', dimension: 'SubAccountName' }]);
  });

  it('start an empty workspace from tag Team', () => {
    expect(defaultRules({ tagKeys: [], lines: 0 }).owner.chain[0]).toEqual({ kind: 'tag', key: 'Team' });
  });
});
