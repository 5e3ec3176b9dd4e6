// `finops-workbench chargeback` and `chargeback rules import|export|history` as a user runs them,
// on the three-teams fixture (SPEC.md's worked example; figures worked out by hand there).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { insertLines, THREE_TEAMS_LINES, THREE_TEAMS_RULES } from './chargeback-fixture.ts';

let dir: string;
let db: string;
let rulesFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chargeback-cli-'));
  db = join(dir, 'three-teams.duckdb');
  rulesFile = join(dir, 'rules.json');
  writeFileSync(rulesFile, JSON.stringify(THREE_TEAMS_RULES));
  const ws = await Workspace.open(db);
  await insertLines(ws, THREE_TEAMS_LINES);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench chargeback', { timeout: 300_000 }, () => {
  it('--by tag:Team --json: direct cost only, the rest unallocated', async () => {
    const r = await cli('chargeback', '--db', db, '--period', '2026-10', '--by', 'tag:Team', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // no pools: 100 + 20 payments, 60 search, 40 data; the rest (10 + 0 + 22 - 20 + 7 = 19) unallocated
    expect(out).toMatchObject({ period: '2026-10', basis: 'Effective', sourceTotal: 239, unallocated: 19, rulesVersion: 0 });
    expect(out.allocations.map((a: { owner: string; total: number }) => [a.owner, a.total])).toEqual([['payments', 120], ['search', 60], ['data', 40]]);
  });

  it('--rules FILE: the worked example', async () => {
    const r = await cli('chargeback', '--db', db, '--period', '2026-10', '--rules', rulesFile, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.allocations.map((a: { owner: string; total: number }) => [a.owner, a.total])).toEqual([['payments', 123.42], ['search', 64.48], ['data', 44.1]]);
    expect(out.unallocated).toBe(7);
  });

  it('rules import, history, export; a run with the saved rules names their version', async () => {
    expect((await cli('chargeback', 'rules', 'import', rulesFile, '--db', db)).code).toBe(0);
    const changed = join(dir, 'rules-2.json');
    writeFileSync(changed, JSON.stringify({ ...THREE_TEAMS_RULES, credits: 'owner' }));
    expect((await cli('chargeback', 'rules', 'import', changed, '--db', db)).code).toBe(0);
    const history = JSON.parse((await cli('chargeback', 'rules', 'history', '--db', db, '--json')).stdout);
    expect(history.versions.map((v: { version: number; change: string; source: string }) => [v.version, v.change, v.source])).toEqual([
      [2, 'credits proportional → owner', 'rules-2.json'],
      [1, 'first version', 'rules.json'],
    ]);
    expect(history.versions[0].savedBy).not.toBe('');
    const exported = join(dir, 'exported.json');
    expect((await cli('chargeback', 'rules', 'export', '--db', db, '--rules-version', '1', '--out', exported)).code).toBe(0);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toEqual(THREE_TEAMS_RULES);
    const run = JSON.parse((await cli('chargeback', '--db', db, '--period', '2026-10', '--by', 'tag:Team', '--json')).stdout);
    // the saved chain starts with tag:Team already: --by changes nothing, so the run is version 2
    expect(run.rulesVersion).toBe(2);
    // credits stay with their owner: the credit line has none, so it is unallocated (7 - 20)
    expect(run.unallocated).toBe(-13);
  });

  it('a rules file from a newer version: a clear error, nothing saved', async () => {
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...THREE_TEAMS_RULES, formatVersion: 2, owner: { chain: [{ kind: 'hologram' }] } }));
    const r = await cli('chargeback', 'rules', 'import', newer, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: CHARGEBACK_RULES_NEWER: ');
    expect(r.stderr).toContain('formatVersion 2');
    const history = JSON.parse((await cli('chargeback', 'rules', 'history', '--db', db, '--json')).stdout);
    expect(history.versions).toHaveLength(2);
  });

  it('human output on stderr, nothing on stdout (--out: chargeback-statements-cli.test.ts)', async () => {
    const r = await cli('chargeback', '--db', db, '--period', '2026-10');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('payments');
    expect(r.stderr).toContain('source total');
  });
});
