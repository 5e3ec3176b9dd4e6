// Utilization metrics imported from the Data view (issue 17, item 1): a folder with a bill and a
// metrics CSV loads both; the outcome and the import history name the metrics import in words,
// with no cost, and the outcome lists its warnings (an instance the bill lacks, days missing).
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { write } from '../support/files.ts';
import { INSTANCE_A, INSTANCE_UNBILLED, metricsCsv, writeBill } from '../support/metric-files.ts';
import { serve, type Served } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

let server: Served;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await serve();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

test('a folder with a bill and metrics loads both; the metrics import reads in words, with its warnings', async ({ browserName: _b }, testInfo) => {
  const dir = join(server.dir, 'november');
  writeBill(dir);
  write(join(dir, 'utilization.csv'), metricsCsv(['resource_id', 'metric', 'timestamp', 'period_seconds', 'maximum', 'average', 'unit'], [
    [INSTANCE_A, 'CPUUtilization', '2026-11-01', 86400, 41, 12, 'Percent'],
    [INSTANCE_A, 'CPUUtilization', '2026-11-04', 86400, 38, 11, 'Percent'],
    [INSTANCE_UNBILLED, 'CPUUtilization', '2026-11-01', 86400, 3, 1.5, 'Percent'],
  ]));
  await page.goto(server.url);
  await page.getByLabel('Path of a file or folder on this machine').fill(dir);
  await page.getByRole('button', { name: 'Import path' }).click();
  const outcome = page.getByTestId('import-outcome');
  await expect(outcome).toContainText('Imported 2 files');
  await expect(outcome).toContainText('utilization.csv — ');
  await expect(outcome).toContainText('Utilization metrics (CSV), Nov 2026, 3 rows');
  await expect(outcome).toContainText(`1 of 2 resources are not in the loaded bill (${INSTANCE_UNBILLED})`);
  await expect(outcome).toContainText(`${INSTANCE_A} 2 days`);
  const row = page.getByTestId('history-table').locator('tbody tr').filter({ hasText: 'utilization.csv' });
  await expect(row).toContainText('Utilization metrics (CSV)');
  await expect(row).toContainText('no cost');
  await expect(row).toContainText('Loaded');
  await keepScreenshot(page, testInfo, 'data-metrics-import-light');
});
