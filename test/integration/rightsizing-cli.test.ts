// `finops-workbench rightsize` as a user runs it: a real process on a workspace file holding two
// hand-built instances (figures worked out in rightsizing-engine.test.ts).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { insertHandInstances } from '../support/rightsizing-fixture.ts';
import { openTestWorkspace, tempDir } from '../support/workspace.ts';
import { rmSync } from 'node:fs';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = tempDir('rightsize-cli-');
  const t = await openTestWorkspace(dir);
  await insertHandInstances(t.ws, '2026-03-01', 14, [
    { id: 'i-sp', type: 'm5.2xlarge', effectiveRate: '0.2304', onDemandRate: '0.384', commitment: 'Savings Plan', cpu: 15, memory: 18, networkPerDay: 5e9 },
    { id: 'i-idle', type: 't3.medium', effectiveRate: '0.0416', onDemandRate: '0.0416', cpu: 0.8, memory: 5, networkPerDay: 1e6 },
    { id: 'i-nometrics', type: 'm5.large', effectiveRate: '0.096', onDemandRate: '0.096' },
  ]);
  t.ws.close();
  db = join(dir, 'workspace.duckdb');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench rightsize', () => {
  it('--json: an array of {resourceId, accountId, currentType, action, recommendedType, monthlySavings, evidence, risk}, warnings on stderr', async () => {
    const r = await cli('rightsize', '--db', db, '--lookback', '14', '--percentile', 'p95', '--headroom', '20', '--json');
    expect(r.code).toBe(0);
    const recs = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(recs.map((x) => [x.resourceId, x.accountId, x.currentType, x.action, x.recommendedType, x.monthlySavings, x.risk])).toEqual([
      ['i-sp', '222222222222', 'm5.2xlarge', 'downsize', 'm5.large', 126.14, 'low'],
      ['i-idle', '222222222222', 't3.medium', 'terminate', null, 30.37, 'low'],
    ]);
    expect(recs[0]!.evidence).toMatchObject({ days: 14, cpu: 15, memory: 18, vcpu: { current: 8, target: 2 }, memoryGiB: { current: 32, target: 8 } });
    expect(r.stderr).toContain('warning: 1 instance billed in the lookback had no CPUUtilization maximum in it and was not assessed (i-nometrics)');
  });

  it('in words: the window, the total and a table', async () => {
    const r = await cli('rightsize', '--db', db);
    expect(r.code).toBe(0);
    // 126.14 + 30.37 = 156.51
    expect(r.stderr).toContain('Lookback 2026-03-01 to 2026-03-15: 2 recommendations, 156.51 a month.');
    expect(r.stderr).toMatch(/i-sp\s+prod\s+m5\.2xlarge\s+downsize\s+m5\.large\s+126\.14\s+15\.0%\s+15\.0%\s+18\.0%\s+14\s+low\s+bill, SavingsPlan \(frees 0\.1728\/h\)/);
  });

  it('refuses a headroom out of range, saying the range', async () => {
    const r = await cli('rightsize', '--db', db, '--headroom', '45');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/headroomPct/);
  });
});
