import { describe, expect, it } from 'vitest';
import { sameRules } from './rules-compare.ts';
import { defaultRules } from './words.ts';

describe('sameRules', () => {
  it('ignores key order, not content or pool order', () => {
    const a = defaultRules();
    const reordered = { credits: a.credits, pools: a.pools.map((p) => ({ split: p.split, match: p.match, name: p.name })), basis: a.basis, owner: a.owner, formatVersion: a.formatVersion };
    expect(sameRules(a, reordered)).toBe(true);
    expect(sameRules(a, { ...a, credits: 'unallocated' })).toBe(false);
    expect(sameRules(a, { ...a, owner: { chain: [...a.owner.chain].reverse() } })).toBe(false);
    expect(sameRules(a, null)).toBe(false);
  });
});
