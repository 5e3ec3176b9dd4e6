// `finops-workbench budgets` as a user (or cron) runs it: a real process on a real workspace
// file. EC2 costs 100 and S3 10 a day from 2026-01-01 to 2026-03-15 (test/support/daily-charges.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { daily, insertCharges } from '../support/daily-charges.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budgets-cli-'));
  db = join(dir, 'w.duckdb');
  const ws = await Workspace.open(db);
  await insertCharges(ws, [...daily('2026-01-01', '2026-03-15', () => 100), ...daily('2026-01-01', '2026-03-15', () => 10, { service: 'Amazon S3' })]);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// the tests run in order on one workspace, two processes each (a busy machine takes seconds to start one)
describe('finops-workbench budgets', () => {
  it('check exits 0 when all are within their amounts', async () => {
    const ok = await cli('budgets', 'set', '--db', db, '--name', 'S3 Q1', '--scope', 'ServiceName=Amazon S3', '--period', 'quarter', '--start', '2026-01', '--amount', '1000', '--basis', 'Billed');
    expect(ok.code).toBe(0);
    const allOk = await cli('budgets', 'check', '--db', db);
    expect(allOk).toMatchObject({ code: 0, stdout: '' });
    expect(allOk.stderr).toBe('All 1 budget within their amounts as of 2026-03-16.\n');
  });

  it('check exits 3 with one line per breach or forecast breach', async () => {
    // a CSV with a breached budget and one forecast to breach on the 26th (budgets-status.test.ts works the numbers)
    const csv = join(dir, 'budgets.csv');
    writeFileSync(csv, 'name,scope_dimension,scope_value,period,start,recurring,amount\nTotal March,,,month,2026-03,false,1500\nEC2 monthly,ServiceName,Amazon EC2,month,2026-01,true,2500\n');
    const imported = await cli('budgets', 'import', '--db', db, csv, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 2, refused: [] });

    const check = await cli('budgets', 'check', '--db', db);
    expect(check.code).toBe(3);
    expect(check.stdout).toBe('');
    expect(check.stderr.trim().split('\n')).toEqual([
      'FORECAST-BREACH EC2 monthly (ServiceName = Amazon EC2, Effective, 2026-03-01 – 2026-03-31): forecast 3,100.00 (80%: 3,100.00 – 3,100.00) of 2,500.00 USD, 1,500.00 spent so far; expected to pass it on 2026-03-26, probability 100%',
      'BREACHED Total March (whole workspace, Effective, 2026-03-01 – 2026-03-31): 1,650.00 spent of 1,500.00 USD, above it since 2026-03-14; forecast 3,410.00 by 2026-03-31',
    ]);
  });

  it('check --json lists the breaches; --as-of checks an earlier day', async () => {
    const json = await cli('budgets', 'check', '--db', db, '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout).breaches.map((s: { budget: { name: string }; status: string }) => [s.budget.name, s.status])).toEqual([
      ['EC2 monthly', 'forecast-breach'],
      ['Total March', 'breached'],
    ]);
    // as of 2026-03-10 (data through the 9th): March so far 9 × 110 = 990, forecast 3,410: Total March is a forecast breach
    const earlier = await cli('budgets', 'check', '--db', db, '--as-of', '2026-03-10');
    expect(earlier.code).toBe(3);
    expect(earlier.stderr).toMatch(/^FORECAST-BREACH Total March .*990\.00 spent so far; expected to pass it on 2026-03-14/m);
  });

  it('status and list as JSON', async () => {
    const status = await cli('budgets', 'status', '--db', db, '--json');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ asOf: '2026-03-16', lastDay: '2026-03-15' });
    const list = await cli('budgets', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout).budgets.map((b: { name: string }) => b.name)).toEqual(['EC2 monthly', 'S3 Q1', 'Total March']);
  });

  it('remove, and a budget that is not there', async () => {
    const removed = await cli('budgets', 'remove', '--db', db, '--name', 'S3 Q1');
    expect(removed).toMatchObject({ code: 0, stderr: 'Budget "S3 Q1" removed; 2 budgets left.\n' });
    const missing = await cli('budgets', 'remove', '--db', db, '--name', 'S3 Q1');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: BUDGETS_NOT_FOUND: No budget is named "S3 Q1"\. The budgets are: "EC2 monthly", "Total March"\.\n$/);
  });

  it('mistakes exit 1 with one error line: a bad amount, an AWS export that cannot be kept', async () => {
    const badAmount = await cli('budgets', 'set', '--db', db, '--name', 'X', '--start', '2026-03', '--amount', '1,000');
    expect(badAmount.stderr).toBe('error: BAD_REQUEST: --amount is digits with a "." for decimals (12000 or 2500.50), not "1,000".\n');
    const aws = join(dir, 'export.json');
    writeFileSync(aws, JSON.stringify({ Budgets: [{ BudgetName: 'Daily', BudgetLimit: { Amount: '1', Unit: 'USD' }, TimeUnit: 'DAILY', TimePeriod: { Start: '2026-01-01T00:00:00Z' } }] }));
    const refused = await cli('budgets', 'import', '--db', db, aws);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: BUDGETS_BAD_AWS_EXPORT: 1 of the 1 AWS budgets cannot be kept here: "Daily": its period is DAILY/);
  });
});
