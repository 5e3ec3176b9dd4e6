// Tag aliases on the worked example of core/engines/tags/SPEC.md (fixture tags-fixture.ts): every
// engine that reads a tag reads it through them, the loaded tags stay as they were, and a loop or
// an empty workspace is refused with nothing changed. Expected numbers are summed by hand from the
// fixture's table (Environment: prod 100 + 40, dev 25 + 30, production 10, staging 20, none 60 + 5;
// Team: payments 140, search 60 + 20, key `team`=search 25, data 10, '' 30, none 5).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drill, run as pivot, dimensionValues, rebuildPivotAggregates } from '../../core/engines/pivot/index.ts';
import { run as audit, parseTagAuditSpec as auditSpec } from '../../core/engines/tags/index.ts';
import { WorkbenchError } from '../../core/errors.ts';
import { sql } from '../../core/sql/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { EXAMPLE_POLICY, tagAuditWorkspace } from './tags-fixture.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await tagAuditWorkspace();
});
afterAll(() => t.close());

async function rowsBy(key: string): Promise<Record<string, number | null>> {
  const r = await pivot(t.ws.db, { kind: 'pivot', rows: [`tag:${key}`], measures: ['EffectiveCost'] });
  return Object.fromEntries(r.rows.map((row) => [String(row.keys[0]), row.values[0] ?? null]));
}

async function drillCell(key: string, value: string) {
  return drill(t.ws.db, { spec: { kind: 'pivot', rows: [`tag:${key}`] }, cell: { rows: [value] }, columns: ['ResourceId', 'EffectiveCost', 'Tags'], sort: [{ column: 'EffectiveCost', direction: 'desc' }] });
}

async function errorOf(p: Promise<unknown>): Promise<WorkbenchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbenchError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

const rawTags = async () => (await t.ws.db.all(sql`SELECT CAST("Tags" AS VARCHAR) AS t FROM focus ORDER BY "ChargePeriodStart"`)).map((r) => r.t);

describe('value aliases', () => {
  test('merging production into prod: the pivot and the drill-down show the merged owner; removing it restores the raw view', async () => {
    const loaded = await rawTags();
    expect(await rowsBy('Environment')).toEqual({ prod: 140, dev: 55, staging: 20, production: 10, null: 65 });
    const before = await drillCell('Environment', 'prod');
    expect(before.totals).toEqual({ lines: 2, cost: 140 });

    const added = await t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['production'], to: 'prod' });
    expect(added.aliases).toMatchObject([{ kind: 'value', key: 'Environment', from: 'production', to: 'prod' }]);
    expect(added.aliases[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await rowsBy('Environment')).toEqual({ prod: 150, dev: 55, staging: 20, null: 65 });
    const merged = await drillCell('Environment', 'prod');
    expect(merged.totals).toEqual({ lines: 3, cost: 150 });
    expect(merged.rows.map((r) => r.ResourceId)).toEqual(['i-1', 'i-1', 'db-1']);
    // the filter picker offers the merged value only
    const picker = await dimensionValues(t.ws.db, { spec: { kind: 'pivot' }, dimension: 'tag:Environment' });
    expect(picker.values.map((v) => [v.key, v.cost])).toEqual([['prod', 150], [null, 65], ['dev', 55], ['staging', 20]]);
    // the loaded tags are untouched
    expect(await rawTags()).toEqual(loaded);

    await t.api.tagAliasRemove({ kind: 'value', key: 'Environment', from: 'production' });
    expect((await t.api.tagAliasList({})).aliases).toEqual([]);
    expect(await rowsBy('Environment')).toEqual({ prod: 140, dev: 55, staging: 20, production: 10, null: 65 });
    expect((await drillCell('Environment', 'prod')).totals).toEqual({ lines: 2, cost: 140 });
  });

  test('the audit reads through value aliases: db-1 stops being an offender', async () => {
    const before = await audit(t.ws.db, { policy: EXAMPLE_POLICY });
    expect(before.offenders.map((o) => o.resourceId)).toEqual(['i-2', 'i-3', 'bucket-1', 'db-1']);
    await t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['production'], to: 'prod' });
    const after = await audit(t.ws.db, { policy: EXAMPLE_POLICY });
    // Environment carried by 1, 3, 4, 6, 7, 8 = 225
    expect(after.coverage.find((c) => c.key === 'Environment')!.taggedCost).toBe(225);
    expect(after.offenders.map((o) => o.resourceId)).toEqual(['i-2', 'i-3', 'bucket-1']);
    // the accepted merge leaves the variants
    expect(before.variants.map((c) => c.canonical)).toEqual(['prod']);
    expect(after.variants).toEqual([]);
    await t.api.tagAliasRemove({ kind: 'value', key: 'Environment', from: 'production' });
  });

  test('preview: the cost moving and the coverage before and after, nothing written', async () => {
    const p = await t.api.tagAliasPreview({ kind: 'value', key: 'Environment', from: ['production', 'Prod'], to: 'prod', spec: auditSpec({ policy: EXAMPLE_POLICY }) });
    expect(p.moves).toEqual([{ from: 'production', to: 'prod', cost: 10 }, { from: 'Prod', to: 'prod', cost: 0 }]);
    expect(p.coverageBefore).toBeCloseTo(215 / 290, 12);
    expect(p.coverageAfter).toBeCloseTo(225 / 290, 12);
    const october = await t.api.tagAliasPreview({ kind: 'value', key: 'Environment', from: ['production'], to: 'prod', spec: auditSpec({ policy: EXAMPLE_POLICY, period: '2026-10' }) });
    expect([october.coverageBefore, october.coverageAfter]).toEqual([125 / 200, 135 / 200]);
    expect((await t.api.tagAliasList({})).aliases).toEqual([]);
  });
});

