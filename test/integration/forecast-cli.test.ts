// `finops-workbench forecast` as a user runs it: a real process on a real workspace file, on the
// SPEC's worked example (weekdays 100, weekends 40, a fee of 50 on 2026-02-01; February only).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { daily, insertCharges } from '../support/daily-charges.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forecast-cli-'));
  db = join(dir, 'w.duckdb');
  const ws = await Workspace.open(db);
  await insertCharges(ws, [
    ...daily('2026-02-01', '2026-02-28', (_, wd) => (wd < 5 ? 100 : 40)),
    ...daily('2026-02-01', '2026-02-28', () => 1, { service: 'Amazon S3' }),
    // a flat monthly subscription (AWS support would be a share of spend: forecast SPEC.md step 4)
    { day: '2026-02-01', cost: 50, category: 'Purchase', frequency: 'Recurring', lineType: 'Fee', service: 'Observa Metrics Pro' },
  ]);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench forecast', () => {
  it('--json for one service: the issue shape, the horizon from the day after the last data day', async () => {
    const r = await cli('forecast', '--db', db, '--by', 'ServiceName=Amazon EC2', '--basis', 'Effective', '--horizon', '2', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.scope).toEqual([{ dimension: 'ServiceName', values: ['Amazon EC2'] }]);
    expect(j.basis).toBe('Effective');
    expect(j.lastDay).toBe('2026-02-28');
    expect(j.history).toHaveLength(28);
    // Sunday 40, Monday 100 (EC2 only: the fee is the subscription's)
    expect(j.forecast).toEqual([
      { date: '2026-03-01', value: 40, lower80: 40, upper80: 40, lower95: 40, upper95: 40 },
      { date: '2026-03-02', value: 100, lower80: 100, upper80: 100, lower95: 100, upper95: 100 },
    ]);
    // 22 × 100 + 9 × 40
    expect(j.periodEnd.month).toMatchObject({ period: '2026-03', value: 2560 });
    expect(Object.keys(j.periodEnd)).toEqual(['month', 'quarter', 'year']);
    expect(j.backtest).toBeNull();
    expect(j.backtestMessage).toMatch(/No track record yet/);
  });

  it('--by DIM gives one series per value; a bad flag is an error line naming it', async () => {
    const r = await cli('forecast', '--db', db, '--by', 'ServiceName', '--horizon', '1', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.series.map((s: { key: string }) => s.key).sort()).toEqual(['Amazon EC2', 'Amazon S3', 'Observa Metrics Pro']);
    const bad = await cli('forecast', '--db', db, '--horizon', 'soon');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^error: BAD_REQUEST: --horizon is a whole number of days/m);
  });

  it('prints a short report on stderr without --json', async () => {
    const r = await cli('forecast', '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Effective cost of the whole workspace; data through 2026-02-28/);
    expect(r.stderr).toMatch(/2026-03 .* 2,641\.00/); // 2,560 + 31 × 1 (S3) + 50 (fee)
  });
});
