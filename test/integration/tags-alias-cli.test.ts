// `finops-workbench tags alias list|add|remove` as a user runs them, on the tag-audit fixture
// (core/engines/tags/SPEC.md's worked example): a merge shows in the audit's variants and in a
// pivot by the tag, a loop exits 1 with its code and changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { insertTagAuditLines } from './tags-fixture.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tags-alias-cli-'));
  db = join(dir, 'tag-audit.duckdb');
  const ws = await Workspace.open(db);
  await insertTagAuditLines(ws);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// each command is a process of its own: on a busy machine a few take a minute
describe('finops-workbench tags alias', { timeout: 300_000 }, () => {
  it('the audit lists the variants before any alias', async () => {
    const before = JSON.parse((await cli('tags', 'audit', '--db', db, '--require', 'Team,Environment', '--json')).stdout);
    expect(before.variants).toEqual([{ key: 'Environment', canonical: 'prod', variants: [{ value: 'prod', cost: 140 }, { value: 'production', cost: 10 }] }]);
    expect(before.keyVariants).toEqual([{ canonical: 'Team', variants: [{ key: 'Team', cost: 260 }, { key: 'team', cost: 25 }] }]);
  });

  it('adds a value alias and a key alias', async () => {

    const add = await cli('tags', 'alias', 'add', 'value', '--key', 'Environment', 'production', '--to', 'prod', '--db', db, '--json');
    expect(add.code).toBe(0);
    expect(JSON.parse(add.stdout).aliases).toMatchObject([{ kind: 'value', key: 'Environment', from: 'production', to: 'prod' }]);
    const keyAdd = await cli('tags', 'alias', 'add', 'key', 'team', '--to', 'Team', '--db', db);
    expect(keyAdd.code).toBe(0);
    expect(keyAdd.stderr).toContain('"team"');

  });

  it('the audit and the pivot read through them', async () => {
    const after = JSON.parse((await cli('tags', 'audit', '--db', db, '--require', 'Team,Environment', '--json')).stdout);
    expect([after.variants, after.keyVariants]).toEqual([[], []]);
    const pivot = JSON.parse((await cli('pivot', '--db', db, '--rows', 'tag:Environment', '--json')).stdout);
    expect(pivot.rows.map((r: { keys: string[] }) => r.keys[0])).not.toContain('production');

  });

  it('a loop exits 1 with its code and changes nothing', async () => {
    const loop = await cli('tags', 'alias', 'add', 'value', '--key', 'Environment', 'prod', '--to', 'production', '--db', db);
    expect(loop.code).toBe(1);
    expect(loop.stderr).toMatch(/^error: TAGS_ALIAS_LOOP: /m);
    const listed = JSON.parse((await cli('tags', 'alias', 'list', '--db', db, '--json')).stdout);
    expect(listed.aliases.map((a: { from: string; to: string }) => `${a.from}>${a.to}`)).toEqual(['team>Team', 'production>prod']);

  });

  it('remove restores the raw view', async () => {
    expect((await cli('tags', 'alias', 'remove', 'value', '--key', 'Environment', 'production', '--db', db)).code).toBe(0);
    expect((await cli('tags', 'alias', 'remove', 'key', 'team', '--db', db)).code).toBe(0);
  });

  it('with none left, the list says so and the audit shows the variants again', async () => {
    const empty = await cli('tags', 'alias', 'list', '--db', db);
    expect(empty.stderr).toContain('No tag aliases');
    const restored = JSON.parse((await cli('tags', 'audit', '--db', db, '--require', 'Team,Environment', '--json')).stdout);
    expect(restored.variants).toEqual([{ key: 'Environment', canonical: 'prod', variants: [{ value: 'prod', cost: 140 }, { value: 'production', cost: 10 }] }]);
  });

  it('a kind that is neither key nor value is refused with an example', async () => {
    const r = await cli('tags', 'alias', 'add', 'tag', 'a', '--to', 'b', '--db', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tags alias add key cost-center --to CostCenter');
  });
});
