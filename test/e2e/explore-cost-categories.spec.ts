// AWS cost categories in Explore (issue 10, item 11): the field list shows them in their own
// group, and a pivot by one reads the hand totals of test/fixtures/cur/legacy-cost-categories-split.csv
// (billed = effective there): Data $4.50 (S3), (uncategorized) $2.65 (CloudWatch 1.80 + tax 0.85),
// Platform $0.94 (instance 0.936 + its pods at 0), total $8.09.
import { expect, test, type Page } from '@playwright/test';
import { createWorkbench } from '../../core/api/service.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { LEGACY_CSV } from '../fixtures/cur/cost-categories-split-forms.ts';
import { rowsShown } from './support/pivot-rows.ts';
import { keepScreenshot } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

async function costCategoryWorkspace(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await createWorkbench(ws).ingest({ paths: [LEGACY_CSV] });
  } finally {
    ws.close();
  }
}

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'cost-categories.duckdb', prepare: costCategoryWorkspace });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const grid = () => page.getByTestId('pivot-grid');
const fields = () => page.getByRole('listbox', { name: 'Fields' });


test('cost categories have their own group in the field list and pivot like any dimension', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
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
  await expect(grid().locator('.ag-grid-pinned-bottom-rows-container .ag-row .ag-cell').last()).toHaveText('$8.09');
  await keepScreenshot(page, testInfo, 'explore-cost-categories', false);
});

test("a cost category's cell drills down to its lines, each with its categories", async ({ browserName: _b }, testInfo) => {
  const drill = () => page.getByTestId('drill-panel');
  const platformRow = `.ag-grid-scrolling-container .ag-row[row-id='${encodeURIComponent(JSON.stringify(['Platform']))}']`;
  // the row's Total: its last cell (cells are ordered by aria-colindex)
  const cells = grid().locator(`${platformRow} .ag-grid-scrolling-cells .ag-cell`);
  await cells.nth((await cells.count()) - 1).dblclick();
  await expect(drill().getByRole('heading')).toContainText('Line items: Platform');
  // the instance (0.936) and its four pod lines ($0 each, their share in x_Split* columns)
  await expect(page.getByTestId('drill-summary')).toContainText('5 line items · Effective cost $0.94');
  await expect(drill().locator(".ag-header-cell[col-id='x_CostCategories']")).toBeVisible();
  await expect.poll(() => drill().locator(".ag-cell[col-id='x_CostCategories']").allInnerTexts()).toEqual(Array(5).fill('CostCenter=Platform; Environment=prod'));
  await drill().scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'explore-cost-categories-drill', false);
});
