// Explore tells the person when a pivot finds nothing because a name is wrong (issue 9 item 4):
// a saved view from another workspace asks for the tag key `team` and the service "amazon ec2";
// tiny-org (test/integration/pivot-fixture.ts) has `Team` and "Amazon EC2". The notices name both,
// and their buttons put the existing names in. Sums by hand from tiny-org's EC2 lines by Team:
// payments 80 + 90 + 100 - 20 = 250.00, search 50.50, o'brien 40.00; total 340.50.
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_TEAM } from '../integration/pivot-fixture.ts';
import { serve, type Served } from './support/serve.ts';
import { tinyOrg } from './support/explore-fixtures.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'tiny-org.duckdb', prepare: tinyOrg });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const VIEW = {
  format: 'finops-workbench/view',
  version: 1,
  name: 'Team spend on EC2',
  spec: { kind: 'pivot', rows: ['tag:team'], filters: [{ dimension: 'ServiceName', values: ['amazon ec2'] }] },
};

const notices = () => page.getByTestId('pivot-notices').getByRole('note');
const rowLabels = () =>
  page.getByTestId('pivot-grid').locator('.dg-body').evaluate((box) =>
    [...box.querySelectorAll<HTMLElement>('[role="row"]')]
      .sort((a, b) => Number(a.getAttribute('data-row-index')) - Number(b.getAttribute('data-row-index')))
      .map((r) => r.querySelector<HTMLElement>('.tree-label')?.innerText ?? ''),
  );
const totalValues = () =>
  page.getByTestId('pivot-grid').locator('.dg-foot [role="row"] [role="gridcell"]').allInnerTexts();

test('a view whose tag key and filter value match nothing says so, and the suggestions fix it', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByTestId('view-upload').setInputFiles({ name: 'team.view.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(VIEW)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported and opened “Team spend on EC2”.' })).toBeVisible();

  await expect(notices()).toHaveCount(2);
  await expect(notices().nth(0)).toContainText('No line has the tag key "team" (tag keys are case-sensitive). Did you mean "Team"?');
  await expect(notices().nth(1)).toContainText('No line has ServiceName "amazon ec2". Did you mean "Amazon EC2"?');
  // nothing matches: said in words, with no empty grid whose overlay would sit on the total row
  await expect(page.getByTestId('pivot-empty')).toHaveText('No line items in this period with these filters.');
  await expect(page.getByTestId('pivot-grid')).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'explore-notices');

  await page.getByRole('button', { name: 'Use “Amazon EC2”' }).click();
  await expect(notices()).toHaveCount(1);
  // the filter now matches EC2; `team` is still no key, so every EC2 line is untagged under it
  await expect.poll(rowLabels).toEqual(['(untagged)']);
  await expect.poll(totalValues).toEqual(['$340.50']);

  await page.getByRole('button', { name: 'Use “Team”' }).click();
  await expect(page.getByTestId('pivot-notices')).toHaveCount(0);
  await expect.poll(rowLabels).toEqual(['payments', 'search', HOSTILE_TEAM]);
  await expect.poll(totalValues).toEqual(['$340.50']);
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['Tag: Team']);
  await keepScreenshot(page, testInfo, 'explore-notices-fixed');
});
