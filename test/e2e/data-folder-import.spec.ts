// A folder import as a new user does it: the real legacy CUR sample folder, which holds a
// LICENSE beside its CSV, loads, and the LICENSE is listed as skipped with its reason. A folder
// whose bill is broken fails as a whole, and the failed attempt stays in the import history
// after a reload. The sample's figures are stated by hand in test/integration/ingest-real-samples.
// A folder with a bill and utilization metrics (issue 17) loads both; the metrics import reads in
// words, with no cost, and the outcome lists its warnings (an instance the bill lacks, days missing).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { write } from '../support/files.ts';
import { INSTANCE_A, INSTANCE_UNBILLED, metricsCsv, writeBill } from '../support/metric-files.ts';
import { serve, SHARED_DATA, type Served } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;
const LEGACY_FOLDER = join(SHARED_DATA, 'aws-cur-legacy-sample');

test.beforeAll(async ({ browser }) => {
  server = await serve();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const history = () => page.getByTestId('history-table');

async function importPath(path: string): Promise<void> {
  await page.getByLabel('Path of a file or folder on this machine').fill(path);
  await page.getByRole('button', { name: 'Import path' }).click();
}

test('the real sample folder loads; its LICENSE is skipped with the reason', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'This workspace has no billing data yet' })).toBeVisible();
  await importPath(`${LEGACY_FOLDER}/`);
  await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file: 1,281 rows');
  await expect(page.getByTestId('import-skipped')).toHaveText('LICENSE — a licence file, not billing data');
  // Nov 2023, billed 1.6823… (the sum of lineItem/UnblendedCost in the file)
  await expect(page.getByTestId('periods-table').locator('tbody tr').filter({ hasText: 'Nov 2023' })).toContainText('$1.68');
  await expect(history()).toContainText('sample-anonymous-aws-export-dataset.csv');
  await keepScreenshot(page, testInfo, 'data-folder-skipped-light');
});

test('a broken bill in a folder fails the whole import; the attempt stays in the history after a reload', async ({ browserName: _b }, testInfo) => {
  const dir = join(server.dir, 'november');
  mkdirSync(dir);
  writeFileSync(join(dir, 'cur.csv'), 'lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UnblendedCost,lineItem/CurrencyCode,bill/PayerAccountId,bill/BillingPeriodStartDate\nUsage,2025-11-01T00:00:00Z,twelve,USD,111111111111,2025-11-01T00:00:00Z\n');
  copyFileSync(join(LEGACY_FOLDER, 'LICENSE'), join(dir, 'LICENSE'));
  writeFileSync(join(dir, 'README.md'), '# November\n');
  await importPath(dir);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cur.csv, line 2, column lineItem/UnblendedCost');
  await expect(alert).toContainText('INGEST_BAD_VALUE');
  const failed = history().locator('tr.failed-row');
  await expect(failed.first()).toContainText('november');
  await expect(failed.first()).toContainText('Failed');
  // nothing of it loaded: still the one sample period
  await expect(page.getByTestId('periods-table').locator('tbody tr')).toHaveCount(1);

  await page.reload();
  await expect(history().locator('tr.failed-row').first()).toContainText('november');
  await expect(history().locator('tr.failed-row.detail').first()).toContainText('"twelve" is not a number');
  await expect(history().locator('tr.failed-row.detail').first()).toContainText('Error code INGEST_BAD_VALUE');
  await expect(history()).toContainText('sample-anonymous-aws-export-dataset.csv');
  await history().scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'data-folder-failed-kept-light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await keepScreenshot(page, testInfo, 'data-folder-failed-kept-dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
});

test('a folder with a bill and metrics loads both; the metrics import reads in words, with its warnings', async ({ browserName: _b }, testInfo) => {
  const dir = join(server.dir, 'november-metrics');
  writeBill(dir);
  write(join(dir, 'utilization.csv'), metricsCsv(['resource_id', 'metric', 'timestamp', 'period_seconds', 'maximum', 'average', 'unit'], [
    [INSTANCE_A, 'CPUUtilization', '2026-11-01', 86400, 41, 12, 'Percent'],
    [INSTANCE_A, 'CPUUtilization', '2026-11-04', 86400, 38, 11, 'Percent'],
    [INSTANCE_UNBILLED, 'CPUUtilization', '2026-11-01', 86400, 3, 1.5, 'Percent'],
  ]));
  await importPath(dir);
  const outcome = page.getByTestId('import-outcome');
  await expect(outcome).toContainText('Imported 2 files');
  await expect(outcome).toContainText('utilization.csv — ');
  await expect(outcome).toContainText('Utilization metrics (CSV), Nov 2026, 3 rows');
  await expect(outcome).toContainText(`1 of 2 resources are not in the loaded bill (${INSTANCE_UNBILLED})`);
  await expect(outcome).toContainText(`${INSTANCE_A} 2 days`);
  const row = history().locator('tbody tr').filter({ hasText: 'utilization.csv' });
  await expect(row).toContainText('Utilization metrics (CSV)');
  await expect(row).toContainText('no cost');
  await expect(row).toContainText('Loaded');
  await keepScreenshot(page, testInfo, 'data-metrics-import-light');
});