describe('key aliases', () => {
  test('team reads as Team in the pivot, the drill-down and the audit', async () => {
    expect(await rowsBy('Team')).toEqual({ payments: 140, search: 80, data: 10, '': 30, null: 30 });
    const preview = await t.api.tagAliasPreview({ kind: 'key', from: ['team'], to: 'Team', spec: auditSpec({ policy: EXAMPLE_POLICY }) });
    expect(preview.moves).toEqual([{ from: 'team', to: 'Team', cost: 25 }]);
    expect([preview.coverageBefore, preview.coverageAfter]).toEqual([230 / 290, 255 / 290]);

    // the field list: Team on lines 1, 2, 4, 6, 7, 8 and team on line 3
    const keysListed = async () => Object.fromEntries((await t.api.pivotFields({})).tagKeys.map((k) => [k.key, k.lines]));
    expect(await keysListed()).toEqual({ Team: 6, Environment: 6, team: 1 });
    await t.api.tagAliasAdd({ kind: 'key', from: ['team'], to: 'Team' });
    expect(await keysListed()).toEqual({ Team: 7, Environment: 6 });
    expect(await rowsBy('Team')).toEqual({ payments: 140, search: 105, data: 10, '': 30, null: 5 });
    expect((await drillCell('Team', 'search')).totals).toEqual({ lines: 3, cost: 105 });
    expect(await rowsBy('team')).toEqual({ null: 290 });
    const r = await audit(t.ws.db, { policy: EXAMPLE_POLICY });
    expect(r.coverage.find((c) => c.key === 'Team')!.taggedCost).toBe(255);
    expect(r.offenders.map((o) => o.resourceId)).toEqual(['i-2', 'i-3', 'db-1']);
    expect(r.keyVariants).toEqual([]);

    // a value alias belongs on the key every engine reads, not on its alias
    const onAlias = await errorOf(t.api.tagAliasAdd({ kind: 'value', key: 'team', from: ['Search'], to: 'search' }));
    expect(onAlias.code).toBe('TAGS_BAD_ALIAS');
    expect(onAlias.message).toContain('add the value alias on "Team"');

    await t.api.tagAliasRemove({ kind: 'key', from: 'team' });
    expect(await rowsBy('Team')).toEqual({ payments: 140, search: 80, data: 10, '': 30, null: 30 });
    expect(await keysListed()).toEqual({ Team: 6, Environment: 6, team: 1 });
  });
});

