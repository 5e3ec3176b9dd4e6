// Unit costs in Explore (issue 18): "Cost per" picks a business metric imported with
// `unit-costs import`, and the grid and the chart show cost ÷ volume. The "two-teams" fixture's
// numbers, worked by hand (core/engines/unit-costs/SPEC.md): active users 1000 + 1000 in
// September, 0 + 3000 in October; EC2 90 and 75, S3 10 and 45, so EC2 165 ÷ 5000 = $0.033,
// S3 55 ÷ 5000 = $0.011, everything 220 ÷ 5000 = $0.044.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { insertLines } from '../integration/chargeback-fixture.ts';
import { TWO_TEAMS_LINES, UNIT_COST_FIXTURES } from '../integration/unit-costs-fixture.ts';
import { gotoExplore, pivotGrandTotal, serveForExplore } from './support/explore-page.ts';
import { rowsShown } from './support/pivot-rows.ts';
import { keepScreenshot } from './support/screens.ts';
import type { ServedPage } from './support/served-page.ts';
import { inWorkspace } from './support/workspaces.ts';

test.describe.configure({ mode: 'serial' });

let served: ServedPage;
let page: Page;

async function twoTeams(path: string): Promise<void> {
  await inWorkspace(path, async (api, ws) => {
    await insertLines(ws, TWO_TEAMS_LINES);
    await api.businessMetricsImport({ path: join(UNIT_COST_FIXTURES, 'users-and-calls.json') });
  });
}

test.beforeAll(async ({ browser }) => {
  served = await serveForExplore(browser, 'unit-costs.duckdb', twoTeams);
  ({ page } = served);
});

test.afterAll(async () => {
  await served?.close();
});

test('Cost per a metric shows unit costs in the grid and charts them', async ({ browserName: _b }, testInfo) => {
  await gotoExplore(served);
  const costPer = page.getByRole('combobox', { name: 'Cost per' });
  await expect(costPer.getByRole('option')).toHaveText(['—', 'active_users', 'api_calls']);
  await costPer.selectOption('active_users');
  // the unit cost alone: the grid's Total column and the chart are its numbers
  await page.getByRole('button', { name: 'Effective cost', exact: true }).click();
  await expect.poll(() => rowsShown(page)).toEqual([
    ['Amazon Elastic Compute Cloud', '$0.033'],
    ['Amazon S3', '$0.011'],
  ]);
  await expect(pivotGrandTotal(page)).toHaveText('$0.044');
  await expect(page.getByTestId('pivot-chart')).toHaveAttribute('aria-label', /of unitCost:active_users$/);
  await keepScreenshot(page, testInfo, 'explore-unit-costs');
});
