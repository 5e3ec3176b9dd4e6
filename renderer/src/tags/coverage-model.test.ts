// The bars and the breakdown read the audit's own figures: all keys first, each key after, both
// denominators, and whether each share reaches the target. The result below is written by hand
// (the worked example of core/engines/tags/SPEC.md, trimmed).
import { describe, expect, it } from 'vitest';
import type { TagAuditResult } from '../../../core/api/tags-contract.ts';
import { breakdownRows, coverageRows } from './coverage-model.ts';

const result = {
  requiredKeys: ['Team', 'Environment'],
  target: 0.85,
  totalCost: 290,
  taggableCost: 285,
  allKeys: { taggedCost: 160, share: 160 / 290, taggableTaggedCost: 160, taggableShare: 160 / 285 },
  coverage: [
    { key: 'Team', totalCost: 290, taggableCost: 285, taggedCost: 230, share: 230 / 290, taggableTaggedCost: 230, taggableShare: 230 / 285 },
    { key: 'Environment', totalCost: 290, taggableCost: 285, taggedCost: 280, share: 280 / 290, taggableTaggedCost: 280, taggableShare: 280 / 285 },
  ],
  byAccount: [
    { value: '111111111111', label: 'alpha', totalCost: 235, taggableCost: 230, allKeys: { taggedCost: 140, share: 140 / 235, taggableTaggedCost: 140, taggableShare: 140 / 230 }, keys: [{ key: 'Team', totalCost: 235, taggableCost: 230, taggedCost: 200, share: 200 / 235, taggableTaggedCost: 200, taggableShare: 200 / 230 }] },
  ],
  byService: [{ value: null, totalCost: 5, taggableCost: 0, allKeys: { taggedCost: 0, share: 0, taggableTaggedCost: 0, taggableShare: null }, keys: [] }],
} as unknown as TagAuditResult;

describe('coverageRows', () => {
  it('all keys first, then each key, with both denominators and the target', () => {
    const rows = coverageRows(result);
    expect(rows.map((r) => r.label)).toEqual(['All keys', 'Team', 'Environment']);
    expect(rows[0]).toMatchObject({ allKeys: true, all: { tagged: 160, total: 290, meetsTarget: false }, taggable: { tagged: 160, total: 285, meetsTarget: false } });
    // Environment: 280/290 = 0.9655 and 280/285 = 0.9824, both over 85%
    expect(rows[2]).toMatchObject({ all: { meetsTarget: true }, taggable: { meetsTarget: true } });
  });
});

describe('breakdownRows', () => {
  it('accounts by name with their id, shares over the chosen denominator, a missing key as null', () => {
    expect(breakdownRows(result, 'account', 'taggable')).toEqual([
      { id: '111111111111', name: 'alpha', detail: '111111111111', totalCost: 235, taggableCost: 230, allKeys: 140 / 230, keys: [200 / 230, null] },
    ]);
    expect(breakdownRows(result, 'account', 'all')[0]!.allKeys).toBe(140 / 235);
  });
  it('a group without a value is named (none); a zero denominator stays null', () => {
    expect(breakdownRows(result, 'service', 'taggable')[0]).toMatchObject({ name: '(none)', allKeys: null });
  });
});
