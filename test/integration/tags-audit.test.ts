// The tag audit on the worked example of core/engines/tags/SPEC.md (fixture tags-fixture.ts).
// Every expected number is summed by hand from the fixture's table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../core/engines/tags/index.ts';
import type { TestWorkspace } from '../support/workspace.ts';
import { openTestWorkspace } from '../support/workspace.ts';
import { ACCOUNT_A, ACCOUNT_B, EXAMPLE_POLICY, tagAuditWorkspace } from './tags-fixture.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await tagAuditWorkspace();
});
afterAll(() => t.close());

const byKey = (r: Awaited<ReturnType<typeof run>>) => Object.fromEntries(r.coverage.map((c) => [c.key, c]));

describe('step 2: coverage', () => {
  test('per key and all keys, over all cost (290) and over taggable cost (285)', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY });
    expect(r.requiredKeys).toEqual(['Team', 'Environment']);
    expect(r.basis).toBe('Effective');
    expect([r.totalCost, r.taggableCost]).toEqual([290, 285]);
    const k = byKey(r);
    expect(k.Team).toMatchObject({ totalCost: 290, taggableCost: 285, taggedCost: 230, taggableTaggedCost: 230 });
    expect(k.Team!.share).toBeCloseTo(230 / 290, 12);
    expect(k.Team!.taggableShare).toBeCloseTo(230 / 285, 12);
    expect(k.Environment).toMatchObject({ taggedCost: 215, taggableTaggedCost: 215 });
    expect(k.Environment!.share).toBeCloseTo(215 / 290, 12);
    expect(k.Environment!.taggableShare).toBeCloseTo(215 / 285, 12);
    expect(r.allKeys).toMatchObject({ taggedCost: 160, taggableTaggedCost: 160 });
    expect(r.allKeysShare).toBeCloseTo(160 / 290, 12);
    expect(r.allKeysTaggableShare).toBeCloseTo(160 / 285, 12);
  });

  test('by month, account and service', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY });
    expect(r.byMonth.map((g) => [g.value, g.totalCost, g.taggableCost, g.allKeys.taggedCost])).toEqual([
      ['2026-10', 200, 195, 100],
      ['2026-11', 90, 90, 60],
    ]);
    expect(r.byMonth[0]!.allKeys.share).toBe(0.5);
    expect(r.byAccount.map((g) => [g.value, g.label, g.totalCost, g.allKeys.taggedCost])).toEqual([
      [ACCOUNT_A, 'alpha', 235, 140],
      [ACCOUNT_B, 'beta', 55, 20],
    ]);
    const services = Object.fromEntries(r.byService.map((g) => [g.value, [g.totalCost, g.taggableCost, g.allKeys.taggedCost, g.allKeys.taggableShare]]));
    expect(services).toEqual({ 'Amazon EC2': [230, 230, 140, 140 / 230], 'Amazon S3': [45, 45, 20, 20 / 45], 'Amazon RDS': [10, 10, 0, 0], 'AWS Support (Business)': [5, 0, 0, null] });
  });

  test('one month', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY, period: '2026-10' });
    expect(r.period).toBe('2026-10');
    expect([r.totalCost, r.taggableCost, byKey(r).Team!.taggedCost, byKey(r).Environment!.taggedCost, r.allKeys.taggedCost]).toEqual([200, 195, 170, 125, 100]);
  });

  test('the cost basis is selectable: Billed counts line 1 at 120', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY, basis: 'Billed' });
    expect([r.basis, r.totalCost, r.taggableCost, r.allKeys.taggedCost]).toEqual(['Billed', 310, 305, 180]);
  });

  test('a key scoped to ec2:* is met by lines of other services', async () => {
    const policy = { kind: 'tagPolicy' as const, keys: [{ key: 'Environment', allowedValues: ['prod', 'dev', 'stag*'], appliesTo: ['ec2:*'] }] };
    const r = await run(t.ws.db, { policy });
    expect(byKey(r).Environment!.taggedCost).toBe(230);
    expect(r.offenders.map((o) => o.resourceId)).toEqual(['i-2']);
  });

  test('a cost category stands in for a tag the line lacks (lines 3 and 5), when the policy names it', async () => {
    const policy = { kind: 'tagPolicy' as const, keys: [{ key: 'Team', costCategory: 'Team' }, EXAMPLE_POLICY.keys[1]!] };
    const r = await run(t.ws.db, { policy });
    expect(byKey(r).Team).toMatchObject({ taggedCost: 260, taggableTaggedCost: 255 });
    expect(r.offenders.map((o) => [o.resourceId, o.cost])).toEqual([['i-2', 60], ['i-3', 30], ['db-1', 10]]);
    expect([r.offenderCount, r.offenderCost]).toEqual([3, 100]);
  });

  test('requiredKeys picks keys; without a policy, the default keys and no value rules', async () => {
    const r = await run(t.ws.db, { requiredKeys: ['Environment'] });
    expect(r.policyOrigin).toBe('default');
    // no value rule: production passes; line 2 and 5 miss it
    expect(byKey(r).Environment!.taggedCost).toBe(225);
    const d = await run(t.ws.db, {});
    expect(d.requiredKeys).toEqual(['Team', 'Environment', 'Project', 'CostCenter']);
    expect(d.allKeys.taggedCost).toBe(0);
  });
});

