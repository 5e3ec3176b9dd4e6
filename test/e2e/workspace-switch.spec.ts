// Switching workspaces from the app frame in browser mode: from a workspace with data (the FOCUS
// sample) to another file by path (tiny-org), with the errors a person meets on the way (a billing
// CSV instead of a workspace, a mistyped path, a workspace another program holds), then to the
// demo. Expected figures are summed by hand: the sample's from focus_sample_1000.csv (as in
// data.spec.ts), tiny-org's from the table in test/integration/pivot-fixture.ts.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve, type Served } from './support/serve.ts';
import { FOCUS_SAMPLE } from './support/files.ts';
import { tinyOrg } from './support/explore-fixtures.ts';
import { focusSampleWorkspace, holdWorkspace } from './support/workspaces.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;
let tiny: string;

test.beforeAll(async ({ browser }) => {
  server = await serve({ prepare: focusSampleWorkspace });
  tiny = join(server.dir, 'tiny-org.duckdb');
  await tinyOrg(tiny);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const menuButton = () => page.getByRole('button', { name: /^Workspace / });
const panel = () => page.getByRole('dialog', { name: 'Workspace' });
const pathInput = () => panel().getByLabel('Open workspace: path of a workspace file on this machine');
const periodRow = (period: string) => page.getByTestId('periods-table').locator('tbody tr').filter({ hasText: period });

/** Opens the menu from the keyboard and types a path: the whole switch needs no mouse. */
async function openByPath(path: string): Promise<void> {
  if (!(await panel().isVisible())) {
    await menuButton().focus();
    await page.keyboard.press('Enter');
  }
  await expect(pathInput()).toBeFocused();
  await pathInput().fill(path);
  await page.keyboard.press('Enter');
}

test('the frame names the open workspace and its full path', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await expect(page.getByTestId('workspace-name')).toHaveText('analysis.duckdb');
  await expect(page.getByTestId('status-periods')).toContainText('2 (Sep 2024 – Oct 2024)');
  await menuButton().click();
  await expect(page.getByTestId('workspace-path')).toHaveText(server.workspace);
  await keepScreenshot(page, testInfo, 'workspace-menu-light', false);
  await page.keyboard.press('Escape');
  await expect(panel()).toBeHidden();
  await expect(menuButton()).toBeFocused();
});

test('a billing CSV, a mistyped path and a locked workspace are refused in words; the open workspace stays', async ({ browserName: _b }, testInfo) => {
  await openByPath(FOCUS_SAMPLE);
  await expect(panel().getByRole('alert')).toContainText('is not a FinOps Workbench workspace');
  await expect(panel().getByRole('alert')).toContainText('import it into a workspace instead');
  await expect(panel().getByRole('alert')).toContainText('WORKSPACE_NOT_A_WORKSPACE');
  await expect(panel()).toContainText('analysis.duckdb is still open.');

  await openByPath(join(server.dir, 'tiny-orgg.duckdb'));
  await expect(panel().getByRole('alert')).toContainText('There is no file at');
  await expect(panel().getByRole('alert')).toContainText('WORKSPACE_NOT_FOUND');

  const release = await holdWorkspace(tiny);
  try {
    await openByPath(tiny);
    await expect(panel().getByRole('alert')).toContainText('tiny-org.duckdb is open in another program');
    await expect(panel().getByRole('alert')).toContainText('What to do: Close the workspace in the other program');
    await keepScreenshot(page, testInfo, 'workspace-menu-locked', false);
  } finally {
    release();
  }
  // nothing moved: still the sample, with its Sep 2024 AWS account at $18.01 billed
  await expect(page.getByTestId('workspace-name')).toHaveText('analysis.duckdb');
  await expect(periodRow('Sep 2024').filter({ hasText: '1234567890123' })).toContainText('$18.01');
});

test('another workspace opens by path and every figure comes from it', async ({ browserName: _b }, testInfo) => {
  await openByPath(tiny);
  await expect(panel()).toBeHidden();
  await expect(page.getByTestId('workspace-name')).toHaveText('tiny-org.duckdb');
  await expect(page.getByTestId('status-periods')).toContainText('3 (Jan 2026 – Mar 2026)');
  await expect(page.getByTestId('status-rows')).toContainText('14');
  // tiny-org by hand. Jan: 100 + 50.50 + 10.25 + 200 billed, 80 + 50.50 + 10.25 + 150 effective.
  await expect(periodRow('Jan 2026')).toContainText('$360.75');
  await expect(periodRow('Jan 2026')).toContainText('$290.75');
  // Feb: 110 + 40 + 5.005 + 5.005 + 1.111 + 0.005 + 0.005 = 161.131; effective 20 less on EC2 prod
  await expect(periodRow('Feb 2026')).toContainText('$161.13');
  await expect(periodRow('Feb 2026')).toContainText('$141.13');
  // Mar: 120 - 20 + 200 billed, 100 - 20 + 160 effective
  await expect(periodRow('Mar 2026')).toContainText('$300.00');
  await expect(periodRow('Mar 2026')).toContainText('$240.00');
  await expect(page.getByTestId('periods-table')).not.toContainText('Sep 2024');
  await expect(page.getByTestId('tile-billed-USD')).toContainText('$821.88');
  await keepScreenshot(page, testInfo, 'workspace-switched-tiny-org');

  // Explore starts over on the new workspace's fields and months
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await expect(page.locator('main')).toContainText('Jan 2026');
  await expect(page.locator('main')).toContainText('$290.75'); // Jan's effective cost, as above
  await keepScreenshot(page, testInfo, 'workspace-switched-explore', false);
  await page.keyboard.press('Alt+1');
});

test('the demo workspace opens from the menu, with progress, in the dark theme', async ({ browserName: _b }, testInfo) => {
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await menuButton().click();
  await panel().getByRole('button', { name: 'Open the demo workspace' }).click();
  await expect(panel().getByTestId('import-progress')).toBeVisible();
  await keepScreenshot(page, testInfo, 'workspace-menu-demo-progress-dark', false);
  await expect(page.locator('.ws-toggle .pill')).toHaveText('demo', { timeout: 150_000 });
  await expect(panel()).toBeHidden();
  await expect(page.getByTestId('workspace-name')).toHaveText('demo.duckdb');
  await expect(page.getByTestId('status-periods')).toContainText('3 (');
  await expect(page.getByTestId('periods-table')).not.toContainText('Jan 2026');
  await keepScreenshot(page, testInfo, 'workspace-demo-dark');

  // and back to tiny-org by path: the demo was a switch like any other
  await openByPath(tiny);
  await expect(page.getByTestId('workspace-name')).toHaveText('tiny-org.duckdb');
  await expect(periodRow('Jan 2026')).toContainText('$360.75');
});
