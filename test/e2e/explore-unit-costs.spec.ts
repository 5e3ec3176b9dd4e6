// Unit costs in Explore (issue 18): "Cost per" picks a business metric imported with
// `unit-costs import`, and the grid and the chart show cost ÷ volume. The "two-teams" fixture's
// numbers, worked by hand (core/engines/unit-costs/SPEC.md): active users 1000 + 1000 in
// September, 0 + 3000 in October; EC2 90 and 75, S3 10 and 45, so EC2 165 ÷ 5000 = $0.033,
// S3 55 ÷ 5000 = $0.011, everything 220 ÷ 5000 = $0.044.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createWorkbench } from '../../core/api/service.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { insertLines } from '../integration/chargeback-fixture.ts';
import { TWO_TEAMS_LINES, UNIT_COST_FIXTURES } from '../integration/unit-costs-fixture.ts';
import { rowsShown } from './support/pivot-rows.ts';
import { keepScreenshot } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

async function twoTeams(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertLines(ws, TWO_TEAMS_LINES);
    await createWorkbench(ws).businessMetricsImport({ path: join(UNIT_COST_FIXTURES, 'users-and-calls.json') });
  } finally {
    ws.close();
  }
}

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'unit-costs.duckdb', prepare: twoTeams });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const grid = () => page.getByTestId('pivot-grid');


test('Cost per a metric shows unit costs in the grid and charts them', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  const costPer = page.getByRole('combobox', { name: 'Cost per' });
  await expect(costPer.getByRole('option')).toHaveText(['—', 'active_users', 'api_calls']);
  await costPer.selectOption('active_users');
  // the unit cost alone: the grid's Total column and the chart are its numbers
  await page.getByRole('button', { name: 'Effective cost', exact: true }).click();
  await expect.poll(() => rowsShown(page)).toEqual([
    ['Amazon Elastic Compute Cloud', '$0.033'],
    ['Amazon S3', '$0.011'],
  ]);
  await expect(grid().locator('.ag-grid-pinned-bottom-rows-container .ag-row .ag-cell').last()).toHaveText('$0.044');
  await expect(page.getByTestId('pivot-chart')).toHaveAttribute('aria-label', /of unitCost:active_users$/);
  await keepScreenshot(page, testInfo, 'explore-unit-costs');
});