describe('step 3: offenders', () => {
  test('ranked by the cost of their failing lines, with what is missing or invalid', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY });
    expect(r.offenderCount).toBe(4);
    expect(r.offenderCost).toBe(125);
    expect(r.offenders).toEqual([
      { resourceId: 'i-2', accountId: ACCOUNT_A, accountName: 'alpha', serviceName: 'Amazon EC2', cost: 60, missing: ['Environment'], invalid: [], firstSeen: '2026-10-04T00:00:00Z', lastSeen: '2026-10-05T00:00:00Z' },
      { resourceId: 'i-3', accountId: ACCOUNT_A, accountName: 'alpha', serviceName: 'Amazon EC2', cost: 30, missing: [], invalid: [{ key: 'Team', reason: 'invalidValue', foundKey: 'Team', value: '' }], firstSeen: '2026-11-04T00:00:00Z', lastSeen: '2026-11-05T00:00:00Z' },
      { resourceId: 'bucket-1', accountId: ACCOUNT_B, accountName: 'beta', serviceName: 'Amazon S3', cost: 25, missing: [], invalid: [{ key: 'Team', reason: 'invalidKey', foundKey: 'team', value: 'search' }], firstSeen: '2026-10-05T00:00:00Z', lastSeen: '2026-10-06T00:00:00Z' },
      { resourceId: 'db-1', accountId: ACCOUNT_B, accountName: 'beta', serviceName: 'Amazon RDS', cost: 10, missing: [], invalid: [{ key: 'Environment', reason: 'invalidValue', foundKey: 'Environment', value: 'production' }], firstSeen: '2026-10-06T00:00:00Z', lastSeen: '2026-10-07T00:00:00Z' },
    ]);
  });

  test('coverage if the top N were fixed: their cost joins the all-keys tagged cost', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY, fixTop: 2 });
    expect(r.ifTopFixed.n).toBe(2);
    expect(r.ifTopFixed.fixedCost).toBe(90);
    expect(r.ifTopFixed.allKeysShare).toBeCloseTo(250 / 290, 12);
    expect(r.ifTopFixed.allKeysTaggableShare).toBeCloseTo(250 / 285, 12);
    // more than there are: all 4 (125), even when fewer are listed
    const all = await run(t.ws.db, { policy: EXAMPLE_POLICY, fixTop: 50, offenders: 1 });
    expect([all.ifTopFixed.n, all.ifTopFixed.fixedCost, all.offenders.length]).toEqual([4, 125, 1]);
    expect(all.ifTopFixed.allKeysTaggableShare).toBeCloseTo(285 / 285, 12);
  });

  test('a limit lists the first ones and still counts them all', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY, offenders: 1 });
    expect(r.offenders.map((o) => o.resourceId)).toEqual(['i-2']);
    expect([r.offenderCount, r.offenderCost]).toEqual([4, 125]);
    const none = await run(t.ws.db, { policy: EXAMPLE_POLICY, offenders: 0 });
    expect([none.offenders.length, none.offenderCount]).toEqual([0, 4]);
  });
});

describe('bad input', () => {
  test('an empty workspace and a month without lines are coded errors that say what to do', async () => {
    const empty = await openTestWorkspace();
    try {
      await expect(run(empty.ws.db, {})).rejects.toMatchObject({ code: 'TAGS_NO_LINES', message: expect.stringContaining('ingest') });
    } finally {
      empty.close();
    }
    await expect(run(t.ws.db, { period: '2025-01' })).rejects.toMatchObject({ code: 'TAGS_NO_LINES', message: expect.stringContaining('2026-10 to 2026-11') });
  });

  test('an unknown field or a bad period is TAGS_BAD_SPEC', async () => {
    await expect(run(t.ws.db, { period: '2026-13' })).rejects.toMatchObject({ code: 'TAGS_BAD_SPEC' });
    await expect(run(t.ws.db, { colour: 'red' } as never)).rejects.toMatchObject({ code: 'TAGS_BAD_SPEC' });
  });

  test('hostile keys and values stay data', async () => {
    const policy = { kind: 'tagPolicy' as const, keys: [{ key: "Team'; DROP TABLE focus; --", allowedValues: ["x') OR true --"] }] };
    const r = await run(t.ws.db, { policy });
    expect([r.totalCost, r.allKeys.taggedCost, r.offenderCount]).toEqual([290, 0, 5]);
  });
});

describe('step 5: variants', () => {
  test('value variants and key variants, with the policy\'s canonical forms and the cost behind each', async () => {
    const r = await run(t.ws.db, { policy: EXAMPLE_POLICY });
    // Environment: prod on lines 1 and 6 (140), production on line 4 (10); dev and staging have one spelling each
    expect(r.variants).toEqual([{ key: 'Environment', canonical: 'prod', variants: [{ value: 'prod', cost: 140 }, { value: 'production', cost: 10 }] }]);
    // Team on lines 1, 2, 4, 6, 7, 8 (260), team on line 3 (25)
    expect(r.keyVariants).toEqual([{ canonical: 'Team', variants: [{ key: 'Team', cost: 260 }, { key: 'team', cost: 25 }] }]);
    // October alone: Team 170, team 25; prod 100, production 10
    const october = await run(t.ws.db, { policy: EXAMPLE_POLICY, period: '2026-10' });
    expect(october.variants[0]!.variants).toEqual([{ value: 'prod', cost: 100 }, { value: 'production', cost: 10 }]);
    expect(october.keyVariants[0]!.variants).toEqual([{ key: 'Team', cost: 170 }, { key: 'team', cost: 25 }]);
  });

  test('without a policy naming the key, the canonical form is the variant with the most cost', async () => {
    const r = await run(t.ws.db, { requiredKeys: ['Owner'] });
    expect(r.keyVariants).toEqual([{ canonical: 'Team', variants: [{ key: 'Team', cost: 260 }, { key: 'team', cost: 25 }] }]);
    expect(r.variants).toEqual([{ key: 'Environment', canonical: 'prod', variants: [{ value: 'prod', cost: 140 }, { value: 'production', cost: 10 }] }]);
  });
});
