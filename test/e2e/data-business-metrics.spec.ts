// Business metrics imported in the Data view (issue 18): a file is previewed before anything
// changes, imported, listed and offered at once by Explore's Cost per; a bad file shows its row and
// column and changes nothing; a metric is removed after a confirm. The bill is the "two-teams"
// fixture (owners payments and search); orders.csv holds 8 rows of orders, 2026-09-29 to
// 2026-10-02, for those two owners (test/fixtures/unit-costs).
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Workspace } from '../../core/store/workspace.ts';
import { insertLines } from '../integration/chargeback-fixture.ts';
import { TWO_TEAMS_LINES, UNIT_COST_FIXTURES } from '../integration/unit-costs-fixture.ts';
import { keepScreenshot } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

async function twoTeamsBill(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertLines(ws, TWO_TEAMS_LINES);
  } finally {
    ws.close();
  }
}

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'business-metrics.duckdb', prepare: twoTeamsBill });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const card = () => page.getByRole('region', { name: 'Business metrics' });
const listed = () => card().getByTestId('business-metrics-table').locator('tbody tr');
const costPer = () => page.getByRole('combobox', { name: 'Cost per' });

/** Screenshots at both widths analysts use: 1440 and 1280 px. */
async function bothWidths(name: string, testInfo: Parameters<typeof keepScreenshot>[1]): Promise<void> {
  await keepScreenshot(page, testInfo, `${name}-1440`);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await keepScreenshot(page, testInfo, `${name}-1280`);
  await page.setViewportSize({ width: 1440, height: 1000 });
}

test('a good file: previewed, imported, listed, and offered by Explore’s Cost per', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await expect(card()).toContainText('No business metrics imported yet.');
  await card().getByTestId('business-metrics-input').setInputFiles(join(UNIT_COST_FIXTURES, 'orders.csv'));
  const preview = card().getByRole('region', { name: 'Preview of orders.csv' });
  await expect(preview).toContainText('orders.csv: 8 rows of 1 metric, nothing imported yet');
  await expect(preview.getByTestId('metrics-preview-table').locator('tbody tr')).toHaveText([/orders\s*2026-09-29 – 2026-10-02\s*8\s*by owner \(2\)\s*daily\s*new/]);
  // nothing is saved before Import
  await expect(card()).toContainText('No business metrics imported yet.');
  await card().scrollIntoViewIfNeeded();
  await bothWidths('data-business-metrics-preview', testInfo);

  await preview.getByRole('button', { name: 'Import 8 rows' }).click();
  await expect(card().getByRole('status').filter({ hasText: 'Imported 8 rows of orders from orders.csv' })).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(listed()).toHaveText([/orders\s*2026-09-29 – 2026-10-02\s*8\s*by owner \(2\)/]);

  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await expect(costPer().getByRole('option')).toHaveText(['—', 'orders']);
  await costPer().selectOption('orders');
  await expect(page.getByTestId('pivot-chart')).toHaveAttribute('aria-label', /of unitCost:orders$/);
});

test('a bad file: its row and column in words, and the list unchanged', async ({ browserName: _b }, testInfo) => {
  await page.keyboard.press('Alt+1');
  await expect(listed()).toHaveCount(1);
  await card()
    .getByTestId('business-metrics-input')
    .setInputFiles({ name: 'orders-november.csv', mimeType: 'text/csv', buffer: Buffer.from('date,metric,value\n2026-11-01,orders,120\n2026-11-02,orders,12 units\n') });
  const alert = card().getByRole('alert');
  await expect(alert).toContainText('Could not import orders-november.csv: nothing was changed');
  await expect(alert).toContainText('orders-november.csv, row 3, column value: "12 units" is not a number');
  await expect(alert).toContainText('Error code UNIT_COSTS_BAD_ROW');
  await expect(card().getByRole('region', { name: /^Preview of/ })).toHaveCount(0);
  await expect(listed()).toHaveText([/orders\s*2026-09-29 – 2026-10-02\s*8\s*by owner \(2\)/]);
  await card().scrollIntoViewIfNeeded();
  await bothWidths('data-business-metrics-error', testInfo);
});

test('removing a metric after a confirm; Explore no longer offers it', async ({ browserName: _b }, testInfo) => {
  await card().getByRole('button', { name: 'Remove the business metric orders' }).click();
  await expect(card().getByRole('group', { name: 'Confirm removing the business metric orders' })).toContainText('This deletes its 8 rows (2026-09-29 – 2026-10-02)');
  await keepScreenshot(page, testInfo, 'data-business-metrics-remove-confirm');
  await card().getByRole('button', { name: 'Remove metric' }).click();
  await expect(card().getByRole('status').filter({ hasText: 'Removed orders: 8 rows deleted.' })).toBeVisible();
  await expect(card()).toContainText('No business metrics imported yet.');

  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await expect(page.getByTestId('pivot-grid')).toBeVisible();
  await expect(costPer()).toHaveCount(0);
});
