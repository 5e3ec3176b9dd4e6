// Unit economics on the "two-teams" fixture (unit-costs-fixture.ts, test/fixtures/unit-costs):
// every expected number below is worked out by hand in the comment beside it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../support/workspace.ts';
import { twoTeamsWorkspace, UNIT_COST_FIXTURES } from './unit-costs-fixture.ts';
import { pivotSpecSchema, type PivotSpecInput } from '../../core/engines/pivot/spec.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await twoTeamsWorkspace();
});
afterEach(() => t.close());

const pivot = (spec: PivotSpecInput) => t.api.pivot({ spec: pivotSpecSchema.parse(spec) });

const importFixtures = async () => {
  const orders = await t.api.businessMetricsImport({ path: join(UNIT_COST_FIXTURES, 'orders.csv') });
  const json = await t.api.businessMetricsImport({ path: join(UNIT_COST_FIXTURES, 'users-and-calls.json') });
  return { orders, json };
};

describe('import', () => {
  it('reads CSV and JSON by content and lists the metrics', async () => {
    const { orders, json } = await importFixtures();
    expect(orders).toEqual({ importedRows: 8, metrics: ['orders'], grains: { orders: 'day' }, warnings: [] });
    expect(json.importedRows).toBe(7);
    expect(json.metrics).toEqual(['active_users', 'api_calls']);
    expect((await t.api.businessMetrics({})).metrics).toEqual([
      { metric: 'active_users', from: '2026-09-29', to: '2026-10-03', rows: 5, owners: 0, services: 0, grain: 'day' },
      { metric: 'api_calls', from: '2026-09-30', to: '2026-10-02', rows: 2, owners: 0, services: 1, grain: 'day' },
      { metric: 'orders', from: '2026-09-29', to: '2026-10-02', rows: 8, owners: 2, services: 0, grain: 'day' },
    ]);
  });

  it('a re-import of a metric replaces all of its rows; removing deletes them', async () => {
    await importFixtures();
    const file = join(t.dir, 'orders-again.json');
    writeFileSync(file, JSON.stringify({ metrics: [{ Date: '2026-10-01', Metric: 'orders', Value: 7, Owner: 'payments' }] }));
    await t.api.businessMetricsImport({ path: file });
    const orders = (await t.api.businessMetrics({})).metrics.find((m) => m.metric === 'orders');
    expect(orders).toEqual({ metric: 'orders', from: '2026-10-01', to: '2026-10-01', rows: 1, owners: 1, services: 0, grain: 'day' });
    expect(await t.api.businessMetricsRemove({ metric: 'orders' })).toEqual({ removed: 1 });
    await expect(t.api.unitCosts({ metric: 'orders', grain: 'month' })).rejects.toMatchObject({ code: 'UNIT_COSTS_UNKNOWN_METRIC' });
  });

  const bad: [string, string, string, RegExp][] = [
    ['bad date', 'date,metric,value\n2026-09-29,orders,1\n2026-02-30,orders,2\n', 'UNIT_COSTS_BAD_ROW', /row 3, column date: "2026-02-30" is not a date/],
    ['value not a number', 'date,metric,value\n2026-09-29,orders,1\n2026-09-30,orders,12 units\n', 'UNIT_COSTS_BAD_ROW', /row 3, column value: "12 units" is not a number/],
    ['negative value', '[{"date":"2026-09-29","metric":"orders","value":-1}]', 'UNIT_COSTS_BAD_ROW', /row 1, column value/],
    ['duplicate', 'date,metric,value,owner\n2026-09-29,orders,1,a\n2026-09-29,orders,2,b\n2026-09-29,orders,3,a\n', 'UNIT_COSTS_DUPLICATE_ROW', /row 4 repeats row 2 \(date 2026-09-29, metric orders, owner "a", no service\)/],
    ['a total beside per-owner rows', 'date,metric,value,owner\n2026-09-29,orders,1,a\n2026-09-30,orders,2,\n', 'UNIT_COSTS_BAD_ROW', /row 3, column owner: metric orders names a owner on row 2 but none on row 3/],
    ['missing column', 'day,metric,value\n2026-09-29,orders,1\n', 'UNIT_COSTS_BAD_FILE', /lacks date/],
    ['not rows', '{"orders": 3}', 'UNIT_COSTS_BAD_FILE', /not an array of rows/],
    ['metric with a space', 'date,metric,value\n2026-09-29,active users,1\n', 'UNIT_COSTS_BAD_ROW', /row 2, column metric/],
  ];
  it.each(bad)('refuses a file with a %s, naming row and column, and imports nothing', async (_what, text, code, message) => {
    await t.api.businessMetricsImport({ path: join(UNIT_COST_FIXTURES, 'orders.csv') });
    await expect(t.api.businessMetricsImport({ text, fileName: 'm.csv' })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect((await t.api.businessMetrics({})).metrics.map((m) => [m.metric, m.rows])).toEqual([['orders', 8]]);
  });

  it('warns about owners and services no line of the bill has', async () => {
    const r = await t.api.businessMetricsImport({ text: 'date,metric,value,owner,service\n2026-09-29,x,1,paymnets,Amazon S3\n2026-09-29,y,1,payments,EC2\n', fileName: 'x.csv' });
    expect(r.warnings.join('\n')).toMatch(/tag Team = "paymnets"/);
    expect(r.warnings.join('\n')).toMatch(/ServiceName "EC2"/);
  });
});

describe('unitCosts', () => {
  beforeEach(importFixtures);

  it('orders by month: cost ÷ volume and the change month over month', async () => {
    const r = await t.api.unitCosts({ metric: 'orders', grain: 'month' });
    expect(r).toMatchObject({ metric: 'orders', grain: 'month', basis: 'Effective', by: null, warnings: [] });
    expect(r.rows).toEqual([
      // 100.00 / (100+50+100+50) = 0.333333…
      { period: '2026-09', key: null, cost: 100, volume: 300, unitCost: 0.333333, changePct: null },
      // 120.00 / (100+25+200+25) = 0.342857…; (120/350) / (100/300) − 1 = 36000/35000 − 1 = 0.0286
      { period: '2026-10', key: null, cost: 120, volume: 350, unitCost: 0.342857, changePct: 0.0286 },
    ]);
  });

  it('orders by owner: each owner its own cost and volume; cost no owner claims has no unit cost', async () => {
    const r = await t.api.unitCosts({ metric: 'orders', grain: 'month', by: 'owner' });
    expect(r.ownerTag).toBe('Team');
    expect(r.rows).toEqual([
      { period: '2026-09', key: 'payments', cost: 60, volume: 200, unitCost: 0.3, changePct: null },
      { period: '2026-09', key: 'search', cost: 20, volume: 100, unitCost: 0.2, changePct: null },
      { period: '2026-09', key: null, cost: 20, volume: 0, unitCost: null, changePct: null },
      // 90/300 = 0.3, unchanged; 30/50 = 0.6, (0.6 − 0.2) / 0.2 = 2
      { period: '2026-10', key: 'payments', cost: 90, volume: 300, unitCost: 0.3, changePct: 0 },
      { period: '2026-10', key: 'search', cost: 30, volume: 50, unitCost: 0.6, changePct: 2 },
    ]);
    expect(r.warnings.join('\n')).toMatch(/no volume of orders.*\(none\)/);
  });

  it('active users by day: a day of volume 0 has no unit cost (never Infinity), days after the bill are left out', async () => {
    const r = await t.api.unitCosts({ metric: 'active_users', grain: 'day' });
    expect(r.rows).toEqual([
      { period: '2026-09-29', key: null, cost: 40, volume: 1000, unitCost: 0.04, changePct: null },
      // 0.06 / 0.04 − 1 = 0.5
      { period: '2026-09-30', key: null, cost: 60, volume: 1000, unitCost: 0.06, changePct: 0.5 },
      { period: '2026-10-01', key: null, cost: 60, volume: 0, unitCost: null, changePct: null },
      { period: '2026-10-02', key: null, cost: 60, volume: 3000, unitCost: 0.02, changePct: null },
    ]);
    expect(r.warnings.join('\n')).toMatch(/until 2026-10-03 \(not included\)/);
    const month = await t.api.unitCosts({ metric: 'active_users', grain: 'month' });
    // 100/2000 = 0.05; 120/3000 = 0.04; 0.04/0.05 − 1 = −0.2
    expect(month.rows.map((x) => [x.period, x.unitCost, x.changePct])).toEqual([['2026-09', 0.05, null], ['2026-10', 0.04, -0.2]]);
  });

  it('api calls by service, and a period asked for', async () => {
    const r = await t.api.unitCosts({ metric: 'api_calls', grain: 'month', by: 'service' });
    // the metric starts on 30 September: September is that day only (EC2 30 + 20)
    expect(r.rows).toEqual([
      { period: '2026-09', key: 'Amazon Elastic Compute Cloud', cost: 50, volume: 0, unitCost: null, changePct: null },
      { period: '2026-09', key: 'Amazon S3', cost: 10, volume: 1000, unitCost: 0.01, changePct: null },
      { period: '2026-10', key: 'Amazon Elastic Compute Cloud', cost: 75, volume: 0, unitCost: null, changePct: null },
      { period: '2026-10', key: 'Amazon S3', cost: 45, volume: 4500, unitCost: 0.01, changePct: 0 },
    ]);
    expect(r.warnings.join('\n')).toMatch(/from 2026-09-30/);
    expect(r.warnings.join('\n')).toMatch(/no value on 1 day between 2026-09-30 and 2026-10-03/);
    const oct = await t.api.unitCosts({ metric: 'orders', grain: 'day', from: '2026-10-02', to: '2026-10-03' });
    // 60.00 / 225
    expect(oct.rows).toEqual([{ period: '2026-10-02', key: null, cost: 60, volume: 225, unitCost: 0.266667, changePct: null }]);
  });

  it('refuses a split the metric cannot make, with what to do', async () => {
    await expect(t.api.unitCosts({ metric: 'active_users', grain: 'month', by: 'owner' })).rejects.toMatchObject({ code: 'UNIT_COSTS_BAD_REQUEST', message: expect.stringMatching(/names no owner/) });
    await expect(t.api.unitCosts({ metric: 'orders', grain: 'month', by: 'service' })).rejects.toMatchObject({ code: 'UNIT_COSTS_BAD_REQUEST' });
    await expect(t.api.unitCosts({ metric: 'order', grain: 'month' })).rejects.toMatchObject({ code: 'UNIT_COSTS_UNKNOWN_METRIC', message: expect.stringMatching(/Imported metrics: active_users, api_calls, orders/) });
  });
});

describe('Explore measure unitCost:<metric>', () => {
  beforeEach(importFixtures);

  it('by tag:Team and month, the same numbers as unitCosts by owner, totals over every owner', async () => {
    const r = await pivot({ kind: 'pivot', rows: ['tag:Team'], columns: ['month'], measures: ['unitCost:orders'] });
    const byOwner = Object.fromEntries(r.rows.map((row) => [String(row.keys[0]), row.values]));
    // columns: 2026-09, 2026-10, Total. Total: payments 150/500 = 0.3, search 50/150 = 0.333333
    expect(byOwner.payments).toEqual([0.3, 0.3, 0.3]);
    expect(byOwner.search).toEqual([0.2, 0.6, 0.333333]);
    // untagged cost: the metric has no owner-less volume
    expect(byOwner.null).toEqual([null, null, null]);
    // every owner: 100/300, 120/350, 220/650 = 0.338462
    expect(r.totals).toEqual([0.333333, 0.342857, 0.338462]);
  });

  it('by a dimension the metric does not split (ServiceName for active users): each part of the whole unit cost', async () => {
    const r = await pivot({ kind: 'pivot', rows: ['ServiceName'], measures: ['cost', 'unitCost:active_users'] });
    // EC2 165.00, S3 55.00 over 1000 + 1000 + 0 + 3000 users (2 October is the bill's last day)
    expect(r.rows.map((row) => [row.keys[0], row.values])).toEqual([
      ['Amazon Elastic Compute Cloud', [165, 0.033]],
      ['Amazon S3', [55, 0.011]],
    ]);
    expect(r.totals).toEqual([220, 0.044]);
  });

  it('a cell with days of the bill the metric does not cover has no unit cost', async () => {
    // api_calls starts on 30 September: the whole period starts on the 29th, 1–2 October are covered
    const r = await pivot({ kind: 'pivot', rows: ['ServiceName'], columns: ['month'], measures: ['unitCost:api_calls'] });
    const s3 = r.rows.find((row) => row.keys[0] === 'Amazon S3')!;
    // October: 45.00 / 4500; September and the total: not covered
    expect(s3.values).toEqual([null, 0.01, null]);
    expect(r.warnings.join('\n')).toMatch(/does not cover all of/);
    const fromThe30th = await pivot({ kind: 'pivot', rows: ['ServiceName'], measures: ['unitCost:api_calls'], period: { from: '2026-09-30' } });
    // S3 55.00 / 5500
    expect(fromThe30th.rows.find((row) => row.keys[0] === 'Amazon S3')!.values).toEqual([0.01]);
  });

  it('an unknown metric is a coded error', async () => {
    await expect(pivot({ kind: 'pivot', rows: ['ServiceName'], measures: ['unitCost:nope'] })).rejects.toMatchObject({ code: 'UNIT_COSTS_UNKNOWN_METRIC' });
  });
});
