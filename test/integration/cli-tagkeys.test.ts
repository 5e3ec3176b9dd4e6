// `finops-workbench tagkeys list|set|unset` on a CUR 2.0 month: what the words say, what JSON holds.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../support/workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
const db = join(tempDir(), 'tagkeys.duckdb');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('finops-workbench tagkeys', () => {
  it('lists the snake_case keys of a CUR 2.0 month as not known, with the command that sets one', () => {
    expect(cli('ingest', '--db', db, join(FIXTURES, 'cur', 'three-forms', '2025-11-cur2.parquet')).code).toBe(0);
    const r = cli('tagkeys', 'list', '--db', db);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('user_team         team            not known');
    expect(r.stderr).toContain('3 keys in loaded rows have no known AWS spelling (CUR 2.0 lowercases keys). Give one, e.g.: finops-workbench tagkeys set --db W aws_created_by <Key as in AWS>');
  });

  it('sets a key, re-keying the rows already loaded, and unsets it', () => {
    const set = cli('tagkeys', 'set', '--db', db, 'user_team', 'Team');
    expect(set.code).toBe(0);
    // L01, L08, L09 and L10 carry user_team
    expect(set.stderr.trim()).toBe('user_team now loads as Team (set by you); 4 loaded rows re-keyed.');
    const list = JSON.parse(cli('tagkeys', 'list', '--db', db, '--json').stdout);
    expect(list.entries.find((e: { awsKey: string }) => e.awsKey === 'user_team')).toEqual({ awsKey: 'user_team', loadsAs: 'Team', how: 'set', learned: [], set: 'Team', inSnakeRows: true });
    const unset = cli('tagkeys', 'unset', '--db', db, 'user_team', '--json');
    expect(JSON.parse(unset.stdout)).toMatchObject({ rowsRekeyed: 4, entry: { loadsAs: 'team', how: 'unknown' } });
  });

  it('refuses a key AWS would write otherwise, in one error line', () => {
    const r = cli('tagkeys', 'set', '--db', db, 'user_team', 'Squad');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^error: TAGKEY_MISMATCH: AWS writes the tag key "Squad" as user_squad in CUR 2.0, not user_team/);
  });
});
