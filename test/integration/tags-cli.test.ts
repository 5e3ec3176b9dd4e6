// `finops-workbench tags audit|policy` as a user runs them: a real process on a real workspace
// file holding the tag-audit fixture (core/engines/tags/SPEC.md's worked example).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { FIXTURES } from '../support/workspace.ts';
import { ACCOUNT_A, insertTagAuditLines } from './tags-fixture.ts';

const AWS_POLICY = join(FIXTURES, 'tags', 'aws-tag-policy.json');
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tags-cli-'));
  db = join(dir, 'tag-audit.duckdb');
  const ws = await Workspace.open(db);
  await insertTagAuditLines(ws);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench tags audit', () => {
  it('prints coverage with both denominators as fractions, and the offenders, for --require and --period', async () => {
    const r = await cli('tags', 'audit', '--db', db, '--require', 'Team,Environment', '--period', '2026-10', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ requiredKeys: ['Team', 'Environment'], basis: 'Effective', period: '2026-10', totalCost: 200, taggableCost: 195 });
    // October, no value rules: Team on lines 1, 2, 4 (170); Environment on 1, 3, 4 (135); both on 1 and 4 (110)
    expect(out.coverage).toEqual([
      { key: 'Team', totalCost: 200, taggableCost: 195, taggedCost: 170, share: 0.85, taggableTaggedCost: 170, taggableShare: 170 / 195 },
      { key: 'Environment', totalCost: 200, taggableCost: 195, taggedCost: 135, share: 0.675, taggableTaggedCost: 135, taggableShare: 135 / 195 },
    ]);
    expect(out.allKeysShare).toBe(0.55);
    expect(out.offenders.map((o: { resourceId: string; accountId: string; cost: number; missing: string[] }) => [o.resourceId, o.accountId, o.cost, o.missing])).toEqual([
      ['i-2', ACCOUNT_A, 60, ['Environment']],
      ['bucket-1', '222222222222', 25, []],
    ]);
  });

  it('--policy reads an AWS tag policy file and its keys and values drive the audit, without saving it', async () => {
    const r = await cli('tags', 'audit', '--db', db, '--policy', AWS_POLICY, '--basis', 'Billed', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.requiredKeys).toEqual(['Team', 'Environment', 'CostCenter']);
    expect(out.policyOrigin).toBe('request');
    expect(out.basis).toBe('Billed');
    // CostCenter applies to EC2 and S3 only and no line has one: only RDS (10) and Support (5) carry it
    expect(out.coverage[2]).toMatchObject({ key: 'CostCenter', taggedCost: 15, totalCost: 310 });
    const shown = await cli('tags', 'policy', 'show', '--db', db, '--json');
    expect(JSON.parse(shown.stdout).origin).toBe('default');
  });

  it('prints a readable summary on stderr without --json', async () => {
    const r = await cli('tags', 'audit', '--db', db, '--require', 'Team');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Team');
    // Team alone: i-3 (blank value, 30) and bucket-1 (key "team", 25)
    expect(r.stderr).toContain('2 offenders, 55.00');
  });

  it('--out writes every offender to a CSV; another extension is refused before anything runs', async () => {
    const out = join(dir, 'offenders.csv');
    const r = await cli('tags', 'audit', '--db', db, '--require', 'Team', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 2 offenders to');
    const table = readFileSync(out, 'utf8').split('\r\n\r\n')[1]!.trimEnd().split('\r\n');
    expect(table.slice(1).map((l) => l.split(',')[0])).toEqual(['i-3', 'bucket-1']);
    expect((await cli('tags', 'audit', '--db', db, '--out', join(dir, 'x.pdf'))).stderr).toMatch(/^error: BAD_REQUEST: --out must end in \.xlsx or \.csv/);
  });

  it('a missing workspace, an empty --require and a bad basis are errors that name the fix', async () => {
    const missing = await cli('tags', 'audit', '--db', join(dir, 'nope.duckdb'), '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^error: WORKSPACE_NOT_FOUND: No workspace at .*nope\.duckdb/);
    expect((await cli('tags', 'audit', '--db', db, '--require', ',')).stderr).toMatch(/^error: BAD_REQUEST: --require needs tag keys/);
    expect((await cli('tags', 'audit', '--db', db, '--basis', 'Net')).stderr).toMatch(/^error: BAD_REQUEST: .*basis/);
  });
});

describe('finops-workbench tags policy', () => {
  it('imports an AWS tag policy, shows it, exports it back to the same document, and the audit uses it', async () => {
    const imported = await cli('tags', 'policy', 'import', AWS_POLICY, '--db', db, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      origin: 'saved',
      source: 'aws-tag-policy.json',
      policy: {
        kind: 'tagPolicy',
        keys: [{ key: 'Team' }, { key: 'Environment', allowedValues: ['prod', 'dev', 'stag*'] }, { key: 'CostCenter', allowedValues: ['100', '300*'], appliesTo: ['ec2:instance', 's3:*'] }],
      },
    });
    const exported = await cli('tags', 'policy', 'export', '--db', db);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(readFileSync(AWS_POLICY, 'utf8')));
    const audit = JSON.parse((await cli('tags', 'audit', '--db', db, '--json')).stdout);
    expect(audit.policyOrigin).toBe('saved');
    expect(audit.requiredKeys).toEqual(['Team', 'Environment', 'CostCenter']);
  });

  it('a file that is not a tag policy is refused with TAGS_BAD_POLICY and the saved policy stays', async () => {
    const before = (await cli('tags', 'policy', 'show', '--db', db, '--json')).stdout;
    const notPolicy = join(dir, 'not-a-policy.json');
    writeFileSync(notPolicy, JSON.stringify({ Version: '2012-10-17', Statement: [] }));
    const r = await cli('tags', 'policy', 'import', notPolicy, '--db', db);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^error: TAGS_BAD_POLICY: Not an AWS tag policy: the file has no "tags" field \(it has "Version", "Statement"\)/);
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, 'tags: Team');
    expect((await cli('tags', 'policy', 'import', notJson, '--db', db)).stderr).toMatch(/^error: TAGS_BAD_POLICY: .*not-json\.json is not JSON/);
    expect((await cli('tags', 'policy', 'show', '--db', db, '--json')).stdout).toBe(before);
  });
});
