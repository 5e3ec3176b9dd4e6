// The Explore view end to end in browser mode on tiny-org (test/integration/pivot-fixture.ts):
// build a pivot, open a level, drill into a cell, save and reopen a view, export XLSX and read
// its cells back. Every expected number is summed by hand from tiny-org's 14 lines (the
// comments show the sums); none is read from the code under test.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { serve, type Served } from './support/serve.ts';
import { tinyOrg } from './support/explore-fixtures.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;
const consoleErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'tiny-org.duckdb', prepare: tinyOrg });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light' });
  // the grid, the chart and the CSP all report problems on the console
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const grid = () => page.getByTestId('pivot-grid');
const drill = () => page.getByTestId('drill-panel');

/** The grid's id of a row: its keys as percent-encoded JSON (see renderer/src/explore/pivot-tree.ts). */
const rowId = (keys: string[]) => encodeURIComponent(JSON.stringify(keys)).replace(/'/g, '%27');
/** The grid's id of a value column: measure@keys (see valueColumnId in renderer/src/explore/PivotGrid.tsx). */
const colId = (measure: string, keys: string[]) => `${measure}@${rowId(keys)}`;
const rowSelector = (keys: string[]) => `.dg-body [role="row"][data-row-id='${rowId(keys)}']`;
/** Texts of cells in column order (cells sit in the DOM in the order they were created). */
function cellTexts(selector: string): Promise<string[]> {
  return grid()
    .locator(selector)
    .evaluateAll((cells) => cells.sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex'))).map((c) => (c as HTMLElement).innerText));
}
/** The displayed values of a grid row, found by its keys. */
function rowValues(keys: string[]): Promise<string[]> {
  return cellTexts(`${rowSelector(keys)} [role="gridcell"]`);
}
function totalValues(): Promise<string[]> {
  return cellTexts('.dg-foot [role="row"] [role="gridcell"]');
}
/** Texts of one column in display order (rows sit in the DOM in the order they were created). */
function columnTexts(where: ReturnType<Page['getByTestId']>, selector: string): Promise<string[]> {
  return where.locator('.dg-body').evaluate((box, sel) => {
    const rows = [...box.querySelectorAll<HTMLElement>('[role="row"]')].sort((a, b) => Number(a.getAttribute('data-row-index')) - Number(b.getAttribute('data-row-index')));
    return rows.map((r) => r.querySelector<HTMLElement>(sel)?.innerText ?? '');
  }, selector);
}
const rowLabels = () => columnTexts(grid(), '.tree-label');
async function download(action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

test('opens on effective cost of services by month over the last 3 months of data', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await expect(page.getByLabel('Period')).toHaveValue('last3');
  await expect(page.getByLabel('Cost basis')).toHaveValue('Effective');
  await expect(page.getByTestId('result-status')).toContainText('Effective cost · Jan 2026 – Mar 2026 · 5 rows');
  // headers: Jan, Feb, Mar 2026 and Total
  await expect(grid().locator('[role="columnheader"][data-col-id] .dg-header-text')).toHaveText(['ServiceName', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Total']);
  // services by effective cost: EC2 130.50 | 90+40 | 100-20; RDS 150 | – | 160; S3 10.25 | 5.005×2; Lambda 1.111; CloudWatch 0.005×2
  await expect.poll(rowLabels).toEqual(['Amazon EC2', 'Amazon RDS', 'Amazon S3', 'AWS Lambda', 'Amazon CloudWatch']);
  expect(await rowValues(['Amazon EC2'])).toEqual(['$130.50', '$130.00', '$80.00', '$340.50']);
  expect(await rowValues(['Amazon RDS'])).toEqual(['$150.00', '—', '$160.00', '$310.00']);
  expect(await rowValues(['Amazon S3'])).toEqual(['$10.25', '$10.01', '—', '$20.26']);
  expect(await rowValues(['AWS Lambda'])).toEqual(['—', '$1.11', '—', '$1.11']);
  // 290.75 | 141.131 | 240 ; 671.881 rounds to 671.88
  expect(await totalValues()).toEqual(['$290.75', '$141.13', '$240.00', '$671.88']);
  await keepScreenshot(page, testInfo, 'explore-grid-and-chart');

  // in a 1280 px window the same pivot shows its Total without scrolling sideways, every header whole
  await page.setViewportSize({ width: 1280, height: 860 });
  try {
    await expect
      .poll(() =>
        grid().evaluate((g) => {
          const scroller = g.querySelector<HTMLElement>('.dg-scroll')!;
          const cut = [...g.querySelectorAll<HTMLElement>('[role="columnheader"] .dg-header-text')].filter((h) => h.scrollWidth > h.clientWidth).map((h) => h.textContent);
          const total = g.querySelector('[role="columnheader"][data-col-id="cost@total"]')!.getBoundingClientRect();
          return { sideways: scroller.scrollWidth > scroller.clientWidth, cut, totalInside: total.right <= scroller.getBoundingClientRect().right };
        }),
      )
      .toEqual({ sideways: false, cut: [], totalInside: true });
    await keepScreenshot(page, testInfo, 'explore-grid-1280', false);
  } finally {
    await page.setViewportSize({ width: 1440, height: 1000 });
  }
});

test('a field dragged into rows adds a level; a row opens with its children', async ({ browserName: _b }, testInfo) => {
  // dropped on the zone's free end (a drop on a chip goes before that chip)
  const zone = (await page.getByTestId('zone-rows').boundingBox())!;
  await page.getByRole('listbox', { name: 'Fields' }).getByRole('option', { name: /^SubAccountName/ }).dragTo(page.getByTestId('zone-rows'), { targetPosition: { x: zone.width - 12, y: zone.height / 2 } });
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ServiceName', 'SubAccountName']);
  await expect(page.getByRole('button', { name: 'Expand Amazon EC2' })).toBeVisible();
  // still one level on screen: the first level of a two-level tree
  expect(await rowLabels()).toEqual(['Amazon EC2', 'Amazon RDS', 'Amazon S3', 'AWS Lambda', 'Amazon CloudWatch']);
  await page.getByRole('button', { name: 'Expand Amazon EC2' }).click();
  // EC2 prod: 80 | 90 | 100-20 = 250; dev: 50.50 | 40 | – = 90.50
  await expect(grid().locator(rowSelector(['Amazon EC2', 'prod']))).toBeVisible();
  await expect.poll(rowLabels).toEqual(['Amazon EC2', 'prod', 'dev', 'Amazon RDS', 'Amazon S3', 'AWS Lambda', 'Amazon CloudWatch']);
  expect(await rowValues(['Amazon EC2', 'prod'])).toEqual(['$80.00', '$90.00', '$80.00', '$250.00']);
  expect(await rowValues(['Amazon EC2', 'dev'])).toEqual(['$50.50', '$40.00', '—', '$90.50']);
  await keepScreenshot(page, testInfo, 'explore-expanded');

  // from the keyboard: Enter on a label closes and opens its row
  await grid().locator(`${rowSelector(['Amazon EC2'])} [data-col-id='label'] .tree-label`).click();
  await page.keyboard.press('Enter');
  await expect(grid().locator(rowSelector(['Amazon EC2', 'prod']))).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(grid().locator(rowSelector(['Amazon EC2', 'prod']))).toBeVisible();
});

test('a cell drills down to its line items, sorted in the workspace', async ({ browserName: _b }, testInfo) => {
  // EC2 in February: prod 90 and dev 40
  await grid().locator(`${rowSelector(['Amazon EC2'])} [data-col-id='${colId('cost', ['2026-02'])}']`).dblclick();
  await expect(drill().getByRole('heading')).toHaveText('Line items: Amazon EC2 · Feb 2026');
  await expect(page.getByTestId('drill-summary')).toContainText('2 line items · Effective cost $130.00');
  const cells = (col: string) => columnTexts(drill(), `[data-col-id='${col}']`);
  await expect.poll(() => cells('EffectiveCost')).toEqual(['$90.00', '$40.00']);
  expect(await cells('SubAccountName')).toEqual(['prod', 'dev']);
  await keepScreenshot(page, testInfo, 'explore-drill-down');
  // ascending, by a click on the header
  await drill().locator(`[role="columnheader"][data-col-id='EffectiveCost']`).click();
  await expect.poll(() => cells('EffectiveCost')).toEqual(['$40.00', '$90.00']);
  await page.getByRole('button', { name: 'Close line items' }).click();
  await expect(drill()).toHaveCount(0);
});

test('a view is saved by name and reopened exactly', async ({ browserName: _b }, testInfo) => {
  await page.getByLabel('Cost basis').selectOption('Billed');
  // billed: EC2 100+50.50 | 110+40 | 120-20 = 400.50; RDS 200 | – | 200 = 400; total 360.75 | 161.131 | 300
  await expect.poll(() => rowValues(['Amazon EC2'])).toEqual(['$150.50', '$150.00', '$100.00', '$400.50']);
  expect(await totalValues()).toEqual(['$360.75', '$161.13', '$300.00', '$821.88']);
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByLabel('Save this view as').fill('EC2 billed by account');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “EC2 billed by account”.' })).toBeVisible();
  await expect(page.getByTestId('explore-title')).toHaveText('EC2 billed by account');

  await page.getByRole('button', { name: 'New view' }).click();
  await expect(page.getByLabel('Cost basis')).toHaveValue('Effective');
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ServiceName']);
  await expect.poll(() => totalValues()).toEqual(['$290.75', '$141.13', '$240.00', '$671.88']);

  await page.getByRole('button', { name: 'Open EC2 billed by account' }).click();
  await expect(page.getByLabel('Cost basis')).toHaveValue('Billed');
  await expect(page.getByLabel('Period')).toHaveValue('last3');
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ServiceName', 'SubAccountName']);
  await expect(page.getByTestId('zone-columns').locator('.chip-label')).toHaveText(['Time (by month)']);
  await expect.poll(() => totalValues()).toEqual(['$360.75', '$161.13', '$300.00', '$821.88']);
  await expect(page.getByTestId('explore-title')).toHaveText('EC2 billed by account');
  await keepScreenshot(page, testInfo, 'explore-saved-views');
});

test('the pivot exports to Excel with its hierarchy and totals', async () => {
  const file = await download(() => page.getByRole('button', { name: 'Export Excel' }).click());
  expect(file.name).toBe('ec2-billed-by-account.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rowOf = (r: number) => [1, 2, 3, 4, 5, 6].map((c) => sheet.getRow(r).getCell(c).value);
  // two header rows (months, then the measure), then every level with subtotals, grand total last
  expect(rowOf(1)).toEqual([null, null, '2026-01', '2026-02', '2026-03', 'Total']);
  // the basis in the column header, not only in the file name
  expect(rowOf(2)).toEqual(['ServiceName', 'SubAccountName', 'Billed cost (USD)', 'Billed cost (USD)', 'Billed cost (USD)', 'Billed cost (USD)']);
  expect(rowOf(3)).toEqual(['Amazon EC2', '', 150.5, 150, 100, 400.5]);
  // EC2 prod billed: 100 | 110 | 120-20; dev: 50.50 | 40
  expect(rowOf(4)).toEqual(['Amazon EC2', 'prod', 100, 110, 100, 310]);
  expect(rowOf(5)).toEqual(['Amazon EC2', 'dev', 50.5, 40, null, 90.5]);
  expect(rowOf(6)).toEqual(['Amazon RDS', '', 200, null, 200, 400]);
  const last = sheet.actualRowCount;
  expect(rowOf(last)).toEqual(['Grand total', '', 360.75, 161.13, 300, 821.88]);
  expect(sheet.getRow(4).outlineLevel).toBe(1);
  expect(sheet.getRow(4).getCell(3).numFmt).toContain('#,##0.00');
  // the context on a sheet of its own: the view's name as title, the basis, the period in words
  const about = wb.getWorksheet('About')!;
  expect([1, 2, 3, 4].map((r) => [about.getCell(r, 1).value, about.getCell(r, 2).value])).toEqual([
    ['Title', 'EC2 billed by account'],
    ['Cost basis', 'Billed cost: what the invoice charges for each line (AWS unblended, net of discounts)'],
    ['Period', '2026-01-01 to 2026-03-31 inclusive (UTC)'],
    ['Filters', 'None'],
  ]);
});

test('a filter chosen from the keyboard keeps only its values', async ({ browserName: _b }, testInfo) => {
  await page.getByRole('listbox', { name: 'Fields' }).getByRole('option', { name: /^SubAccountName/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Add SubAccountName' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Filter: SubAccountName' });
  // billed: prod 100+10.25+200+110+1.111+0.005+120-20+200 = 721.366; dev 50.50+40+5.005×2+0.005 = 100.515
  await expect(editor.getByRole('listitem')).toHaveCount(2);
  await expect(editor.getByRole('listitem').first()).toContainText('prod');
  await expect(editor.getByRole('listitem').first()).toContainText('$721.37');
  await editor.getByRole('checkbox').nth(1).check();
  await keepScreenshot(page, testInfo, 'explore-filter');
  await editor.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByTestId('zone-filters')).toContainText('SubAccountName: “dev”');
  // dev only: 50.50 | 40+10.01+0.005 = 50.015 → 50.02; dev has no March line, so no March column; 100.515 → 100.52
  await expect.poll(() => totalValues()).toEqual(['$50.50', '$50.02', '$100.52']);
  await page.getByRole('button', { name: 'Remove the filter on SubAccountName' }).click();
  await expect.poll(() => totalValues()).toEqual(['$360.75', '$161.13', '$300.00', '$821.88']);
});

test('the chart draws the same result and exports as PNG and SVG', async ({ browserName: _b }, testInfo) => {
  await page.getByRole('button', { name: 'Chart', exact: true }).click();
  await expect(grid()).toHaveCount(0);
  await expect(page.getByTestId('pivot-chart').locator('canvas')).toBeVisible();
  await keepScreenshot(page, testInfo, 'explore-chart-bars');
  const png = await download(() => page.getByRole('button', { name: 'Save chart as PNG' }).click());
  expect(png.name).toBe('ec2-billed-by-account.png');
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const svg = await download(() => page.getByRole('button', { name: 'Save chart as SVG' }).click());
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg/);
  for (const name of ['Amazon EC2', 'Amazon RDS', 'Feb 2026']) expect(text).toContain(name);
  await page.getByRole('button', { name: 'Treemap' }).click();
  await keepScreenshot(page, testInfo, 'explore-chart-treemap');
  await page.getByRole('button', { name: 'Grid and chart' }).click();
  await page.getByRole('button', { name: 'Stacked bars' }).click();
});

test('a saved view travels as a file: exported, deleted, imported back', async ({ browserName: _b }, testInfo) => {
  await page.getByRole('button', { name: 'Saved views' }).click();
  const file = await download(() => page.getByRole('button', { name: 'Export EC2 billed by account as a file' }).click());
  expect(file.name).toBe('ec2-billed-by-account.view.json');
  const doc = JSON.parse(file.bytes.toString('utf8')) as { format: string; name: string; spec: { basis: string; rows: string[] } };
  expect(doc).toMatchObject({ format: 'finops-workbench/view', name: 'EC2 billed by account', spec: { basis: 'Billed', rows: ['ServiceName', 'SubAccountName'] } });

  await page.getByRole('button', { name: 'Delete EC2 billed by account' }).click();
  await page.getByRole('button', { name: 'Delete view' }).click();
  await expect(page.getByText('No saved views yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New view' }).click();
  await expect(page.getByLabel('Cost basis')).toHaveValue('Effective');

  await page.getByTestId('view-upload').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(page.getByRole('status').filter({ hasText: 'Imported and opened “EC2 billed by account”.' })).toBeVisible();
  await expect(page.getByLabel('Cost basis')).toHaveValue('Billed');
  await expect.poll(() => totalValues()).toEqual(['$360.75', '$161.13', '$300.00', '$821.88']);
  await keepScreenshot(page, testInfo, 'explore-saved-views-panel');

  await page.getByTestId('view-upload').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toContainText('notes.json is not a FinOps Workbench view file');
});

test('Explore in the dark theme, with a heat map', async ({ browserName: _b }, testInfo) => {
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByLabel('Heat map').check();
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(grid().locator(rowSelector(['Amazon RDS', 'prod']))).toBeVisible();
  await keepScreenshot(page, testInfo, 'explore-dark-heat-map');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
});

test('nothing went wrong on the console along the way', () => {
  expect(consoleErrors).toEqual([]);
});
