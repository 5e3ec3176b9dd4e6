// Files with no delivery identity that would replace or double a loaded month: the import stops
// and asks, naming what is loaded (file, when, rows, billed) and what would come in; nothing
// changes until the person answers. Append adds the rows, Replace swaps the month, Cancel leaves
// it. Figures summed by hand from the lines written below.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { curCsv, write } from '../support/files.ts';
import { serve, type Served } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await serve();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const novRow = () => page.getByTestId('periods-table').locator('tbody tr').filter({ hasText: 'Nov 2025' }).filter({ hasText: '111111111111' });
const question = () => page.getByTestId('overlap-question');

async function importPath(path: string): Promise<void> {
  await page.getByLabel('Path of a file or folder on this machine').fill(path);
  await page.getByRole('button', { name: 'Import path' }).click();
}

test('a second file of a loaded month asks replace or append, and changes nothing until answered', async ({ browserName: _b }, testInfo) => {
  // a $10.00 + b $5.00 = $15.00
  const v1 = write(join(server.dir, 'nov-v1.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '10.00' }, { id: 'b', month: '2025-11', cost: '5.00' }]));
  // a $11.00 + b $5.25 + c $1.00 = $17.25
  const v2 = write(join(server.dir, 'nov-v2.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '11.00' }, { id: 'b', month: '2025-11', cost: '5.25' }, { id: 'c', month: '2025-11', cost: '1.00' }]));
  await page.goto(server.url);
  await importPath(v1);
  await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file: 2 rows');
  await expect(novRow()).toContainText('$15.00');

  await importPath(v2);
  await expect(question()).toBeVisible();
  await expect(question()).toContainText('Replace the loaded billing period, or add to it?');
  await expect(question()).toContainText('Nothing has been changed yet');
  const row = question().locator('tbody tr');
  await expect(row).toContainText('Nov 2025');
  await expect(row).toContainText('111111111111');
  await expect(row).toContainText('nov-v1.csv, loaded');
  await expect(row).toContainText('2 rows, billed $15.00');
  await expect(row).toContainText('nov-v2.csv: 3 rows, billed $17.25');
  await expect(novRow()).toContainText('$15.00');
  await keepScreenshot(page, testInfo, 'data-replace-or-append');

  await question().getByRole('button', { name: 'Append' }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file: 3 rows');
  await expect(question()).toHaveCount(0);
  // $15.00 + $17.25
  await expect(novRow()).toContainText('$32.25');
});

test('Replace swaps the month for the new file; Cancel leaves it as it is', async () => {
  // d $4.00
  const v3 = write(join(server.dir, 'nov-v3.csv'), curCsv([{ id: 'd', month: '2025-11', cost: '4.00' }]));
  await importPath(v3);
  await expect(question().locator('tbody tr')).toContainText('nov-v1.csv');
  await expect(question().locator('tbody tr')).toContainText('nov-v2.csv');
  await question().getByRole('button', { name: 'Cancel' }).click();
  await expect(question()).toHaveCount(0);
  await expect(novRow()).toContainText('$32.25');

  await importPath(v3);
  await question().getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file');
  await expect(page.getByTestId('import-outcome')).toContainText('Replaced 2 earlier imports');
  await expect(novRow()).toContainText('$4.00');
  await expect(page.getByTestId('history-table')).toContainText('Replaced by a newer delivery');
});
