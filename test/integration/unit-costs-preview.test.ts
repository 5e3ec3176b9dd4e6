// The preview of a business metrics import (the Data view shows it before Import): what the file
// would bring, per metric, with the same coded errors as the import, and nothing saved either way.
// Expected summaries are read off test/fixtures/unit-costs by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../support/workspace.ts';
import { twoTeamsWorkspace, UNIT_COST_FIXTURES } from './unit-costs-fixture.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await twoTeamsWorkspace();
});
afterEach(() => t.close());

const fixture = (name: string) => readFileSync(join(UNIT_COST_FIXTURES, name), 'utf8');

describe('businessMetricsPreview', () => {
  it('summarises each metric of a CSV (8 rows of orders, 29 Sep to 2 Oct, owners payments and search) and saves nothing', async () => {
    const p = await t.api.businessMetricsPreview({ text: fixture('orders.csv'), fileName: 'orders.csv' });
    expect(p).toEqual({
      fileName: 'orders.csv',
      rows: 8,
      metrics: [{ metric: 'orders', from: '2026-09-29', to: '2026-10-02', rows: 8, owners: 2, services: 0, grain: 'day' }],
      warnings: [],
    });
    expect((await t.api.businessMetrics({})).metrics).toEqual([]);
  });

  it('summarises a JSON file of two metrics, one by service', async () => {
    const p = await t.api.businessMetricsPreview({ text: fixture('users-and-calls.json'), fileName: 'users-and-calls.json' });
    expect(p.rows).toBe(7);
    expect(p.metrics).toEqual([
      { metric: 'active_users', from: '2026-09-29', to: '2026-10-03', rows: 5, owners: 0, services: 0, grain: 'day' },
      { metric: 'api_calls', from: '2026-09-30', to: '2026-10-02', rows: 2, owners: 0, services: 1, grain: 'day' },
    ]);
  });

  it('warns, as the import does, about owners no line of the bill has', async () => {
    const p = await t.api.businessMetricsPreview({ text: 'date,metric,value,owner\n2026-09-29,orders,1,paymnets\n', fileName: 'typo.csv' });
    expect(p.warnings.join('\n')).toMatch(/tag Team = "paymnets"/);
  });

  it('refuses a bad file with the import\'s code, row and column, and leaves the imported metrics as they were', async () => {
    await t.api.businessMetricsImport({ text: fixture('orders.csv'), fileName: 'orders.csv' });
    await expect(t.api.businessMetricsPreview({ text: 'date,metric,value\n2026-09-29,orders,1\n2026-09-30,orders,12 units\n', fileName: 'bad.csv' })).rejects.toMatchObject({
      code: 'UNIT_COSTS_BAD_ROW',
      details: { file: 'bad.csv', row: 3, column: 'value' },
    });
    expect((await t.api.businessMetrics({})).metrics.map((m) => [m.metric, m.rows])).toEqual([['orders', 8]]);
  });
});
