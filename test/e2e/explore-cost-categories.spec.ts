// AWS cost categories in Explore (issue 10, item 11): the field list shows them in their own
// group, and a pivot by one reads the hand totals of test/fixtures/cur/legacy-cost-categories-split.csv
// (billed = effective there): Data $4.50 (S3), (uncategorized) $2.65 (CloudWatch 1.80 + tax 0.85),
// Platform $0.94 (instance 0.936 + its pods at 0), total $8.09.
import { expect, test, type Page } from '@playwright/test';
import { LEGACY_CSV } from '../fixtures/cur/cost-categories-split-forms.ts';
import { gotoExplore, pivotGrandTotal, pivotGrid, serveForExplore } from './support/explore-page.ts';
import { rowsShown } from './support/pivot-rows.ts';
import { keepScreenshot } from './support/screens.ts';
import type { ServedPage } from './support/served-page.ts';
import { inWorkspace } from './support/workspaces.ts';

test.describe.configure({ mode: 'serial' });

let served: ServedPage;
let page: Page;

test.beforeAll(async ({ browser }) => {
  served = await serveForExplore(browser, 'cost-categories.duckdb', (path) => inWorkspace(path, (api) => api.ingest({ paths: [LEGACY_CSV] })));
  ({ page } = served);
});

test.afterAll(async () => {
  await served?.close();
});

const grid = () => pivotGrid(page);
const fields = () => page.getByRole('listbox', { name: 'Fields' });

test('cost categories have their own group in the field list and pivot like any dimension', async ({ browserName: _b }, testInfo) => {
  await gotoExplore(served);
  const group = fields().getByRole('group', { name: 'Cost categories' });
  await expect(group.getByRole('option')).toHaveText(['CostCenter', 'Environment']);

  await group.getByRole('option', { name: /^CostCenter/ }).click();
  await page.getByRole('menuitem', { name: 'Add to rows' }).click();
  await page.getByRole('button', { name: 'Remove ServiceName from rows' }).click();
  await expect(page.getByTestId('zone-rows')).toContainText('Cost category: CostCenter');

  // by value, the lines without a category after the categories
  await expect.poll(() => rowsShown(page)).toEqual([
    ['Data', '$4.50'],
    ['Platform', '$0.94'],
    ['(uncategorized)', '$2.65'],
  ]);
  await expect(pivotGrandTotal(page)).toHaveText('$8.09');
  await keepScreenshot(page, testInfo, 'explore-cost-categories', false);
});

test("a cost category's cell drills down to its lines, each with its categories", async ({ browserName: _b }, testInfo) => {
  const drill = () => page.getByTestId('drill-panel');
  const platformRow = `.dg-body [role="row"][data-row-id='${encodeURIComponent(JSON.stringify(['Platform']))}']`;
  // the row's Total: its last cell (cells are ordered by aria-colindex)
  const cells = grid().locator(`${platformRow} [role="gridcell"]`);
  await cells.nth((await cells.count()) - 1).dblclick();
  await expect(drill().getByRole('heading')).toContainText('Line items: Platform');
  // the instance (0.936) and its four pod lines ($0 each, their share in x_Split* columns)
  await expect(page.getByTestId('drill-summary')).toContainText('5 line items · Effective cost $0.94');
  await expect(drill().getByRole('columnheader', { name: 'x_CostCategories' })).toBeVisible();
  await expect.poll(() => drill().locator(`[role="gridcell"][data-col-id='x_CostCategories']`).allInnerTexts()).toEqual(Array(5).fill('CostCenter=Platform; Environment=prod'));
  await drill().scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'explore-cost-categories-drill', false);
});
