// The tag audit on a generated bill (focus-csv, where tags travel as JSON with their keys as
// typed) against the generator's truth.json, which lists every resource it left untagged, gave a
// missing or misspelled key, or a variant Environment value: the audit finds exactly those, and
// its coverage per month equals the truth's (truth counts a commitment's own lines, whose
// ResourceId is the commitment, as untaggable: so does the audit).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type TagAuditResult } from '../../core/engines/tags/index.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { ENVIRONMENT_VALUES } from '../../core/synth/tags.ts';
import { tempDir } from '../support/workspace.ts';

const dir = tempDir('fw-tags-synth-');
let loaded: RoundTrip;
const ALL = 10_000;

beforeAll(async () => {
  loaded = await generateAndIngest(join(dir, 'focus'), { months: 2, seed: 7, scale: 3000, grain: 'daily', metrics: false, format: 'focus-csv' });
});
afterAll(() => {
  loaded?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Truth's money (exact decimal text) rounded half away from zero to cents, as the audit rounds. */
const cents = (s: string): number => {
  const [w = '0', f = ''] = s.replace('-', '').split('.');
  const v = BigInt(w) * 1000n + BigInt(f.padEnd(3, '0').slice(0, 3));
  const c = (v + 5n) / 10n;
  return Number(s.startsWith('-') ? -c : c) / 100;
};

const byResource = (r: TagAuditResult) => new Map(r.offenders.map((o) => [o.resourceId, o]));

describe('tag audit on generated data', () => {
  it('finds the resources truth says lack a required key, and nothing else (default policy: any value)', async () => {
    const r = await run(loaded.ws.db, { offenders: ALL });
    expect(r.requiredKeys).toEqual(['Team', 'Environment', 'Project', 'CostCenter']);
    const lacking = loaded.truth.tags.resourcesWithDefects.filter((d) => d.defects.some((x) => x.kind !== 'value-variant'));
    expect(lacking.length).toBeGreaterThan(0);
    expect(r.offenders.map((o) => o.resourceId).sort()).toEqual(lacking.map((d) => d.resourceId).sort());
    const found = byResource(r);
    for (const d of lacking) {
      const o = found.get(d.resourceId)!;
      expect([o.accountId, o.cost], d.resourceId).toEqual([d.accountId, cents(d.effectiveCost)]);
      for (const x of d.defects) {
        if (x.kind === 'missing-key') expect(o.missing).toContain(x.key);
        if (x.kind === 'misspelled-key') expect([...o.missing, ...o.invalid.map((i) => i.key)]).toContain(x.canonical);
        if (x.kind === 'untagged') expect(o.missing).toEqual(['Team', 'Environment', 'Project', 'CostCenter']);
      }
    }
  });

  it('with allowed Environment values, the variant values are offenders too: exactly truth\'s list', async () => {
    const canonical = Object.values(ENVIRONMENT_VALUES).map((e) => e.canonical);
    const policy = { kind: 'tagPolicy' as const, keys: [{ key: 'Team' }, { key: 'Environment', allowedValues: canonical }, { key: 'Project' }, { key: 'CostCenter' }] };
    const r = await run(loaded.ws.db, { policy, offenders: ALL });
    const truth = loaded.truth.tags.resourcesWithDefects;
    expect(r.offenders.map((o) => o.resourceId).sort()).toEqual(truth.map((d) => d.resourceId).sort());
    const found = byResource(r);
    for (const d of truth) {
      for (const x of d.defects) {
        if (x.kind === 'value-variant') expect(found.get(d.resourceId)!.invalid).toContainEqual({ key: 'Environment', reason: 'invalidValue', foundKey: 'Environment', value: x.value });
      }
    }
  });

  it('coverage per month equals truth: tagged, incomplete and untaggable cost', async () => {
    const r = await run(loaded.ws.db, {});
    const months = Object.keys(loaded.truth.tags.coverageByMonth).sort();
    expect(r.byMonth.map((m) => m.value)).toEqual(months);
    for (const m of r.byMonth) {
      const t = loaded.truth.tags.coverageByMonth[m.value!]!;
      expect(m.totalCost, m.value!).toBe(cents(t.effectiveCost));
      expect(m.allKeys.taggableTaggedCost, m.value!).toBe(cents(t.tagged));
      // differences of two figures rounded on their own: within a cent of truth's own rounding
      expect(Math.abs(m.totalCost - m.taggableCost - cents(t.untaggable)), m.value!).toBeLessThan(0.0101);
      expect(Math.abs(m.taggableCost - m.allKeys.taggableTaggedCost - cents(t.incomplete)), m.value!).toBeLessThan(0.0101);
    }
  });

  it('variants: exactly the misspelled keys and the Environment value variants truth lists, each with its canonical form', async () => {
    const r = await run(loaded.ws.db, {});
    const defects = loaded.truth.tags.resourcesWithDefects.flatMap((d) => d.defects);
    const keys = new Map<string, Set<string>>();
    const values = new Map<string, Set<string>>();
    for (const x of defects) {
      if (x.kind === 'misspelled-key') (keys.get(x.canonical) ?? keys.set(x.canonical, new Set([x.canonical])).get(x.canonical)!).add(x.raw);
      if (x.kind === 'value-variant') (values.get(x.canonical) ?? values.set(x.canonical, new Set([x.canonical])).get(x.canonical)!).add(x.value);
    }
    expect(keys.size).toBeGreaterThan(0);
    expect(values.size).toBeGreaterThan(0);
    const sorted = (xs: Iterable<string>) => [...xs].sort();
    expect(Object.fromEntries(r.keyVariants.map((c) => [c.canonical, sorted(c.variants.map((v) => v.key))]))).toEqual(Object.fromEntries([...keys].map(([k, v]) => [k, sorted(v)])));
    expect(r.variants.every((c) => c.key === 'Environment')).toBe(true);
    expect(Object.fromEntries(r.variants.map((c) => [c.canonical, sorted(c.variants.map((v) => v.value))]))).toEqual(Object.fromEntries([...values].map(([k, v]) => [k, sorted(v)])));
    // the cost behind each variant is the cost of the lines carrying it
    for (const c of r.variants) for (const v of c.variants) expect(v.cost).not.toBe(0);
  });
});
