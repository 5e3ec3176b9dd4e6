// The tag audit on the real FOCUS 1.0 sample (../shared/data/focus-sample-1.0, 1,000 lines of
// AWS, Azure and OCI, tags as JSON with messy keys: `org` and ` org`, `env` beside `environment`).
// Expected figures were summed by hand (a Python script over the CSV with Decimal, run once) and
// are written here as numbers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../core/engines/tags/index.ts';
import { openTestWorkspace, SHARED_DATA, type TestWorkspace } from '../support/workspace.ts';

const SAMPLE = join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv');
let t: TestWorkspace;

beforeAll(async () => {
  t = await openTestWorkspace();
  await t.api.ingest({ paths: [SAMPLE] });
});
afterAll(() => t.close());

describe('tag audit of the real FOCUS sample', () => {
  it('requiring org: coverage over both denominators, and " org" is an invalid key, not a missing one', async () => {
    const r = await run(t.ws.db, { requiredKeys: ['org'], offenders: 1000 });
    // all cost 14.97651418586; taggable 17.97651418586 (commitment lines, ResourceId = CommitmentDiscountId, are negative here)
    expect([r.totalCost, r.taggableCost]).toEqual([14.98, 17.98]);
    expect(r.coverage[0]).toMatchObject({ key: 'org', taggedCost: 2.13, taggableTaggedCost: 2.13 });
    expect(r.coverage[0]!.share).toBeCloseTo(2.12841174764 / 14.97651418586, 12);
    expect(r.coverage[0]!.taggableShare).toBeCloseTo(2.12841174764 / 17.97651418586, 12);
    expect([r.offenderCount, r.offenderCost]).toEqual([807, 15.85]);
    expect(r.offenders.slice(0, 3).map((o) => [o.resourceId, o.cost, o.missing])).toEqual([
      ['i-006flle71l19b488a', 2, ['org']],
      ['i-021f2ebl49063f9l1', 2, ['org']],
      ['i-06fal80lf5517049b', 2, ['org']],
    ]);
    const misspelled = r.offenders.filter((o) => o.invalid.length > 0);
    expect(misspelled.map((o) => [o.resourceId, o.cost, o.missing, o.invalid])).toEqual([
      [
        '/subscriptions/64e355d7-997c-491d-b0c1-8414dccfcf42/resourcegroups/devtestlab/providers/microsoft.machinelearningservices/workspaces/zmltestplayground',
        // 9 lines: 2 carry " org", the other 7 no org at all
        -0.15,
        ['org'],
        [{ key: 'org', reason: 'invalidKey', foundKey: ' org', value: 'trey' }],
      ],
    ]);
  });

  it('variants: " org" beside org, and environment beside the policy\'s Environment; no value has two spellings', async () => {
    const r = await run(t.ws.db, {});
    // Effective cost of the lines carrying each key, summed from the sample: environment 16.00,
    // org 2.12841174764, " org" 0.00591046053. env (2.13) is another word, not a spelling of environment.
    expect(r.keyVariants).toEqual([
      { canonical: 'Environment', variants: [{ key: 'environment', cost: 16 }] },
      { canonical: 'org', variants: [{ key: 'org', cost: 2.13 }, { key: ' org', cost: 0.01 }] },
    ]);
    expect(r.variants).toEqual([]);
  });
});