describe("the pivot's tag aggregate", () => {
  test('answers tag pivots with the aliases applied, follows every alias change at once, and equals focus', async () => {
    await t.ws.db.transaction(() => rebuildPivotAggregates(t.ws.db));
    const spec = { kind: 'pivot' as const, rows: ['tag:Environment', 'tag:Team'], measures: ['EffectiveCost'], filters: [{ dimension: 'tag:Team', op: 'notIn' as const, values: ['data'] }] };
    const both = async () => {
      const agg = await pivot(t.ws.db, spec);
      const raw = await pivot(t.ws.db, spec, { source: 'focus' });
      expect(agg.source).toBe('aggregate');
      expect(agg.rows).toEqual(raw.rows);
      return Object.fromEntries(agg.rows.filter((r) => r.depth === 1).map((r) => [String(r.keys[0]), r.values[0]]));
    };
    // Team data (line 4, production 10) is filtered out
    expect(await both()).toEqual({ prod: 140, dev: 55, staging: 20, null: 65 });
    await t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['dev'], to: 'prod' });
    expect(await both()).toEqual({ prod: 195, staging: 20, null: 65 });
    await t.api.tagAliasAdd({ kind: 'key', from: ['team'], to: 'Team' });
    const byTeam = await pivot(t.ws.db, { kind: 'pivot', rows: ['tag:Team'] });
    expect(byTeam.source).toBe('aggregate');
    expect(Object.fromEntries(byTeam.rows.map((r) => [String(r.keys[0]), r.values[0]]))).toEqual({ payments: 140, search: 105, '': 30, data: 10, null: 5 });
    await t.api.tagAliasRemove({ kind: 'key', from: 'team' });
    await t.api.tagAliasRemove({ kind: 'value', key: 'Environment', from: 'dev' });
    expect(await both()).toEqual({ prod: 140, dev: 55, staging: 20, null: 65 });
  });
});

describe('loops and chains', () => {
  test('a loop, direct or through a chain, and a self-alias are refused with nothing changed', async () => {
    await t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['production'], to: 'prod' });
    const listed = (await t.api.tagAliasList({})).aliases;
    const back = await errorOf(t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['prod'], to: 'production' }));
    expect(back.code).toBe('TAGS_ALIAS_LOOP');
    expect(back.message).toContain('"production" already reads as "prod"');
    expect(back.message).toContain('Nothing was changed');
    const self = await errorOf(t.api.tagAliasAdd({ kind: 'key', from: ['Team'], to: 'Team' }));
    expect(self.code).toBe('TAGS_ALIAS_LOOP');
    expect((await t.api.tagAliasList({})).aliases).toEqual(listed);

    // a chain is resolved as it is written: prd → production → prod stores prd → prod
    await t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['prd'], to: 'production' });
    // and re-pointing the end of a chain moves everything that read as it
    await t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['prod'], to: 'Production' });
    const chain = (await t.api.tagAliasList({})).aliases.map((a) => `${a.from}→${a.to}`);
    expect(chain.sort()).toEqual(['prd→Production', 'prod→Production', 'production→Production'].sort());
    expect(await rowsBy('Environment')).toEqual({ Production: 150, dev: 55, staging: 20, null: 65 });
    // closing the longer loop is refused
    const longer = await errorOf(t.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['Production'], to: 'prd' }));
    expect(longer.code).toBe('TAGS_ALIAS_LOOP');

    const missing = await errorOf(t.api.tagAliasRemove({ kind: 'value', key: 'Environment', from: 'staging' }));
    expect(missing.code).toBe('TAGS_ALIAS_NOT_FOUND');
    for (const from of ['prd', 'prod', 'production']) await t.api.tagAliasRemove({ kind: 'value', key: 'Environment', from });
    expect((await t.api.tagAliasList({})).aliases).toEqual([]);
  });
});

describe('an empty workspace', () => {
  test('adding or previewing an alias says there are no lines, and nothing is stored', async () => {
    const empty = await openTestWorkspace();
    try {
      const add = await errorOf(empty.api.tagAliasAdd({ kind: 'value', key: 'Environment', from: ['Prod'], to: 'prod' }));
      expect(add.code).toBe('TAGS_NO_LINES');
      expect(add.message).toContain('nothing was changed');
      const preview = await errorOf(empty.api.tagAliasPreview({ kind: 'key', from: ['team'], to: 'Team' }));
      expect(preview.code).toBe('TAGS_NO_LINES');
      expect((await empty.api.tagAliasList({})).aliases).toEqual([]);
    } finally {
      empty.close();
    }
  });
});
