// The Rightsizing view (issue 17, item 4) in browser mode, on a generated organisation's month with
// its CloudWatch metrics (support/rightsizing-workspaces.ts): the recommendations by monthly
// savings equal to the API's answer for the spec the page sent, with sparklines and the summary;
// the settings (lookback, percentile, headroom) sent as the engine's spec; the keyboard (arrows,
// Enter to the detail); a detail with its metric chart and the fit; a storage row's detail with
// what the bill shows; the filters by account and owner tag; the ticket list exported as CSV and XLSX whose totals equal the summary to the cent;
// the dark theme; nothing cut at the right edge at 1440×900 and 1280×860. The same month's bill
// without metrics: the view says in words that instances were not sized, and shows no error. The RDS
// hand fixture: a DB instance's detail says what it is (engine, Multi-AZ) and draws its CPU and memory.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { RightsizeDetail, RightsizeResult, RightsizeSpec } from '../../core/api/rightsizing-contract.ts';
import { apiCall, specAfter as specOf } from './support/api-call.ts';
import { generatedBillOnly, generatedWithMetrics, rdsDatabases } from './support/rightsizing-workspaces.ts';
import { keepScreenshot } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

test.describe.configure({ mode: 'serial' });

/** The rightsize spec the page sent because of `action`. */
const specAfter = (page: Page, action: () => Promise<unknown>) => specOf<RightsizeSpec>(page, 'rightsize', action);
/** A day's cost with every decimal it has, as the view's formatExactMoney writes it. */
const usdExact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 10 });
const STORAGE_ACTIONS: readonly string[] = ['delete-volume', 'stop-storage', 'delete-snapshot'];
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Nothing of the page sticks out to the right: no horizontal scroll, every element inside the window. */
async function nothingCutRight(page: Page): Promise<void> {
  const over = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > w) out.push(`page scrolls to ${document.documentElement.scrollWidth} > ${w}`);
    const main = document.getElementById('main')!;
    if (main.scrollWidth > main.clientWidth + 1) out.push(`main scrolls to ${main.scrollWidth} > ${main.clientWidth}`);
    for (const el of document.querySelectorAll('.view.rightsizing *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 0.5 && !el.closest('.table-wrap')) out.push(`${el.tagName}.${(el as HTMLElement).className} ends at ${r.right}`);
      // nothing sticks out of its card either
      const card = el.parentElement?.closest('.card, .tile, .controls');
      if (card && r.width > 0 && r.right > card.getBoundingClientRect().right + 0.5 && !el.closest('.table-wrap')) out.push(`${el.tagName}.${(el as HTMLElement).className} leaves its ${card.className} (${r.right} > ${card.getBoundingClientRect().right})`);
    }
    for (const wrap of document.querySelectorAll('.view.rightsizing .table-wrap')) if (wrap.scrollWidth > wrap.clientWidth + 1) out.push(`table scrolls sideways: ${wrap.scrollWidth} > ${wrap.clientWidth}`);
    return out.slice(0, 5);
  });
  expect(over).toEqual([]);
}

