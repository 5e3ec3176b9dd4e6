// `finops-workbench commitments status|eligible` as a user runs them: a real process on a real
// workspace file, the hand-built FOCUS export of commitments-status.test.ts (figures there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { FIXTURES } from '../support/workspace.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'commitments-cli-'));
  db = join(dir, 'w.duckdb');
  const r = await cli('ingest', '--db', db, join(FIXTURES, 'focus', 'commitments-status.csv'));
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench commitments', () => {
  it('status --json: {commitments: [{id, type, commitmentPerHour, start, end, utilization, netSavings}], coverage, utilization}, fractions 0-1', async () => {
    const r = await cli('commitments', 'status', '--db', db, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { commitments: Record<string, unknown>[]; coverage: number; utilization: number };
    expect(doc.commitments.map((c) => [String(c.id).slice(-4), c.type, c.commitmentPerHour, c.start, c.end, c.netSavings])).toEqual([
      ['ri-b', 'ReservedInstance', 0.054, '2025-02-15T00:00:00Z', '2026-02-15T00:00:00Z', 0.062],
      ['sp-a', 'ComputeSavingsPlan', 1, '2024-12-20T00:00:00Z', '2025-12-20T00:00:00Z', 0],
      ['sp-c', 'EC2InstanceSavingsPlan', 0.1, '2023-01-21T00:00:00Z', '2026-01-20T00:00:00Z', -0.04],
    ]);
    expect(doc.commitments.map((c) => c.utilization)).toEqual([1, expect.closeTo(0.8, 12), expect.closeTo(0.5, 12)]);
    expect(doc.coverage).toBeCloseTo(3.33 / 4.056, 12);
    expect(doc.utilization).toBeCloseTo(2.608 / 3.308, 12);
  });

  it('status in words: the overall sentence, the table and the expiries', async () => {
    const r = await cli('commitments', 'status', '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 commitments; utilization 78.8%, coverage 82.1% of eligible on-demand spend (3.33 of 4.06 USD, at List prices); net savings 0.02 USD.');
    expect(r.stderr).toMatch(/savingsplan\/sp-a\s+ComputeSavingsPlan\s+1y\s+PartialUpfront\s+1\.00\s+2025-12-20\s+80\.0%\s+0\.00/);
    expect(r.stderr).toContain('within 30 days: savingsplan/sp-a (1.00 USD/h)');
  });

  it('eligible --json: the pools; a bad basis names the flag', async () => {
    const r = await cli('commitments', 'eligible', '--db', db, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { approximate: boolean; pools: { type: string; eligible: number }[] };
    expect(doc.approximate).toBe(false);
    expect(doc.pools[0]).toMatchObject({ type: 'ComputeSavingsPlan', eligible: 3.856 });
    const bad = await cli('commitments', 'status', '--db', db, '--basis', 'Billed');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^error: BAD_REQUEST: .*basis/m);
  });
});
