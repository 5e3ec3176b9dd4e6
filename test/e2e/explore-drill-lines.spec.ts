// The drill-down reads like a bill (issue 9, item 6): on tiny-org plus one hourly EC2 line
// (24 h × $0.0104 = $0.2496, a long ARN as its ResourceId; explore-fixtures.ts), filtered to
// prod, the line items of EC2 · Jan 2026 show unit prices at their precision, keep the cost in
// view beside a long id, name every filter in their title, and export as CSV and Excel with
// the same context, read back here. Expected values come from the fixture, written by hand.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { LONG_RESOURCE_ID, tinyOrgWithHourlyLine } from './support/explore-fixtures.ts';
import { keepScreenshot } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

let server: Served;
let page: Page;
const VIEWPORT = { width: 1440, height: 1000 };

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'tiny-org-hourly.duckdb', prepare: tinyOrgWithHourlyLine });
  page = await browser.newPage({ viewport: VIEWPORT });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const drill = () => page.getByTestId('drill-panel');
const cell = (rowIndex: number, col: string) => drill().locator(`[role="row"][data-row-index='${rowIndex}'] [data-col-id='${col}']`);
const encode = (v: unknown) => encodeURIComponent(JSON.stringify(v)).replace(/'/g, '%27');

async function download(action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

test('line items: unit prices at their precision, cost in view, every filter named, exported with context', async ({ browserName: _b }, testInfo) => {
  await page.goto(`${server.url}#/explore`);
  // filter to prod from the field list
  await page.getByRole('listbox', { name: 'Fields' }).getByRole('option', { name: /^SubAccountName/ }).click();
  await page.getByRole('menuitem', { name: 'Filter by…' }).click();
  const editor = page.getByRole('dialog', { name: 'Filter: SubAccountName' });
  await editor.getByRole('listitem').filter({ hasText: 'prod' }).getByRole('checkbox').check();
  await editor.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByTestId('zone-filters')).toContainText('SubAccountName: “prod”');

  // EC2 prod in January: 80 + 0.2496 = 80.2496 → $80.25
  const jan = `.dg-body [role="row"][data-row-id='${encode(['Amazon EC2'])}'] [data-col-id='cost@${encode(['2026-01'])}']`;
  await expect(page.getByTestId('pivot-grid').locator(jan)).toHaveText('$80.25');
  await page.getByTestId('pivot-grid').locator(jan).dblclick();
  await expect(drill().getByRole('heading', { level: 2 })).toHaveText('Line items: Amazon EC2 · Jan 2026 — where SubAccountName is “prod”');
  await expect(page.getByTestId('drill-summary')).toContainText('2 line items · Effective cost $80.25');

  // biggest first: the 80.00 line, then the hourly one with its unit price's four decimals
  await expect(cell(0, 'EffectiveCost')).toHaveText('$80.00');
  await expect(cell(1, 'EffectiveCost')).toHaveText('$0.2496');
  await expect(cell(1, 'ListUnitPrice')).toHaveText('$0.0104');
  await expect(cell(1, 'ConsumedQuantity')).toHaveText('24');
  // the long id is cut to its column (the whole of it in a tooltip); the cost stays on screen, pinned
  const id = cell(1, 'ResourceId');
  await expect(id).toHaveText(LONG_RESOURCE_ID);
  expect(await id.evaluate((el) => el.scrollWidth > el.clientWidth || (el.firstElementChild?.scrollWidth ?? 0) > el.clientWidth)).toBe(true);
  const cost = await cell(1, 'EffectiveCost').boundingBox();
  expect(cost!.x + cost!.width).toBeLessThanOrEqual(VIEWPORT.width);
  await drill().scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'explore-drill-lines', false);
  // scrolled to the id: still cut to its column, the pinned cost still beside it
  await id.scrollIntoViewIfNeeded();
  await expect(cell(1, 'EffectiveCost')).toBeInViewport();
  await expect(id).toBeInViewport();
  await keepScreenshot(page, testInfo, 'explore-drill-long-id', false);

  const csv = await download(() => drill().getByRole('button', { name: 'Export lines as CSV' }).click());
  expect(csv.name).toBe('line-items-amazon-ec2-jan-2026-where-subaccountname-is-prod.csv');
  const text = csv.bytes.toString('utf8');
  const [block, table] = text.split('\r\n\r\n');
  expect(block!.split('\r\n').slice(0, 3)).toEqual([
    '# Title: Line items: Amazon EC2 · Jan 2026 — where SubAccountName is “prod”',
    '"# Cost basis: Effective cost: amortized, with commitment fees spread over their term and unused commitment on its own lines"',
    '# Period: 2026-01-01 to 2026-03-31 inclusive (UTC)',
  ]);
  expect(block).toContain('# Filters: SubAccountName is “prod”');
  expect(block).toContain('# Filters: ServiceName is “Amazon EC2”');
  expect(block).toContain('# Filters: month is “2026-01”');
  const rows = table!.split('\r\n');
  expect(rows[0]!.split(',').slice(0, 8)).toEqual(['ChargePeriodStart', 'EffectiveCost', 'BilledCost', 'ListCost', 'ContractedCost', 'ListUnitPrice', 'ContractedUnitPrice', 'ConsumedQuantity']);
  expect(rows[2]!.split(',').slice(0, 8)).toEqual(['2026-01-07 00:00:00', '0.2496', '0.2496', '0.2496', '0.2496', '0.0104', '0.0104', '24']);

  const xlsx = await download(() => drill().getByRole('button', { name: 'Export lines as Excel' }).click());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const lines = wb.getWorksheet('Line items')!;
  expect([lines.getCell('B3').value, lines.getCell('F3').value]).toEqual([0.2496, 0.0104]);
  expect(wb.getWorksheet('About')!.getCell('B1').value).toBe('Line items: Amazon EC2 · Jan 2026 — where SubAccountName is “prod”');
});
