// Budget status on a hand-built workspace (test/support/daily-charges.ts): Amazon EC2 costs 100 and
// Amazon S3 10 every day from 2026-01-01 to 2026-03-15, no noise, so the forecast is the same
// flat line with bands of zero width. Every expected number is worked out by hand below.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../core/engines/forecast/index.ts';
import type { BudgetInput } from '../../core/api/budgets-contract.ts';
import { validateRequest } from '../../core/api/validate.ts';
import { sql } from '../../core/sql/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { daily, insertCharges } from '../support/daily-charges.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
  await insertCharges(t.ws, [...daily('2026-01-01', '2026-03-15', () => 100), ...daily('2026-01-01', '2026-03-15', () => 10, { service: 'Amazon S3' })]);
});
afterEach(() => t.close());

// through the transports' validation, which fills the defaults (recurring false, USD, Effective)
const set = (budget: BudgetInput) => t.api.budgetsSet(validateRequest('budgetsSet', { budget }));
const EC2 = { dimension: 'ServiceName', value: 'Amazon EC2' };
const S3 = { dimension: 'ServiceName', value: 'Amazon S3' };

describe('budgets status', () => {
  it('a breached budget, one forecast to breach on a known day, one ok', async () => {
    // whole workspace, March, 1,500: 110 a day, actual through the 15th 1,650 > 1,500; the running
    // total passes 1,500 on day 14 (1,540; day 13 is 1,430); March ends at 31 × 110 = 3,410
    await set({ name: 'Total March', period: 'month', start: '2026-03', amount: 1500 });
    // EC2 every month from January, 2,500: March actual 15 × 100 = 1,500; forecast 31 × 100 = 3,100;
    // the running total passes 2,500 on day 26 (2,600; day 25 is exactly 2,500, not above)
    await set({ name: 'EC2 monthly', scope: EC2, period: 'month', start: '2026-01', recurring: true, amount: 2500 });
    // S3 in Q1, 1,000: actual Jan 1 – Mar 15 = 74 days × 10 = 740; forecast 90 × 10 = 900
    await set({ name: 'S3 Q1', scope: S3, period: 'quarter', start: '2026-01', amount: 1000, basis: 'Billed' });
    const r = await t.api.budgetsStatus({});
    expect(r.asOf).toBe('2026-03-16');
    expect(r.lastDay).toBe('2026-03-15');
    const by = Object.fromEntries(r.statuses.map((s) => [s.budget.name, s]));
    expect(r.statuses.map((s) => s.budget.name)).toEqual(['EC2 monthly', 'S3 Q1', 'Total March']);
    expect(by['Total March']).toMatchObject({ periodStart: '2026-03-01', periodEnd: '2026-03-31', actual: 1650, forecast: 3410, lower80: 3410, upper80: 3410, status: 'breached', breachDate: '2026-03-14', breachProbability: 1, message: null });
    expect(by['EC2 monthly']).toMatchObject({ periodStart: '2026-03-01', periodEnd: '2026-03-31', actual: 1500, forecast: 3100, status: 'forecast-breach', breachDate: '2026-03-26', breachProbability: 1 });
    expect(by['S3 Q1']).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-03-31', actual: 740, forecast: 900, lower80: 900, upper80: 900, status: 'ok', breachDate: null, breachProbability: 0 });
    expect(by['S3 Q1']!.budget).toEqual({ name: 'S3 Q1', scope: S3, period: 'quarter', start: '2026-01', recurring: false, amount: 1000, currency: 'USD', basis: 'Billed' });
  });

  it("the month's forecast is the forecast engine's month end, same scope and basis", async () => {
    await set({ name: 'EC2', scope: EC2, period: 'month', start: '2026-03', amount: 5000 });
    const status = (await t.api.budgetsStatus({})).statuses[0]!;
    // the forecast as the Forecast view asks for it (backtest on: it sizes the bands)
    const month = (await run(t.ws.db, { kind: 'forecast', scope: [{ dimension: 'ServiceName', values: ['Amazon EC2'] }] })).series[0]!.periodEnd.month;
    expect([status.actual, status.forecast, status.lower80, status.upper80]).toEqual([month.actual, month.value, month.lower80, month.upper80]);
  });

  it('a past period is all actual; asOf moves the period of a recurring budget', async () => {
    // February, whole workspace, 3,000: 28 × 110 = 3,080, above it from day 28 (27 × 110 = 2,970)
    await set({ name: 'Feb', period: 'month', start: '2026-02', amount: 3000 });
    // quarterly from December 2025 (a fiscal quarter Dec–Feb, then Mar–May)
    await set({ name: 'Fiscal Q', period: 'quarter', start: '2025-12', recurring: true, amount: 100000 });
    const r = await t.api.budgetsStatus({ asOf: '2026-02-20' });
    expect(r.asOf).toBe('2026-02-20');
    expect(r.lastDay).toBe('2026-02-19');
    const feb = (await t.api.budgetsStatus({})).statuses.find((s) => s.budget.name === 'Feb')!;
    expect(feb).toMatchObject({ actual: 3080, forecast: 3080, lower80: 3080, upper80: 3080, status: 'breached', breachDate: '2026-02-28', breachProbability: 1 });
    // as of 2026-02-20 (data through the 19th): Dec–Feb, December has no data (0), Jan 31 × 110 +
    // Feb 19 × 110 = 5,500 actual, and 9 more days forecast: 6,490
    const q = r.statuses.find((s) => s.budget.name === 'Fiscal Q')!;
    expect(q).toMatchObject({ periodStart: '2025-12-01', periodEnd: '2026-02-28', actual: 5500, forecast: 6490, status: 'ok', breachProbability: 0 });
    const later = (await t.api.budgetsStatus({})).statuses.find((s) => s.budget.name === 'Fiscal Q')!;
    expect(later).toMatchObject({ periodStart: '2026-03-01', periodEnd: '2026-05-31' });
  });

  it('a scope no line matches yet: 0, ok, said so; no budgets: no statuses', async () => {
    expect((await t.api.budgetsStatus({})).statuses).toEqual([]);
    await set({ name: 'Owner payments', scope: { dimension: 'tag:Owner', value: 'payments' }, period: 'month', start: '2026-03', amount: 10, currency: 'EUR' });
    const s = (await t.api.budgetsStatus({})).statuses[0]!;
    expect(s).toMatchObject({ actual: 0, forecast: 0, status: 'ok', breachDate: null, breachProbability: 0 });
    expect(s.message).toMatch(/^No line matches this scope yet/);
    expect(s.message).toMatch(/in EUR but the workspace's costs are in USD/);
  });

  it("an owner tag's budget reads tags through the tags engine's aliases", async () => {
    // EC2 is tagged owner=payments in January and Owner=payments from February (a misspelt key)
    await t.ws.db.run(sql`UPDATE focus SET "Tags" = MAP {'owner': 'payments'} WHERE "ServiceName" = 'Amazon EC2' AND "ChargePeriodStart" < TIMESTAMP '2026-02-01'`);
    await t.ws.db.run(sql`UPDATE focus SET "Tags" = MAP {'Owner': 'payments'} WHERE "ServiceName" = 'Amazon EC2' AND "ChargePeriodStart" >= TIMESTAMP '2026-02-01'`);
    await set({ name: 'Payments Q1', scope: { dimension: 'tag:Owner', value: 'payments' }, period: 'quarter', start: '2026-01', amount: 8000 });
    // without an alias: Feb 1 – Mar 15 = 43 days × 100 = 4,300, and 16 days more forecast: 5,900
    expect((await t.api.budgetsStatus({})).statuses[0]).toMatchObject({ actual: 4300, forecast: 5900, status: 'ok' });
    // owner reads as Owner: January's 3,100 too, 7,400; the quarter ends at 90 × 100 = 9,000;
    // the running total is 7,400 + 6 × 100 = 8,000 on Mar 21, not above, and 8,100 on the 22nd
    await t.api.tagAliasAdd({ kind: 'key', from: ['owner'], to: 'Owner' });
    expect((await t.api.budgetsStatus({})).statuses[0]).toMatchObject({ actual: 7400, forecast: 9000, status: 'forecast-breach', breachDate: '2026-03-22' });
  });

  it('set replaces by name, remove deletes; bad budgets are refused with what is wrong', async () => {
    await set({ name: 'A', period: 'month', start: '2026-03', amount: 1 });
    const { budgets } = await set({ name: 'A', period: 'quarter', start: '2026-04', amount: 2 });
    expect(budgets).toEqual([{ name: 'A', scope: null, period: 'quarter', start: '2026-04', recurring: false, amount: 2, currency: 'USD', basis: 'Effective' }]);
    await expect(set({ name: 'B', scope: { dimension: 'month', value: '2026-03' }, period: 'month', start: '2026-03', amount: 1 })).rejects.toMatchObject({ code: 'BUDGETS_BAD_BUDGET', message: expect.stringMatching(/time bucket/) });
    await expect(set({ name: 'B', scope: { dimension: 'Servicename', value: 'x' }, period: 'month', start: '2026-03', amount: 1 })).rejects.toMatchObject({ code: 'BUDGETS_BAD_BUDGET', message: expect.stringMatching(/Did you mean "ServiceName"/) });
    expect((await t.api.budgetsRemove({ name: 'A' })).budgets).toEqual([]);
    await expect(t.api.budgetsRemove({ name: 'A' })).rejects.toMatchObject({ code: 'BUDGETS_NOT_FOUND' });
  });
});
