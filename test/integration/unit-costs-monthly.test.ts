// Monthly business metrics (unit-costs SPEC.md, "Grain"): one value a month, detected from the
// dates or declared, divided into the month's cost and never spread per day. A hand-built bill;
// every expected number is worked out by hand in the comment beside it.
//   August:    1 Aug EC2 200 + 20 Aug EC2 100 = 300 (a whole month: the bill starts on the 1st)
//   September: 1 Sep EC2 150 + 30 Sep EC2 210 = 360
//   October:   1 Oct EC2 400 + 15 Oct EC2  50 = 450 (the bill ends on 15 Oct: October is partial)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pivotSpecSchema, type PivotSpecInput } from '../../core/engines/pivot/spec.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { ACCOUNT_A, insertLines, type FixtureLine } from './chargeback-fixture.ts';

const EC2 = 'Amazon Elastic Compute Cloud';
const line = (start: string, cost: string): FixtureLine => ({ start, account: ACCOUNT_A, service: EC2, resource: null, effective: cost, billed: cost, category: 'Usage', team: 'payments' });

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
  await insertLines(t.ws, [line('2026-08-01', '200'), line('2026-08-20', '100'), line('2026-09-01', '150'), line('2026-09-30', '210'), line('2026-10-01', '400'), line('2026-10-15', '50')]);
});
afterEach(() => t.close());

const file = (name: string, text: string) => {
  const path = join(t.dir, name);
  writeFileSync(path, text);
  return path;
};
// monthly active users on the 1st of each month: detected as monthly
const USERS_CSV = 'date,metric,value\n2026-08-01,active_users,1000\n2026-09-01,active_users,1200\n2026-10-01,active_users,1500\n';
const pivot = (spec: PivotSpecInput) => t.api.pivot({ spec: pivotSpecSchema.parse(spec) });

describe('grain of a metric', () => {
  it('one value on the same day of each month is detected as monthly and listed so', async () => {
    const r = await t.api.businessMetricsImport({ path: file('users.csv', USERS_CSV) });
    expect(r.grains).toEqual({ active_users: 'month' });
    expect((await t.api.businessMetrics({})).metrics).toEqual([{ metric: 'active_users', from: '2026-08-01', to: '2026-10-01', rows: 3, owners: 0, services: 0, grain: 'month' }]);
  });

  it('a unit cost by month is the month cost ÷ the month value; a month the bill covers in part has none', async () => {
    await t.api.businessMetricsImport({ path: file('users.csv', USERS_CSV) });
    const r = await t.api.unitCosts({ metric: 'active_users', grain: 'month' });
    expect(r.rows).toEqual([
      // 300 ÷ 1000 = 0.3
      { period: '2026-08', key: null, cost: 300, volume: 1000, unitCost: 0.3, changePct: null },
      // 360 ÷ 1200 = 0.3, change 0.3 ÷ 0.3 − 1 = 0
      { period: '2026-09', key: null, cost: 360, volume: 1200, unitCost: 0.3, changePct: 0 },
      // the bill ends 15 Oct: 450 is half a month's cost against the whole month's 1500 users
      { period: '2026-10', key: null, cost: 450, volume: 1500, unitCost: null, changePct: null },
    ]);
    expect(r.warnings).toEqual([
      'Unit costs cover the days both the bill (2026-08-01 to 2026-10-15) and metric active_users (2026-08-01 to 2026-10-31) have: until 2026-10-16 (not included). A month cut short is compared on its days only.',
      'Monthly metric active_users: 2026-10 is only partly in the range (2026-08-01 to 2026-10-16, not included), so its cost is not the whole month\'s: no unit cost there. Ask for whole months.',
    ]);
    // no "no value on N days" warning: a monthly metric is not missing its other days
    expect(r.warnings.join(' ')).not.toContain('count as volume 0');
  });

  it('by day is refused for a monthly metric, saying to ask by month', async () => {
    await t.api.businessMetricsImport({ path: file('users.csv', USERS_CSV) });
    await expect(t.api.unitCosts({ metric: 'active_users', grain: 'day' })).rejects.toMatchObject({
      code: 'UNIT_COSTS_BAD_REQUEST',
      message: expect.stringContaining('is monthly (one value per month), so it has no volume per day: ask by month'),
    });
  });

  it('declared: grain month in the request, the CSV column or the JSON key; two values in one month are refused', async () => {
    // 31 Aug and 30 Sep are not the same day of the month: detected as daily unless declared
    const subs = 'date,metric,value\n2026-08-31,subscribers,600\n2026-09-30,subscribers,900\n';
    expect((await t.api.businessMetricsImport({ path: file('subs.csv', subs) })).grains).toEqual({ subscribers: 'day' });
    expect((await t.api.businessMetricsImport({ path: file('subs.csv', subs), grain: 'month' })).grains).toEqual({ subscribers: 'month' });
    const r = await t.api.unitCosts({ metric: 'subscribers', grain: 'month', to: '2026-10-01' });
    // August 300 ÷ 600 = 0.5; September 360 ÷ 900 = 0.4, change 0.4 ÷ 0.5 − 1 = −0.2
    expect(r.rows.map((x) => [x.period, x.cost, x.volume, x.unitCost, x.changePct])).toEqual([['2026-08', 300, 600, 0.5, null], ['2026-09', 360, 900, 0.4, -0.2]]);
    const column = 'date,metric,value,grain\n2026-08-31,subscribers,600,month\n2026-09-30,subscribers,900,month\n';
    expect((await t.api.businessMetricsImport({ path: file('subs-column.csv', column) })).grains).toEqual({ subscribers: 'month' });
    const json = JSON.stringify({ grain: 'month', metrics: [{ date: '2026-08-31', metric: 'subscribers', value: 600 }, { date: '2026-09-30', metric: 'subscribers', value: 900 }] });
    expect((await t.api.businessMetricsImport({ path: file('subs.json', json) })).grains).toEqual({ subscribers: 'month' });
    const twice = 'date,metric,value\n2026-08-01,subscribers,600\n2026-08-31,subscribers,650\n';
    await expect(t.api.businessMetricsImport({ path: file('twice.csv', twice), grain: 'month' })).rejects.toMatchObject({
      code: 'UNIT_COSTS_DUPLICATE_ROW',
      message: expect.stringContaining('metric subscribers is monthly (one value a month) but has two values in 2026-08 (2026-08-01 and 2026-08-31)'),
    });
  });

  it('in Explore, months have the unit cost; days, and a partial month, have none', async () => {
    await t.api.businessMetricsImport({ path: file('users.csv', USERS_CSV) });
    const byMonth = await pivot({ kind: 'pivot', rows: [], columns: ['month'], grain: 'month', measures: ['unitCost:active_users'], period: { from: '2026-08-01', to: '2026-10-01' }, grandTotals: true });
    // Aug 0.3, Sep 0.3; the total over both: 660 ÷ 2200 = 0.3
    expect(byMonth.totals).toEqual([0.3, 0.3, 0.3]);
    const byDay = await pivot({ kind: 'pivot', rows: ['day'], columns: [], grain: 'day', measures: ['unitCost:active_users'], period: { from: '2026-08-01', to: '2026-08-03' } });
    expect(byDay.rows.map((r) => r.values[0])).toEqual([null]);
    expect(byDay.warnings.join(' ')).toContain('metric active_users is monthly (one value per month), so only cells of whole months have a unit cost');
  });
});
