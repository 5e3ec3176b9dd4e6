// The same AWS tag has the same key whatever the file format (issue 10, item 10). One month,
// November 2025, in AWS's three forms (test/fixtures/cur/three-forms: the legacy CSV by hand, the
// Athena/Parquet and CUR 2.0 Parquet written from it by build.ts with AWS's column names), each
// loaded into its own workspace, gives the same focus rows, all columns. Snake-case forms cannot
// say `Team` from `team`: the key map (learned from legacy headers, or set by the user) restores it.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { raw, sql } from '../../core/sql/index.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { FIXTURES, openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

const DIR = join(FIXTURES, 'cur', 'three-forms');
const LEGACY = join(DIR, '2025-11-legacy.csv');
const ATHENA = join(DIR, '2025-11-athena.parquet');
const CUR2 = join(DIR, '2025-11-cur2.parquet');
const OCTOBER = join(DIR, '2025-10-legacy.csv');

/** Every focus column but the import id (each workspace numbers its imports), in one order. */
const ALL_ROWS = 'SELECT * EXCLUDE (x_ImportId) FROM focus ORDER BY x_LineItemId';
const TAGS = 'SELECT x_LineItemId AS id, Tags AS tags FROM focus WHERE cardinality(Tags) > 0 ORDER BY id';

// By hand from 2025-11-legacy.csv: its tag columns are resourceTags/user:Team,
// resourceTags/aws:createdBy and resourceTags/user:CostCenter; `user:` goes, `aws:` stays.
const NOVEMBER_TAGS = [
  { id: 'L01', tags: { Team: 'payments', CostCenter: 'CC-100' } },
  { id: 'L08', tags: { Team: 'platform', CostCenter: 'CC-200' } },
  { id: 'L09', tags: { Team: 'payments', 'aws:createdBy': 'alice', CostCenter: 'CC-100' } },
  { id: 'L10', tags: { Team: 'payments' } },
];

