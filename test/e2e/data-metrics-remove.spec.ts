// Removing a metrics import from the Data view's import history: a bill and two metric files
// (3 rows each: test/support/metric-files.ts records) are loaded; only the metric rows have a
// Remove button; it asks first, then deletes that file's 3 rows and marks it removed.
import { expect, test, type Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { Workspace } from '../../core/store/workspace.ts';
import { createWorkbench } from '../../core/api/service.ts';
import { write } from '../support/files.ts';
import { INSTANCE_A, streamRecord, writeBill } from '../support/metric-files.ts';
import { serve, type Served } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;
const day = { max: 40, min: 5, sum: 28_800, count: 1440 };

async function billAndMetrics(path: string): Promise<void> {
  const dir = dirname(path);
  const files = [
    writeBill(dir),
    write(join(dir, 'cpu-november.json'), ['2026-11-01', '2026-11-02', '2026-11-03'].map((d) => streamRecord(INSTANCE_A, 'CPUUtilization', `${d}T00:00:00Z`, day, 'Percent')).join('\n')),
    write(join(dir, 'network-november.json'), ['2026-11-01', '2026-11-02', '2026-11-03'].map((d) => streamRecord(INSTANCE_A, 'NetworkIn', `${d}T00:00:00Z`, day, 'Bytes')).join('\n')),
  ];
  const ws = await Workspace.open(path);
  try {
    await createWorkbench(ws).ingest({ paths: files });
  } finally {
    ws.close();
  }
}

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'metrics.duckdb', prepare: billAndMetrics });
  page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const historyRow = (file: string) => page.getByTestId('history-table').locator('tbody tr').filter({ hasText: file });

test('a metrics import is removed from the history after a confirm; a bill has no such button', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await expect(historyRow('cpu-november.json')).toContainText('Loaded');
  await expect(historyRow('bill.csv').getByRole('button')).toHaveCount(0);
  await historyRow('cpu-november.json').getByRole('button', { name: 'Remove the metrics import cpu-november.json' }).click();
  await expect(page.getByRole('group', { name: 'Confirm removing the metrics import cpu-november.json' })).toContainText('This deletes its 3 metric rows');
  await keepScreenshot(page, testInfo, 'data-remove-metrics-confirm');
  await page.getByRole('button', { name: 'Remove metrics' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed the metrics import cpu-november.json' })).toContainText('3 metric rows deleted');
  await expect(historyRow('cpu-november.json').first()).toContainText('Removed');
  await expect(historyRow('cpu-november.json').getByRole('button')).toHaveCount(0);
  await expect(historyRow('network-november.json')).toContainText('Loaded');
  await keepScreenshot(page, testInfo, 'data-remove-metrics-done');
});
