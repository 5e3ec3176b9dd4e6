import { describe, expect, it } from 'vitest';
import { blankPool, draftIssues, fromRules, parsePercent, percentSum, toRules, type Draft } from './draft.ts';
import { defaultRules } from './words.ts';

function fixedDraft(...percents: string[]): Draft {
  const pool = { ...blankPool('support'), method: 'fixed' as const, shares: percents.map((percent, i) => ({ owner: `team-${i + 1}`, percent })) };
  return { ...fromRules(defaultRules()), pools: [pool] };
}

describe('draft', () => {
  it('turns the default rules into a draft and back unchanged', () => {
    const out = toRules(fromRules(defaultRules()));
    expect(out.rules).toEqual(defaultRules());
  });

  it('keeps fixed percentages, accounts and filter values through a round trip', () => {
    const rules = {
      ...defaultRules(),
      pools: [
        { name: 'Shared accounts', match: { kind: 'accounts' as const, accounts: ['111111111111', '222222222222'] }, split: { method: 'fixed' as const, percentages: { payments: 50, search: 30, data: 20 } } },
        { name: 'Platform', match: { kind: 'filter' as const, dimension: 'ServiceName', values: ['Amazon EKS', 'AWS Support (Business)'] }, split: { method: 'even' as const, among: ['payments', 'search'] } },
      ],
    };
    expect(toRules(fromRules(rules)).rules).toEqual(rules);
  });

  it('reads typed percentages exactly (millionths), and refuses what is not one', () => {
    expect(parsePercent('33.3')).toBe(33_300_000);
    expect(parsePercent(' 100 ')).toBe(100_000_000);
    expect(parsePercent('.5')).toBe(500_000);
    expect(parsePercent('100.01')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('ten')).toBeNull();
    expect(parsePercent('')).toBeNull();
    // 0.1 + 0.2 style sums stay exact: 33.3 + 33.3 + 33.4 is 100
    expect(percentSum([{ owner: 'a', percent: '33.3' }, { owner: 'b', percent: '33.3' }, { owner: 'c', percent: '33.4' }])).toBe(100);
  });

  it('says by how much fixed percentages miss 100', () => {
    const d = fixedDraft('50', '30', '10');
    const issues = draftIssues(d);
    expect(issues).toEqual([{ field: `pool.${d.pools[0]!.id}.shares`, message: 'The percentages of “Support” add up to 90%; they must add up to 100% (10% missing).' }]);
    expect(toRules(d).rules).toBeNull();
    const over = fixedDraft('60', '30', '20');
    expect(draftIssues(over)[0]!.message).toBe('The percentages of “Support” add up to 110%; they must add up to 100% (10% too much).');
    expect(toRules(fixedDraft('50', '30', '20')).rules?.pools[0]!.split).toEqual({ method: 'fixed', percentages: { 'team-1': 50, 'team-2': 30, 'team-3': 20 } });
  });

  it('names the share that is not a number, a blank or repeated owner, and an empty chain', () => {
    const d = fixedDraft('50', 'abc');
    const id = d.pools[0]!.id;
    expect(draftIssues(d)).toEqual([{ field: `pool.${id}.share.1`, message: 'Enter a percentage from 0 to 100.' }]);
    const twice: Draft = { ...d, pools: [{ ...d.pools[0]!, shares: [{ owner: 'a', percent: '50' }, { owner: 'a ', percent: '50' }] }] };
    expect(draftIssues(twice)).toEqual([{ field: `pool.${id}.share.1`, message: 'a is listed twice.' }]);
    expect(draftIssues({ ...d, chain: [], pools: [] })).toEqual([{ field: 'chain', message: 'Add at least one owner source: without one, every cent is unallocated.' }]);
    expect(draftIssues({ ...d, chain: [{ kind: 'tag', key: ' ' }], pools: [] })[0]!.field).toBe('chain.0');
  });

  it('refuses two pools with one name and a pool of accounts without any', () => {
    const a = blankPool('accounts');
    const b = { ...blankPool('tax'), name: 'Shared accounts' };
    const issues = draftIssues({ ...fromRules(defaultRules()), pools: [a, b] });
    expect(issues.map((i) => i.field)).toEqual([`pool.${a.id}.name`, `pool.${a.id}.match`, `pool.${b.id}.name`]);
  });
});