describe('tag keys across the three forms of one month', () => {
  const open: TestWorkspace[] = [];
  const workspace = async () => {
    const t = await openTestWorkspace();
    open.push(t);
    return t;
  };
  afterEach(() => {
    for (const t of open.splice(0)) t.close();
  });

  it('legacy CSV keeps AWS’s keys from its headers and learns them', async () => {
    const t = await workspace();
    await t.api.ingest({ paths: [LEGACY] });
    expect(await query(t.api, TAGS)).toEqual(NOVEMBER_TAGS);
    await expectConformant(t.api);
    const { entries } = await t.api.tagKeys({});
    expect(entries).toEqual([
      { awsKey: 'aws_created_by', loadsAs: 'aws:createdBy', how: 'learned', learned: ['aws:createdBy'], set: null, inSnakeRows: false },
      { awsKey: 'user_cost_center', loadsAs: 'CostCenter', how: 'learned', learned: ['CostCenter'], set: null, inSnakeRows: false },
      { awsKey: 'user_team', loadsAs: 'Team', how: 'learned', learned: ['Team'], set: null, inSnakeRows: false },
    ]);
  });

  it('a snake-case form alone cannot know the case: team, cost_center, aws:created_by, listed as unknown', async () => {
    const t = await workspace();
    await t.api.ingest({ paths: [CUR2] });
    expect((await query(t.api, TAGS)).find((r) => r.id === 'L09')).toEqual({ id: 'L09', tags: { team: 'payments', 'aws:created_by': 'alice', cost_center: 'CC-100' } });
    const { entries } = await t.api.tagKeys({});
    expect(entries.map((e) => [e.awsKey, e.loadsAs, e.how, e.inSnakeRows])).toEqual([
      ['aws_created_by', 'aws:created_by', 'unknown', true],
      ['user_cost_center', 'cost_center', 'unknown', true],
      ['user_team', 'team', 'unknown', true],
    ]);
  });

  it('the three forms give the same rows, every column: Athena with the key map set first, CUR 2.0 re-keyed after', async () => {
    const legacy = await workspace();
    await legacy.api.ingest({ paths: [LEGACY] });
    const expected = (await legacy.api.sql({ query: ALL_ROWS })).rows;
    expect(expected).toHaveLength(15); // 13 lines, two recurring fees with their /unused rows
    await expectConformant(legacy.api);

    const athena = await workspace();
    for (const [awsKey, tagKey] of [['user_team', 'Team'], ['user_cost_center', 'CostCenter'], ['aws_created_by', 'aws:createdBy']] as const) {
      expect(await athena.api.setTagKey({ awsKey, tagKey })).toMatchObject({ rowsRekeyed: 0 });
    }
    const a = await athena.api.ingest({ paths: [ATHENA] });
    expect(a.files[0]).toMatchObject({ format: 'cur-legacy-athena-parquet', rows: 15 });
    expect((await athena.api.sql({ query: ALL_ROWS })).rows).toEqual(expected);
    await expectConformant(athena.api);

    const cur2 = await workspace();
    const c = await cur2.api.ingest({ paths: [CUR2] });
    expect(c.files[0]).toMatchObject({ format: 'cur2-parquet', rows: 15 });
    // L01, L08, L09, L10 carry tags: the first key set re-keys all four rows, the others the rows they are on
    expect(await cur2.api.setTagKey({ awsKey: 'user_team', tagKey: 'Team' })).toMatchObject({ rowsRekeyed: 4 });
    expect(await cur2.api.setTagKey({ awsKey: 'user_cost_center', tagKey: 'CostCenter' })).toMatchObject({ rowsRekeyed: 3 });
    expect(await cur2.api.setTagKey({ awsKey: 'aws_created_by', tagKey: 'aws:createdBy' })).toMatchObject({ rowsRekeyed: 1 });
    expect((await cur2.api.sql({ query: ALL_ROWS })).rows).toEqual(expected);
    expect(await query(cur2.api, TAGS)).toEqual(NOVEMBER_TAGS);
    await expectConformant(cur2.api);
  });

  it('a legacy October and a CUR 2.0 November pivot under one Team key, whichever is loaded first', async () => {
    // October by hand: K01 payments 0.96, K02 platform 0.48, K03 untagged 2.30.
    // November (effective cost by Team): payments L01 0.96 + L09 1.20 + L10 0 = 2.16; platform L08 0.665;
    // untagged: 103.275 - 2.16 - 0.665 = 100.45.
    const expected = [
      { keys: ['payments'], values: { '2025-10': '0.96', '2025-11': '2.16' } },
      { keys: ['platform'], values: { '2025-10': '0.48', '2025-11': '0.67' } },
      { keys: [null], values: { '2025-10': '2.30', '2025-11': '100.45' } }, // untagged comes last
    ];
    for (const order of [[OCTOBER, CUR2], [CUR2, OCTOBER]]) {
      const t = await workspace();
      for (const path of order) await t.api.ingest({ paths: [path] });
      const keys = await query(t.api, 'SELECT DISTINCT unnest(map_keys(Tags)) AS k FROM focus ORDER BY k');
      expect(keys.map((r) => r.k)).toEqual(['CostCenter', 'Team', 'aws:createdBy']);
      const r = await t.api.pivot(validateRequest('pivot', { spec: { kind: 'pivot', rows: ['tag:Team'], columns: ['month'] } }));
      const months = r.columns.filter((c) => !c.total);
      const cells = r.rows.map((row) => ({ keys: row.keys, values: Object.fromEntries(months.map((c) => [c.keys[0], row.values[r.columns.indexOf(c)]?.toFixed(2)])) }));
      expect(cells).toEqual(expected);
      await expectConformant(t.api);
    }
  });

  it('an ambiguous snake form (Team and team both seen) is not guessed until the user chooses', async () => {
    const t = await workspace();
    // September by hand: S01 has user:Team payments, S02 the misspelt user:team platform
    await t.api.ingest({ paths: [join(FIXTURES, 'cur', 'legacy-team-and-team.csv')] });
    const nov = await t.api.ingest({ paths: [CUR2] });
    expect(nov.files[0]!.note).toContain('user_team could be Team or team');
    expect(nov.files[0]!.note).toContain('tagkeys set');
    // loaded under the snake form's own key, the learned candidates listed
    expect(await query(t.api, `SELECT Tags AS tags FROM focus WHERE x_LineItemId = 'L10'`)).toEqual([{ tags: { team: 'payments' } }]);
    expect((await t.api.tagKeys({})).entries.find((e) => e.awsKey === 'user_team')).toEqual({
      awsKey: 'user_team', loadsAs: 'team', how: 'ambiguous', learned: ['Team', 'team'], set: null, inSnakeRows: true,
    });
    // the user's choice re-keys November's four tagged rows; September's own headers stay as AWS wrote them
    expect(await t.api.setTagKey({ awsKey: 'user_team', tagKey: 'Team' })).toMatchObject({ rowsRekeyed: 4, entry: { loadsAs: 'Team', how: 'set' } });
    const rows = await query(t.api, `SELECT x_LineItemId AS id, Tags['Team'] AS upper, Tags['team'] AS lower FROM focus WHERE x_LineItemId IN ('S01', 'S02', 'L10') ORDER BY id`);
    expect(rows).toEqual([{ id: 'L10', upper: 'payments', lower: null }, { id: 'S01', upper: 'payments', lower: null }, { id: 'S02', upper: null, lower: 'platform' }]);
    // a pivot by the key follows at once (its tag aggregate is refreshed with the re-key):
    // November's payments under Team, by hand L01 0.96 + L09 1.20 + L10 0 = 2.16
    const r = await t.api.pivot(validateRequest('pivot', { spec: { kind: 'pivot', rows: ['tag:Team'], columns: ['month'] } }));
    const novColumn = r.columns.findIndex((c) => !c.total && c.keys[0] === '2025-11');
    expect(r.rows.find((row) => row.keys[0] === 'payments')?.values[novColumn]?.toFixed(2)).toBe('2.16');
    // and taking the choice back returns to the ambiguous snake form
    expect(await t.api.setTagKey({ awsKey: 'user_team', tagKey: null })).toMatchObject({ rowsRekeyed: 4, entry: { loadsAs: 'team', how: 'ambiguous' } });
    await expectConformant(t.api);
  });

  it('CUR 2.0 Parquet: each distinct tag map is built once and every line gets its own (shared sets, no map, empty values)', async () => {
    // The November CUR 2.0 file with other tag maps on its first five lines, by hand: L02 shares
    // L01's set, L03 has none, L04 and L05 carry empty values (dropped), L05 only empty ones.
    const path = join(tempDir(), '2025-11-cur2-tag-sets.parquet');
    const duck = await DuckDBInstance.create(':memory:');
    const conn = await duck.connect();
    await conn.run(`COPY (SELECT * REPLACE (CASE identity_line_item_id
        WHEN 'L02' THEN MAP {'user_team': 'payments', 'user_cost_center': 'CC-100'}
        WHEN 'L03' THEN NULL
        WHEN 'L04' THEN MAP {'user_team': '', 'user_cost_center': 'CC-9', 'aws_created_by': 'bob'}
        WHEN 'L05' THEN MAP {'user_team': ''}
        ELSE resource_tags END AS resource_tags) FROM read_parquet('${CUR2}')) TO '${path}' (FORMAT parquet)`);
    conn.closeSync();
    duck.closeSync();
    const t = await workspace();
    // the key map restores one key's case; the others load as their snake form
    await t.api.setTagKey({ awsKey: 'user_team', tagKey: 'Team' });
    expect((await t.api.ingest({ paths: [path] })).files[0]).toMatchObject({ format: 'cur2-parquet', rows: 15 });
    const rows = await query(t.api, "SELECT x_LineItemId AS id, Tags AS tags FROM focus WHERE x_LineItemId IN ('L01', 'L02', 'L03', 'L04', 'L05', 'L09') ORDER BY id");
    expect(rows).toEqual([
      { id: 'L01', tags: { Team: 'payments', cost_center: 'CC-100' } },
      { id: 'L02', tags: { Team: 'payments', cost_center: 'CC-100' } },
      { id: 'L03', tags: null },
      { id: 'L04', tags: { cost_center: 'CC-9', 'aws:created_by': 'bob' } },
      { id: 'L05', tags: {} },
      { id: 'L09', tags: { Team: 'payments', 'aws:created_by': 'alice', cost_center: 'CC-100' } },
    ]);
    await expectConformant(t.api);
  });

  it('refuses a key AWS would not write that way, saying what it would write', async () => {
    const t = await workspace();
    await expect(t.api.setTagKey({ awsKey: 'user_team', tagKey: 'Tim' })).rejects.toMatchObject({
      code: 'TAGKEY_MISMATCH',
      message: expect.stringContaining('user_tim'),
    });
    await expect(t.api.setTagKey({ awsKey: 'team', tagKey: 'Team' })).rejects.toMatchObject({ code: 'TAGKEY_NOT_AWS_FORM' });
  });

  it('migration 008 learns the keys of legacy imports loaded before it, as a legacy load does', async () => {
    const t = await workspace();
    await t.api.ingest({ paths: [OCTOBER, join(FIXTURES, 'cur', 'legacy-team-and-team.csv')] });
    await expectConformant(t.api);
    const MAP = 'SELECT aws_key, tag_key, origin, import_id FROM tag_key_map ORDER BY ALL';
    const byLoad = await query(t.api, MAP);
    expect(byLoad.map((r) => [r.aws_key, r.tag_key])).toEqual([
      ['aws_created_by', 'aws:createdBy'], ['user_cost_center', 'CostCenter'], ['user_team', 'Team'], ['user_team', 'team'],
    ]);
    const migration = readFileSync(join(import.meta.dirname, '..', '..', 'core', 'store', 'migrations', '008-tag-key-map.sql'), 'utf8');
    const seed = migration.slice(migration.indexOf('INSERT INTO tag_key_map'));
    await t.ws.db.run(sql`DELETE FROM tag_key_map`);
    await t.ws.db.run(sql`${raw(seed)}`);
    expect(await query(t.api, MAP)).toEqual(byLoad);
  });
});
