// Drill-down over a cell of 300,002 line items: tiny-org plus 300,000 generated EC2 lines in
// prod on 2026-01-15 where line i costs i cents (explore-fixtures.ts). The grid pages through
// DuckDB (Infinite Row Model): the first page, the last row, a re-sort and a filter all come
// back without loading the cell into the browser. Expected values follow from the construction.
// Last, Explore on an empty workspace.
import { expect, test, type Page } from '@playwright/test';
import { tinyOrgWithManyLines } from './support/explore-fixtures.ts';
import { keepScreenshot } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

const N = 300_000;
let server: Served;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'many-lines.duckdb', prepare: (path) => tinyOrgWithManyLines(path, N) });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const drill = () => page.getByTestId('drill-panel');
const cell = (rowIndex: number, col: string) => drill().locator(`[role="row"][data-row-index='${rowIndex}'] [data-col-id='${col}']`);

test('a cell of 300,002 lines pages, sorts and filters in the workspace', async ({ browserName: _b }, testInfo) => {
  await page.goto(`${server.url}#/explore`);
  const ec2 = `.dg-body [role="row"][data-row-id='${encodeURIComponent(JSON.stringify(['Amazon EC2']))}']`;
  // January: tiny-org's 80 + 50.50, plus 1 + 2 + … + 300,000 cents = 300,000 × 300,001 / 2 cents = $450,001,500.00
  const jan = `${ec2} [data-col-id='cost@${encodeURIComponent(JSON.stringify(['2026-01']))}']`;
  await expect(page.getByTestId('pivot-grid').locator(jan)).toHaveText('$450,001,630.50');
  await page.getByTestId('pivot-grid').locator(jan).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('drill-summary')).toContainText('300,002 line items · Effective cost $450,001,630.50');
  // biggest first: line 300,000 costs $3,000.00
  await expect(cell(0, 'ResourceId')).toHaveText('i-0300000');
  await expect(cell(0, 'EffectiveCost')).toHaveText('$3,000.00');
  await keepScreenshot(page, testInfo, 'explore-drill-many-lines');

  // the last row, from the keyboard: Ctrl+End in the grid moves the focus there
  await cell(0, 'ResourceId').click();
  await page.keyboard.press('Control+End');
  await expect(cell(N + 1, 'ResourceId')).toBeFocused();
  await expect(cell(N + 1, 'ResourceId')).toHaveText('i-0000001');
  await expect(cell(N + 1, 'EffectiveCost')).toHaveText('$0.01');
  await expect(cell(N + 1, '#')).toHaveText('300,002');
  await keepScreenshot(page, testInfo, 'explore-drill-last-row');
});

test('the same cell sorts and filters in the workspace', async () => {
  // back to the first line (the browser's own smooth scroll over 9 million pixels used to stop
  // part way, and a sort made there showed row 0 alone, far down the new order)
  await page.keyboard.press('Control+Home');
  await expect(cell(0, 'ResourceId')).toBeFocused();
  await expect(cell(1, 'ResourceId')).toHaveText('i-0299999');
  // ascending: the smallest first
  await drill().locator(`[role="columnheader"][data-col-id='EffectiveCost']`).click();
  await expect(cell(0, 'EffectiveCost')).toHaveText('$0.01');
  await expect(cell(1, 'EffectiveCost')).toHaveText('$0.02');
  // a sort made at the bottom of the list shows the new order from its first line
  await cell(0, 'ResourceId').click();
  await page.keyboard.press('Control+End');
  await expect(cell(N + 1, 'EffectiveCost')).toHaveText('$3,000.00');
  await drill().locator(`[role="columnheader"][data-col-id='EffectiveCost']`).click();
  await expect(cell(0, 'EffectiveCost')).toHaveText('$3,000.00');
  await expect(cell(1, 'EffectiveCost')).toHaveText('$2,999.99');

  // a filter: ResourceId starting with i-02999 keeps lines 299,900..299,999 (100 lines, 29,994,950 cents), biggest first
  await drill().getByRole('button', { name: 'Filter ResourceId' }).click();
  const popup = page.getByRole('dialog', { name: 'Filter ResourceId' });
  await popup.getByRole('combobox', { name: 'Condition' }).selectOption({ label: 'Begins with' });
  await popup.getByRole('textbox', { name: 'Value' }).fill('i-02999');
  await popup.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('drill-summary')).toContainText('100 line items · Effective cost $299,949.50');
  await expect(page.getByTestId('drill-summary')).toContainText('filtered from 300,002 line items');
  await expect(cell(0, 'ResourceId')).toHaveText('i-0299999');
});

test('an empty workspace says where billing data comes from', async ({ browser }) => {
  const empty = await serve();
  const p = await browser.newPage();
  try {
    await p.goto(`${empty.url}#/explore`);
    await expect(p.getByText('This workspace has no billing data yet.')).toBeVisible();
    await p.getByRole('button', { name: 'Data', exact: true }).last().click();
    await expect(p.getByRole('heading', { level: 1 })).toHaveText('Data');
  } finally {
    await p.close();
    await empty.stop();
  }
});
