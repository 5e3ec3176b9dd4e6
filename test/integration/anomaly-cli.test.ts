// `finops-workbench anomalies` as a user runs it: a real process on a real workspace file with
// two hand-built spikes of $300 over a flat $100 a day (days 60 and 110 from 2026-01-05).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { dayAt, daily, insertCharges } from '../support/daily-charges.ts';

let dir: string;
let db: string;
const MONDAY = '2026-01-05';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anomaly-cli-'));
  db = join(dir, 'w.duckdb');
  const ws = await Workspace.open(db);
  await insertCharges(ws, [...daily(MONDAY, dayAt(MONDAY, 139), () => 100), { day: dayAt(MONDAY, 60), cost: 300, usageType: 'Batch' }, { day: dayAt(MONDAY, 110), cost: 300, usageType: 'Batch', resource: 'i-batch' }]);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench anomalies', () => {
  it('--json by impact with the issue shape; --fail-on-new exits 3 the first time only; feedback; --since', async () => {
    const first = await cli('anomalies', '--db', db, '--json', '--fail-on-new');
    expect(first.code).toBe(3);
    expect(first.stderr).toMatch(/^error: ANOMALY_NEW: 2 new anomalies found/m);
    const doc = JSON.parse(first.stdout) as { anomalies: Record<string, unknown>[] };
    expect(doc.anomalies).toHaveLength(2);
    expect(Object.keys(doc.anomalies[0]!)).toEqual(expect.arrayContaining(['id', 'start', 'end', 'scope', 'actual', 'expected', 'impact', 'impactPct', 'score', 'rootCauses', 'feedback']));
    expect(doc.anomalies.map((a) => [a.start, a.scope, a.impact])).toEqual([
      [dayAt(MONDAY, 60), { x_UsageType: 'Batch' }, 300],
      [dayAt(MONDAY, 110), { x_UsageType: 'Batch' }, 300],
    ]);
    expect((await cli('anomalies', '--db', db, '--fail-on-new')).code).toBe(0);

    const since = await cli('anomalies', '--db', db, '--since', dayAt(MONDAY, 100), '--json');
    expect((JSON.parse(since.stdout) as { anomalies: { start: string }[] }).anomalies.map((a) => a.start)).toEqual([dayAt(MONDAY, 110)]);
    expect((JSON.parse((await cli('anomalies', '--db', db, '--min-impact', '301', '--json')).stdout) as { anomalies: unknown[] }).anomalies).toEqual([]);

    const id = String(doc.anomalies[0]!.id);
    const fb = await cli('anomalies', 'feedback', id, 'no', '--db', db, '--note', 'a test load', '--json');
    expect(fb.code).toBe(0);
    expect(JSON.parse(fb.stdout)).toMatchObject({ id, feedback: { verdict: 'no', note: 'a test load' } });
    const after = JSON.parse((await cli('anomalies', '--db', db, '--json')).stdout) as { suppressed: number; anomalies: { id: string; feedback: unknown }[] };
    expect(after.suppressed).toBe(1);
    expect(after.anomalies).toMatchObject([{ id, feedback: { verdict: 'no' } }]);
  }, 400_000);

  it('a bad verdict or unknown id says what to do', async () => {
    const bad = await cli('anomalies', 'feedback', 'an-x', 'maybe', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: BAD_REQUEST: .*verdict/m);
    const missing = await cli('anomalies', 'feedback', 'an-x', 'yes', '--db', db);
    expect(missing.stderr).toMatch(/^error: ANOMALY_NOT_FOUND: No anomaly "an-x"/m);
  }, 200_000);
});