test.describe('a generated organisation with metrics', () => {
  let server: Served;
  let page: Page;
  let firstSpec: RightsizeSpec;
  let first: RightsizeResult;
  const rows = () => page.getByTestId('rs-list').locator('tbody tr');
  const detail = () => page.getByTestId('rs-detail');

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    server = await serve({ workspaceName: 'rightsizing.duckdb', prepare: generatedWithMetrics });
  });

  test.beforeEach(async ({ browser }) => {
    if (page) return;
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test.afterAll(async () => {
    await page?.close();
    await server?.stop();
  });

  test('the recommendations by monthly savings, equal to the API’s, with sparklines and the summary', async ({ browserName: _b }, testInfo) => {
    await page.goto(server.url);
    firstSpec = await specAfter(page, () => page.keyboard.press('Alt+8'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rightsizing');
    // the engine's defaults, shown and sent
    expect(firstSpec).toMatchObject({ kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20, includeMemory: true });
    await expect(page.getByTestId('rs-lookback')).toHaveValue('14');
    await expect(page.getByTestId('rs-percentile')).toHaveValue('p95');
    await expect(page.getByTestId('rs-headroom')).toHaveValue('20');
    first = await apiCall<RightsizeResult>(page, server, 'rightsize', { spec: firstSpec });
    expect(first.recommendations.length).toBeGreaterThan(3);
    await expect(rows()).toHaveCount(first.recommendations.length);
    await expect(page.getByTestId('rs-resource')).toHaveText(first.recommendations.map((r) => r.resourceId));
    await expect(page.getByTestId('rs-savings')).toHaveText(first.recommendations.map((r) => usd.format(r.monthlySavings)));
    await expect(page.getByTestId('rs-total-savings')).toHaveText(usd.format(first.summary.monthlySavings));
    await expect(page.getByTestId('rs-count')).toContainText(`${first.summary.count} recommendations`);
    for (const [action, s] of Object.entries(first.summary.byAction)) await expect(page.getByTestId(`rs-by-${action}`)).toContainText(usd.format(s!.monthlySavings));
    // each row: the change, the price source, the risk
    const top = first.recommendations[0]!;
    await expect(rows().first().getByTestId('rs-change')).toHaveText(top.recommendedType ? `${top.currentType} → ${top.recommendedType}` : top.currentType);
    await expect(rows().first().getByTestId('rs-price')).toContainText(top.price.source === 'bill' ? 'Your rate in the bill' : 'Public on-demand rate');
    // a sparkline on every row with CPU data: the daily maxima of the lookback
    await expect(page.getByTestId('sparkline')).toHaveCount(first.recommendations.filter((r) => r.evidence.cpu !== null).length);
    await expect(page.getByTestId('sparkline').first().locator('path.spark-line').first()).toHaveAttribute('d', /^M0\.0,[\d.]+(L[\d.]+,[\d.]+){6,}/);
    // the warnings of the result, in words
    if (first.warnings.length) await expect(page.getByTestId('rs-warnings')).toContainText(first.warnings[0]!);
    await nothingCutRight(page);
    await keepScreenshot(page, testInfo, 'rightsizing-list', false);
  });

  test('the arrow keys move through the list and Enter opens the detail, with its chart and the fit', async ({ browserName: _b }, testInfo) => {
    await rows().first().click();
    await expect(detail().getByTestId('rs-detail-title')).toHaveText(first.recommendations[0]!.resourceId);
    await page.keyboard.press('ArrowDown');
    const second = first.recommendations[1]!;
    await expect(rows().nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(rows().nth(1)).toBeFocused();
    await expect(detail().getByTestId('rs-detail-title')).toHaveText(second.resourceId);
    await page.keyboard.press('Enter');
    await expect(detail().getByTestId('rs-detail-title')).toBeFocused();
    await expect(detail().getByTestId('rs-detail-savings')).toHaveText(usd.format(second.monthlySavings));
    await expect(detail().getByTestId('rs-detail-current')).toHaveText(second.currentType);
    await expect(detail().getByTestId('rs-detail-target')).toHaveText(second.recommendedType ?? /Terminate/);
    await expect(detail().getByTestId('rs-fit')).toContainText(`${second.evidence.vcpu.current} vCPU`);
    // the chart: CPU and memory maxima, the percentile and what the target carries
    const chart = detail().getByTestId('rs-chart');
    await expect(chart.locator('svg')).toBeVisible();
    await expect(chart).toContainText('CPU maximum');
    await expect(chart).toContainText(`p95 CPU ${second.evidence.cpu!.toFixed(1)}%`);
    if (second.recommendedType) await expect(chart).toContainText(`${second.recommendedType} with 20% headroom`);
    await nothingCutRight(page);
    await detail().scrollIntoViewIfNeeded();
    await keepScreenshot(page, testInfo, 'rightsizing-detail', false);
  });

  test('a storage row opens what the bill shows, in words, at 1440 and 1280 px', async ({ browserName: _b }, testInfo) => {
    const at = first.recommendations.findIndex((r) => STORAGE_ACTIONS.includes(r.action));
    expect(at).toBeGreaterThanOrEqual(0);
    const r = first.recommendations[at]!;
    const d = await apiCall<RightsizeDetail>(page, server, 'rightsizeDetail', { resourceId: r.resourceId, spec: firstSpec });
    expect(d.recommendation).toEqual(r);
    await rows().nth(at).click();
    await expect(detail().getByTestId('rs-detail-title')).toHaveText(r.resourceId);
    await expect(detail().getByTestId('rs-detail-savings')).toHaveText(usd.format(r.monthlySavings));
    const bill = detail().getByTestId('rs-detail-bill');
    await expect(bill).toBeVisible();
    await expect(detail()).not.toContainText('Could not');
    const last = d.bill!.days[d.bill!.days.length - 1]!;
    await expect(bill.getByTestId('rs-bill-days')).toContainText(`${usd.format(d.bill!.cost)} in all, ${usdExact.format(last.cost)} on the last day`);
    await expect(bill.getByTestId('rs-bill-span')).toHaveText(`First billed ${d.bill!.firstBilledDay}, last billed ${d.bill!.lastBilledDay}, in the whole bill.`);
    if (d.bill!.stoppedInstance) await expect(bill.getByTestId('rs-bill-stopped')).toContainText(`has not run since ${d.bill!.stoppedInstance.lastRunning.slice(0, 10)}`);
    await expect(detail().getByTestId('rs-detail-finding')).not.toBeEmpty();
    await nothingCutRight(page);
    await detail().scrollIntoViewIfNeeded();
    await keepScreenshot(page, testInfo, 'rightsizing-storage-detail', false);
    await page.setViewportSize({ width: 1280, height: 860 });
    await nothingCutRight(page);
    await detail().scrollIntoViewIfNeeded();
    await keepScreenshot(page, testInfo, 'rightsizing-storage-detail-1280', false);
    await page.setViewportSize({ width: 1440, height: 900 });
    await rows().first().click();
    await expect(detail().getByTestId('rs-detail-title')).toHaveText(first.recommendations[0]!.resourceId);
  });

  test('the settings go to the engine: lookback 32, p99, headroom 10', async () => {
    let spec = await specAfter(page, () => page.getByTestId('rs-lookback').selectOption('32'));
    expect(spec).toMatchObject({ lookbackDays: 32, percentile: 'p95', headroomPct: 20 });
    spec = await specAfter(page, () => page.getByTestId('rs-percentile').selectOption('p99'));
    expect(spec).toMatchObject({ lookbackDays: 32, percentile: 'p99' });
    spec = await specAfter(page, () => page.getByTestId('rs-headroom').fill('10'));
    expect(spec).toMatchObject({ lookbackDays: 32, percentile: 'p99', headroomPct: 10 });
    const r = await apiCall<RightsizeResult>(page, server, 'rightsize', { spec });
    await expect(page.getByTestId('rs-savings')).toHaveText(r.recommendations.map((x) => usd.format(x.monthlySavings)));
    await expect(page.getByTestId('rs-total-savings')).toHaveText(usd.format(r.summary.monthlySavings));
    // out of range: said beside the field, nothing sent
    await page.getByTestId('rs-headroom').fill('45');
    await expect(page.locator('#rs-headroom-note')).toHaveText('0 to 30%');
    await page.getByRole('button', { name: 'Default settings' }).click();
    await expect(page.getByTestId('rs-total-savings')).toHaveText(usd.format(first.summary.monthlySavings));
  });

  test('filters by account and owner tag go into the spec; every row is theirs', async () => {
    const account = first.recommendations[0]!.accountId;
    let spec = await specAfter(page, () => page.getByTestId('rs-account').selectOption(account));
    expect(spec.accounts).toEqual([account]);
    const byAccount = await apiCall<RightsizeResult>(page, server, 'rightsize', { spec });
    expect(byAccount.recommendations.every((r) => r.accountId === account)).toBe(true);
    await expect(page.getByTestId('rs-resource')).toHaveText(byAccount.recommendations.map((r) => r.resourceId));
    await expect(page.getByTestId('rs-total-savings')).toHaveText(usd.format(byAccount.summary.monthlySavings));
    await page.getByTestId('rs-account').selectOption('');
    await expect(rows()).toHaveCount(first.recommendations.length);

    const owner = first.recommendations.find((r) => r.owner)!.owner!;
    await expect(page.getByTestId('rs-tag-key')).toHaveValue('Team');
    await expect(page.getByTestId('rs-owner').locator('option').getByText(owner, { exact: true })).toHaveCount(1);
    spec = await specAfter(page, () => page.getByTestId('rs-owner').selectOption(owner));
    expect(spec.tag).toEqual({ key: 'Team', value: owner });
    const byOwner = await apiCall<RightsizeResult>(page, server, 'rightsize', { spec });
    expect(byOwner.recommendations.length).toBeGreaterThan(0);
    await expect(page.getByTestId('rs-resource')).toHaveText(byOwner.recommendations.map((r) => r.resourceId));
    await expect(page.getByTestId('rs-total-savings')).toHaveText(usd.format(byOwner.summary.monthlySavings));
    await page.getByTestId('rs-owner').selectOption('');
    await expect(rows()).toHaveCount(first.recommendations.length);
  });

  test('the ticket list as CSV and XLSX: one row per recommendation, totals equal to the summary', async () => {
    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('rs-export-csv').click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect((await csvDownload).suggestedFilename()).toBe('rightsizing-tickets.csv');
    expect(csv).toContain('# Command: finops-workbench rightsize --db');
    const lines = csv.split('\r\n').filter((l) => l && !l.startsWith('"#') && !l.startsWith('#'));
    const head = lines[0]!.split(',');
    expect(head.slice(0, 8)).toEqual(['Resource', 'Account', 'Account name', 'Owner', 'Region', 'Current type', 'Recommended type', 'Action']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(first.recommendations.map((r) => r.resourceId));
    const savingsAt = head.indexOf('Monthly savings (USD)');
    // no comma inside the fields before the savings column in these rows (ids, names, types)
    const cents = lines.slice(1).reduce((s, l) => s + Math.round(Number(l.split(',')[savingsAt]) * 100), 0);
    expect(cents).toBe(Math.round(first.summary.monthlySavings * 100));

    const xlsxDownload = page.waitForEvent('download');
    await page.getByTestId('rs-export-xlsx').click();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await (await xlsxDownload).path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tickets', 'Summary', 'About']);
    const tickets = wb.getWorksheet('Tickets')!;
    expect(tickets.rowCount).toBe(first.recommendations.length + 2);
    const total = tickets.getRow(tickets.rowCount).getCell(savingsAt + 1).value as { result: number };
    expect(total.result).toBe(first.summary.monthlySavings);
    const summary = wb.getWorksheet('Summary')!;
    expect((summary.getRow(summary.rowCount).values as unknown[]).slice(1)).toEqual(['Total', first.summary.count, first.summary.monthlySavings]);
  });

  test('the dark theme, and nothing cut at 1280×860', async ({ browserName: _b }, testInfo) => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(detail().getByTestId('rs-chart').locator('svg')).toBeVisible();
    await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
    await nothingCutRight(page);
    await keepScreenshot(page, testInfo, 'rightsizing-dark', false);
    await page.setViewportSize({ width: 1280, height: 860 });
    await nothingCutRight(page);
    await keepScreenshot(page, testInfo, 'rightsizing-dark-1280', false);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await detail().scrollIntoViewIfNeeded();
    await nothingCutRight(page);
    await keepScreenshot(page, testInfo, 'rightsizing-detail-1280', false);
  });
});

test.describe('the same bill without metrics', () => {
  let server: Served;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    server = await serve({ workspaceName: 'rightsizing-bill-only.duckdb', prepare: generatedBillOnly });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('says that instances were not sized, in words, not as an error', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    const spec = await specAfter(page, () => page.keyboard.press('Alt+8'));
    const r = await apiCall<RightsizeResult>(page, server, 'rightsize', { spec });
    expect(r.metrics).toBe(false);
    await expect(page.getByTestId('rs-bill-only')).toContainText('No utilization metrics in this workspace: instances were not sized.');
    await expect(page.getByTestId('rs-total-savings')).toHaveText(usd.format(r.summary.monthlySavings));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('rs-no-metrics')).toHaveCount(0);
    // the engine's own warning is the card, not repeated; the others stay
    await expect(page.getByTestId('rs-result')).not.toContainText('No utilization metrics imported');
    await nothingCutRight(page);
    await keepScreenshot(page, testInfo, 'rightsizing-bill-only', false);
  });
});

test.describe('RDS DB instances (the hand fixture of rightsizing-rds.test.ts)', () => {
  let server: Served;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await serve({ workspaceName: 'rightsizing-rds.duckdb', prepare: rdsDatabases });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a DB instance row opens its recommendation, its engine and deployment, and its CPU and memory chart', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    const spec = await specAfter(page, () => page.keyboard.press('Alt+8'));
    const r = (await apiCall<RightsizeResult>(page, server, 'rightsize', { spec })).recommendations.find((x) => x.resourceId === 'orders-db')!;
    expect(r).toMatchObject({ action: 'downsize', recommendedType: 'db.r5.xlarge' });
    const d = await apiCall<RightsizeDetail>(page, server, 'rightsizeDetail', { resourceId: 'orders-db', spec });
    expect(d).toMatchObject({ kind: 'database', recommendation: r, note: null });
    await page.getByTestId('rs-list').locator('tbody tr', { hasText: 'orders-db' }).click();
    const detail = page.getByTestId('rs-detail');
    await expect(detail.getByTestId('rs-detail-title')).toHaveText('orders-db');
    await expect(detail.getByTestId('rs-detail-database')).toHaveText('DB instance · PostgreSQL · Multi-AZ (a standby in a second zone: the recommended class keeps it)');
    await expect(detail.getByTestId('rs-detail-savings')).toHaveText('$730.00');
    await expect(detail.getByTestId('rs-fit')).toContainText('64 GiB');
    const chart = detail.getByTestId('rs-chart');
    await expect(chart.locator('svg')).toBeVisible();
    await expect(chart).toContainText('p95 CPU 10.0%');
    await expect(detail).toContainText('at most 40 connections');
    await expect(detail).not.toContainText('Could not');
    await nothingCutRight(page);
    await detail.scrollIntoViewIfNeeded();
    await keepScreenshot(page, testInfo, 'rightsizing-rds-detail', false);
  });
});
