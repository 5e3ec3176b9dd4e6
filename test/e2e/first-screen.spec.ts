// The first screen on the demo workspace (core/synth's buildDemoWorkspace, the same bill as
// "Open the demo workspace"): the time from navigation start to the Data view's totals, and to the
// first Explore pivot's rows, each on a fresh page with a cold cache. The times are printed and
// attached as annotations, not asserted (a shared machine's timings are not a test); the test
// asserts only that both screens appear. The views are lazy chunks (renderer/src/lazy-views.ts).
import { expect, test, type Browser, type Page } from '@playwright/test';
// the demo's import refreshes the pivot aggregate, whose refresher the engines register
import '../../core/engines/register.ts';
import { buildDemoWorkspace } from '../../core/synth/index.ts';
import { serve, type Served } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await serve({ workspaceName: 'demo.duckdb', prepare: async (path) => void (await buildDemoWorkspace(path)) });
});

test.afterAll(async () => {
  await server?.stop();
});

/** performance.now() (ms since navigation start) of the first animation frame in which `selector` is in the page. */
async function firstSeen(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction((s) => (document.querySelector(s) ? performance.now() : null), selector, { polling: 'raf', timeout: 120_000 });
  return Math.round((await handle.jsonValue()) as number);
}

/** A new context per measurement: nothing cached from the one before. */
async function freshPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light' });
  return page;
}

function report(testInfo: { annotations: { type: string; description?: string }[] }, what: string, ms: number): void {
  console.log(`first screen: ${what} ${ms} ms after navigation start`);
  testInfo.annotations.push({ type: 'timing', description: `${what}: ${ms} ms` });
}

test('the Data view shows the demo workspace totals', async ({ browser }, testInfo) => {
  const page = await freshPage(browser);
  await page.goto(server.url);
  const ms = await firstSeen(page, '[data-testid^="total-"]');
  await expect(page.locator('[data-testid^="total-"]').first()).toBeVisible();
  report(testInfo, 'Data view totals', ms);
  await keepScreenshot(page, testInfo, 'first-screen-data');
  await page.close();
});

test('Explore opens on its first pivot', async ({ browser }, testInfo) => {
  const page = await freshPage(browser);
  await page.goto(`${server.url}#/explore`);
  const ms = await firstSeen(page, '[data-testid="pivot-grid"] .dg-body [role="row"]');
  await expect(page.getByTestId('pivot-grid').locator('.dg-body [role="row"]').first()).toBeVisible();
  report(testInfo, 'first Explore pivot rows', ms);
  await keepScreenshot(page, testInfo, 'first-screen-explore');
  await page.close();
});

test('while a view’s chunk loads, the view’s place says Loading…', async ({ browser }, testInfo) => {
  const page = await freshPage(browser);
  // hold Explore's chunk until the fallback has been seen, then let it through
  let release = (): void => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/ExploreView-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.url}#/explore`);
  await expect(page.locator('main').getByRole('status')).toHaveText('Loading…');
  await keepScreenshot(page, testInfo, 'first-screen-loading');
  release();
  await expect(page.getByTestId('pivot-grid').locator('.dg-body [role="row"]').first()).toBeVisible();
  await page.close();
});
