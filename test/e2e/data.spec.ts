// The Data view end to end in browser mode: first run, the demo, importing with progress,
// reading errors, a restatement by upload, removing a period. Expected figures are the sample's
// own totals, summed by hand from focus_sample_1000.csv (per period, provider and account).
import { expect, test, type Page } from '@playwright/test';
import { serve, type Served } from './support/serve.ts';
import { biggerFocusFile, FOCUS_SAMPLE, notBillingData, truncatedGzip } from './support/files.ts';
import { keepScreenshot, RECORD_PROGRESS } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await serve();
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await page.addInitScript(RECORD_PROGRESS);
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const periodRow = (period: string, account: string) => page.getByTestId('periods-table').locator('tbody tr').filter({ hasText: period }).filter({ hasText: account });

test('an empty workspace shows the first step', async ({ browserName: _browser }, testInfo) => {
  await page.goto(server.url);
  // the token moved from the address bar into a cookie
  await expect(page).toHaveURL(new RegExp(`^${server.origin}/(#/data)?$`));
  await expect(page.getByRole('heading', { name: 'This workspace has no billing data yet' })).toBeVisible();
  await expect(page.getByTestId('status-rows')).toContainText('0');
  await keepScreenshot(page, testInfo, 'data-empty-workspace');
});

test('the demo workspace opens from the first step', async ({ browserName: _browser }, testInfo) => {
  await page.getByRole('button', { name: 'Open the demo workspace' }).click();
  await expect(page.locator('.statusbar .pill')).toHaveText('demo', { timeout: 150_000 });
  await expect(page.getByTestId('periods-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('status-periods')).toContainText('3 (');
  await keepScreenshot(page, testInfo, 'data-demo-workspace');
});

test('importing a file by path shows progress, then its periods and totals', async ({ browserName: _browser }, testInfo) => {
  const file = biggerFocusFile(server.dir, 40);
  await page.getByLabel('Path of a file or folder on this machine').fill(file);
  await page.getByRole('button', { name: 'Import path' }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file: 40,000 rows', { timeout: 120_000 });

  const seen = (await page.evaluate('window.__progress')) as { msg: string; pct: string | null }[];
  expect(seen.some((p) => p.msg.startsWith('Loading ') && p.msg.includes('focus-x40.csv')), JSON.stringify(seen)).toBe(true);
  expect(seen.some((p) => p.pct !== null && Number(p.pct) > 0 && Number(p.pct) <= 100)).toBe(true);

  // 40 copies of the sample: AWS 942 rows $18.0066… billed, $13 effective; Microsoft 51 rows $1.9765…
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('37,680');
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('$720.27');
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('$520.00');
  await expect(periodRow('Sep 2024', '8611537')).toContainText('2,040');
  await expect(periodRow('Sep 2024', '8611537')).toContainText('$79.06');
  await expect(periodRow('Oct 2024', '20209880')).toContainText('$9.60');
  await expect(page.getByTestId('history-table')).toContainText('focus-x40.csv');
  await keepScreenshot(page, testInfo, 'data-after-import');
});

test('a broken download is refused with an error a person can act on', async ({ browserName: _browser }, testInfo) => {
  await page.getByTestId('upload-input').setInputFiles(truncatedGzip(server.dir));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cur-2024-09.csv.gz (uploaded)');
  await expect(alert).not.toContainText('finops-workbench-uploads');
  await expect(alert).toContainText('INGEST_TRUNCATED_GZIP');
  await expect(alert).toContainText('What to do: The download was cut short. Download the file again');
  await expect(page.getByTestId('history-table').locator('tr.failed-row').first()).toContainText('Failed');
  await keepScreenshot(page, testInfo, 'data-bad-file');

  await page.getByLabel('Path of a file or folder on this machine').fill(notBillingData(server.dir));
  await page.getByRole('button', { name: 'Import path' }).click();
  await expect(page.getByRole('alert')).toContainText('team-list.csv');
  await expect(page.getByRole('alert')).toContainText(/INGEST_UNKNOWN_FORMAT|INGEST_MISSING_COLUMNS/);
  // nothing was loaded by either failure
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('37,680');
});

test('a running import can be cancelled, and nothing changes', async ({ browserName: _browser }, testInfo) => {
  const rowsBefore = await page.getByTestId('status-rows').textContent();
  await page.getByLabel('Path of a file or folder on this machine').fill(biggerFocusFile(server.dir, 120));
  await page.getByRole('button', { name: 'Import path' }).click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await keepScreenshot(page, testInfo, 'data-import-progress', false);
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toContainText('Import cancelled');
  await expect(page.getByRole('alert')).toContainText('CANCELLED');
  await expect(page.getByTestId('status-rows')).toHaveText(rowsBefore ?? '');
});

test('an upload of a newer delivery replaces the period (restatement), once the person says so', async () => {
  await page.getByTestId('upload-input').setInputFiles(FOCUS_SAMPLE);
  // a FOCUS file carries no delivery identity: the app asks, and Replace sends the upload again
  await expect(page.getByTestId('overlap-question')).toContainText('focus-x40.csv');
  await page.getByTestId('overlap-question').getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file: 1,000 rows');
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('942');
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('$18.01');
  await expect(periodRow('Sep 2024', '1234567890123')).toContainText('$13.00');
  await expect(page.getByTestId('history-table')).toContainText('Replaced by a newer delivery');
});

test('removing a billing period asks first, then deletes its rows', async ({ browserName: _browser }, testInfo) => {
  const row = periodRow('Oct 2024', '20209880');
  await expect(row).toContainText('$0.24');
  await row.getByRole('button', { name: /^Remove Oct 2024/ }).click();
  await expect(page.getByRole('group', { name: /Confirm removing Oct 2024/ })).toContainText('This deletes 1 row (billed $0.24)');
  await keepScreenshot(page, testInfo, 'data-remove-confirm');
  await page.getByRole('button', { name: 'Remove period' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed Oct 2024' })).toContainText('1 row deleted');
  await expect(periodRow('Oct 2024', '20209880')).toHaveCount(0);
  await expect(periodRow('Sep 2024', '20209880')).toContainText('$0.30');
});
