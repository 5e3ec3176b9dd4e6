// The Tags view end to end in browser mode on tag-audit (the worked example of
// core/engines/tags/SPEC.md): import the example's policy, read coverage and compare it with the
// figures summed by hand in SPEC and with the API's own answer, read the offenders, export them,
// and merge a value variant. Every expected number is written by hand from the fixture's 8 lines.
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { TagAuditResult } from '../../core/api/tags-contract.ts';
import { serve, type Served } from './support/serve.ts';
import { openServedPage, type ServedPage } from './support/served-page.ts';
import { keepScreenshot } from './support/screens.ts';
import { examplePolicyFile, notAPolicyFile, tagAudit } from './support/tags-fixtures.ts';

test.describe.configure({ mode: 'serial' });

let served: ServedPage;
let server: Served;
let page: Page;
let consoleErrors: string[];

test.beforeAll(async ({ browser }) => {
  // a refused request (a file that is not a policy) answers 400 and the page says why, and one test
  // refuses the connection on purpose: neither is a console error of the view
  served = await openServedPage(browser, { workspaceName: 'tag-audit.duckdb', prepare: tagAudit, expectedConsole: ['status of 400', 'net::ERR_CONNECTION_REFUSED'] });
  ({ server, page, consoleErrors } = served);
});

test.afterAll(async () => {
  await served?.close();
});

const coverage = () => page.getByTestId('coverage');
const share = (key: string, over: 'all' | 'taggable') => page.getByTestId(`coverage-${key}-${over}-share`);
const money = (key: string, over: 'all' | 'taggable') => page.getByTestId(`coverage-${key}-${over}-money`);
const offenders = () => page.getByTestId('offenders-grid');
/** Texts of one offenders column in display order. */
function offenderColumn(col: string): Promise<string[]> {
  return offenders().evaluate((grid, c) => {
    const cells = [...grid.querySelectorAll<HTMLElement>(`.dg-body [data-col-id='${c}']`)];
    const rowOf = (el: HTMLElement) => Number(el.closest('[role="row"]')?.getAttribute('data-row-index'));
    return cells.sort((a, b) => rowOf(a) - rowOf(b)).map((el) => el.innerText);
  }, col);
}

async function apiAudit(spec: Record<string, unknown>): Promise<TagAuditResult> {
  const res = await page.request.post(`${server.origin}/api/call`, { data: { method: 'tagsAudit', payload: { spec } }, headers: { Origin: server.origin } });
  const outcome = (await res.json()) as { ok: boolean; result: TagAuditResult; error?: unknown };
  expect(outcome.ok, JSON.stringify(outcome.error)).toBe(true);
  return outcome.result;
}

/** The whole view in one picture: the window grows to the view's height for the shot (the main area scrolls, so fullPage alone would cut it). */
async function shoot(testInfo: TestInfo, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((m) => m.scrollHeight + (window.innerHeight - m.clientHeight));
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  try {
    await keepScreenshot(page, testInfo, name);
  } finally {
    await page.setViewportSize(size);
  }
}

const pct = (share: number | null) => (share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`);

const isAuditCall = (r: Request) => r.url().endsWith('/api/call') && r.method() === 'POST' && (r.postDataJSON() as { method?: string }).method === 'tagsAudit';

test('opens on the default policy: nothing carries all four keys', async ({ browserName: _b }, testInfo) => {
  // the first audit is held until the loading state has been seen
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/call', async (route) => {
    if (isAuditCall(route.request())) await held;
    await route.continue();
  });
  await page.goto(`${server.url}#/tags`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
  await expect(page.getByTestId('tags-status')).toHaveText('Auditing the tags of every cost line…');
  await shoot(testInfo, 'tags-loading');
  const answered = page.waitForResponse((r) => isAuditCall(r.request()));
  release();
  await answered;
  await page.unroute('**/api/call');
  await expect(page.getByLabel('Cost basis')).toHaveValue('Effective');
  await expect(page.getByLabel('Period')).toHaveValue('all');
  await expect(page.getByTestId('tags-status')).toHaveText('Effective cost · all data · 4 required keys (default policy)');
  await expect(page.getByTestId('policy-keys').locator('tbody td:first-child')).toHaveText(['Team', 'Environment', 'Project', 'CostCenter']);
  // no line carries Project or CostCenter: 0 of 290, 0 of 285
  await expect(share('All keys', 'all')).toHaveText('0.0%');
  await expect(money('All keys', 'all')).toHaveText('$0.00 of $290.00');
  await shoot(testInfo, 'tags-default-policy');
});

test('a file that is not a tag policy is refused and nothing changes', async ({ browserName: _b }, testInfo) => {
  await page.getByTestId('policy-file').setInputFiles(notAPolicyFile(server.dir));
  await expect(page.getByTestId('policy-panel').getByRole('alert')).toContainText('Could not import costs.view.json');
  await expect(page.getByTestId('policy-panel').getByRole('alert')).toContainText('Not an AWS tag policy');
  await expect(page.getByTestId('policy-keys').locator('tbody td:first-child')).toHaveText(['Team', 'Environment', 'Project', 'CostCenter']);
  await shoot(testInfo, 'tags-policy-refused');
});

test('imports the worked example’s policy and reads coverage over both denominators', async ({ browserName: _b }, testInfo) => {
  await page.getByTestId('policy-file').setInputFiles(examplePolicyFile(server.dir));
  await expect(page.getByTestId('policy-panel').getByRole('status')).toHaveText('Imported 2 required keys from tag-policy.json; the audit now checks them.');
  await expect(page.getByTestId('tags-status')).toHaveText('Effective cost · all data · 2 required keys (saved policy)');
  await expect(page.getByTestId('policy-keys').locator('tbody tr')).toHaveText([/^Team\s*any value\s*every line$/, /^Environment\s*prod, dev, stag\*\s*every line$/]);

  // SPEC: all cost 290, taggable 285; Team 230, Environment 215, all keys 160
  await expect(share('All keys', 'all')).toHaveText('55.2%'); // 160 / 290 = 0.5517
  await expect(money('All keys', 'all')).toHaveText('$160.00 of $290.00');
  await expect(share('All keys', 'taggable')).toHaveText('56.1%'); // 160 / 285 = 0.5614
  await expect(money('All keys', 'taggable')).toHaveText('$160.00 of $285.00');
  await expect(share('Team', 'all')).toHaveText('79.3%'); // 230 / 290
  await expect(share('Team', 'taggable')).toHaveText('80.7%'); // 230 / 285
  await expect(share('Environment', 'all')).toHaveText('74.1%'); // 215 / 290
  await expect(share('Environment', 'taggable')).toHaveText('75.4%'); // 215 / 285
  await expect(coverage().getByText('of all cost', { exact: true })).toHaveCount(3);
  await expect(coverage().getByText('of taggable cost', { exact: true })).toHaveCount(3);

  // the same figures as the API gives for the saved policy
  const api = await apiAudit({ kind: 'tagAudit' });
  expect(await share('All keys', 'all').innerText()).toBe(pct(api.allKeysShare));
  expect(await share('All keys', 'taggable').innerText()).toBe(pct(api.allKeysTaggableShare));
  for (const k of api.coverage) {
    expect(await share(k.key, 'all').innerText()).toBe(pct(k.share));
    expect(await share(k.key, 'taggable').innerText()).toBe(pct(k.taggableShare));
  }
  await expect(page.getByTestId('coverage-trend').locator('canvas')).toBeVisible();
  await shoot(testInfo, 'tags-coverage');
});

test('coverage by account over taggable cost, then over all cost', async () => {
  const grid = page.getByTestId('coverage-breakdown');
  // A (alpha): 235 all, 230 taggable, all keys 140; B (beta): 55, 55, 20
  await expect(grid.locator(".dg-body [data-col-id='name']")).toHaveText(['alpha', 'beta']);
  await expect(grid.locator(`[role="row"][data-row-id='111111111111'] [data-col-id='allKeys']`)).toHaveText('60.9%'); // 140 / 230
  await expect(grid.locator(`[role="row"][data-row-id='222222222222'] [data-col-id='allKeys']`)).toHaveText('36.4%'); // 20 / 55
  await page.getByRole('group', { name: 'Shares over' }).getByRole('button', { name: 'of all cost' }).click();
  await expect(grid.locator(`[role="row"][data-row-id='111111111111'] [data-col-id='allKeys']`)).toHaveText('59.6%'); // 140 / 235
  await page.getByRole('group', { name: 'Break coverage down' }).getByRole('button', { name: 'By service' }).click();
  // EC2 230 (140 all keys), S3 45 (20), RDS 10 (0), Support 5 (0)
  await expect(grid.locator(".dg-body [data-col-id='name']")).toHaveText(['Amazon EC2', 'Amazon S3', 'Amazon RDS', 'AWS Support (Business)']);
  await expect(grid.locator(`[role="row"][data-row-id='Amazon EC2'] [data-col-id='allKeys']`)).toHaveText('60.9%'); // 140 / 230
});

test('a month and another cost basis', async () => {
  await page.getByLabel('Period').selectOption('2026-10');
  // October: all cost 200, taggable 195, all keys 100
  await expect(money('All keys', 'all')).toHaveText('$100.00 of $200.00');
  await expect(money('All keys', 'taggable')).toHaveText('$100.00 of $195.00');
  await page.getByLabel('Period').selectOption('all');
  await page.getByLabel('Cost basis').selectOption('Billed');
  // Billed counts line 1 at 120: 310 all, 305 taggable, all keys 180
  await expect(money('All keys', 'all')).toHaveText('$180.00 of $310.00');
  await expect(page.getByTestId('tags-status')).toHaveText('Billed cost · all data · 2 required keys (saved policy)');
  await page.getByLabel('Cost basis').selectOption('Effective');
  await expect(money('All keys', 'all')).toHaveText('$160.00 of $290.00');
});

test('the offenders, ranked by cost, with what fixing the top ones would do', async ({ browserName: _b }, testInfo) => {
  // SPEC: i-2 60 (missing Environment), i-3 30 (Team blank), bucket-1 25 (key written team), db-1 10 (production)
  await expect(page.getByTestId('offenders-summary')).toHaveText('4 resources · $125.00 of cost missing or misusing a required key');
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['i-2', 'i-3', 'bucket-1', 'db-1']);
  expect(await offenderColumn('cost')).toEqual(['$60.00', '$30.00', '$25.00', '$10.00']);
  expect(await offenderColumn('missing')).toEqual(['Environment', '', '', '']);
  expect(await offenderColumn('invalid')).toEqual(['', 'Team = (blank)', 'Team: key written "team" = "search"', 'Environment = "production"']);
  expect(await offenderColumn('account')).toEqual(['alpha (111111111111)', 'alpha (111111111111)', 'beta (222222222222)', 'beta (222222222222)']);
  expect(await offenderColumn('firstSeen')).toEqual(['2026-10-04', '2026-11-04', '2026-10-05', '2026-10-06']);
  // the top 10 are all four: (160 + 125) / 290 = 98.3%, / 285 = 100.0%
  await expect(page.getByTestId('what-if-share')).toHaveText('98.3%');
  await expect(page.getByTestId('what-if-taggable-share')).toHaveText('100.0%');
  // the top 2: (160 + 90) / 290 = 86.2%, / 285 = 87.7%
  await page.getByLabel('How many offenders to fix').selectOption('5');
  await expect(page.getByTestId('what-if')).toContainText('all 4 of them');
  await shoot(testInfo, 'tags-offenders');

  // sorted ascending by a click on Cost
  await offenders().getByRole('columnheader', { name: 'Cost' }).click();
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['db-1', 'bucket-1', 'i-3', 'i-2']);
  // filtered: the service contains "S3"
  await offenders().getByRole('button', { name: 'Filter Service' }).click();
  const menu = page.getByRole('dialog', { name: 'Filter Service' });
  await menu.getByRole('textbox', { name: 'Value' }).fill('S3');
  await menu.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['bucket-1']);
  await offenders().getByRole('button', { name: 'Filter Service (filtered)' }).click();
  await menu.getByRole('button', { name: 'Reset' }).click();
  await expect(menu).toHaveCount(0);
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['db-1', 'bucket-1', 'i-3', 'i-2']);
  // and back to the largest first
  await offenders().getByRole('columnheader', { name: 'Cost' }).click();
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['i-2', 'i-3', 'bucket-1', 'db-1']);
});

/** Headers of a grid whose words do not all show (cut to …), by their text. */
function cutHeaders(testId: string): Promise<string[]> {
  return page.getByTestId(testId).evaluate((g) =>
    [...g.querySelectorAll<HTMLElement>('[role="columnheader"] .dg-header-text')].filter((h) => h.scrollWidth > h.clientWidth).map((h) => h.textContent ?? ''),
  );
}

test('at 1280 px every offenders header reads in full, without scrolling sideways, in both themes', async ({ browserName: _b }, testInfo) => {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 1280, height: 860 });
  try {
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect.poll(() => cutHeaders('offenders-grid')).toEqual([]);
      const scroller = await offenders().locator('.dg-scroll').evaluate((s) => ({ scroll: s.scrollWidth, client: s.clientWidth }));
      expect(scroller.scroll, 'the offenders grid scrolls sideways').toBeLessThanOrEqual(scroller.client);
      await offenders().scrollIntoViewIfNeeded();
      await keepScreenshot(page, testInfo, `tags-offenders-1280-${theme}`, false);
    }
    // a sorted column keeps its words beside its sort mark, a filtered one beside its funnel
    await offenders().getByRole('columnheader', { name: 'Invalid (value found)' }).click();
    await expect(offenders().getByRole('columnheader', { name: 'Invalid (value found)' })).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => cutHeaders('offenders-grid')).toEqual([]);
  } finally {
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await offenders().getByRole('columnheader', { name: 'Cost' }).click();
    await page.setViewportSize(size);
  }
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['i-2', 'i-3', 'bucket-1', 'db-1']);
});

test('headers from the keyboard: Enter sorts, arrows move along them, Alt+↓ opens the filter', async () => {
  const header = (name: string) => offenders().getByRole('columnheader', { name });
  await header('Cost').focus();
  await page.keyboard.press('Enter');
  await expect(header('Cost')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['db-1', 'bucket-1', 'i-3', 'i-2']);
  await page.keyboard.press('Enter');
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['i-2', 'i-3', 'bucket-1', 'db-1']);
  await page.keyboard.press('ArrowRight');
  await expect(header('Missing keys')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  const menu = page.getByRole('dialog', { name: 'Filter Missing keys' });
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  // down from a header into the rows: i-2 misses Environment
  await page.keyboard.press('ArrowDown');
  await expect(offenders().locator(`[role="row"][data-row-index='0'] [data-col-id='missing']`)).toBeFocused();
  await expect(offenders().locator(`[role="row"][data-row-index='0'] [data-col-id='missing']`)).toHaveText('Environment');
});

test('exports every offender as CSV and as Excel with a sheet per account', async () => {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('tag-offenders.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  const rows = text.split(/\r?\n/).filter((l) => l && !/^"?#/.test(l));
  expect(rows[0]).toBe('ResourceId,AccountId,AccountName,ServiceName,Cost,Missing keys,Invalid keys,Values found,First seen,Last seen');
  expect(rows.slice(1).map((r) => r.split(',').slice(0, 5).join(','))).toEqual(['i-2,111111111111,alpha,Amazon EC2,60.00', 'i-3,111111111111,alpha,Amazon EC2,30.00', 'bucket-1,222222222222,beta,Amazon S3,25.00', 'db-1,222222222222,beta,Amazon RDS,10.00']);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('tag-offenders.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const sheets = book.worksheets.map((s) => s.name);
  // accounts by their offenders' cost: alpha 90, beta 35
  expect(sheets).toEqual(['alpha 111111111111', 'beta 222222222222', 'About']);
});

test('a suggested merge, previewed then accepted, shrinks the offenders; removing the alias restores them', async ({ browserName: _b }, testInfo) => {
  // Environment's prod is also written production: prod on lines 1 and 6 (140), production on line 4 (10);
  // the key Team is also written team (line 3, 25)
  const cluster = page.getByTestId('cluster-value|Environment|prod');
  await expect(cluster).toHaveText(/Values of Environment\s*prod \$140\.00 · production \$10\.00\s*→ prod/);
  await expect(page.getByTestId('cluster-key|Team')).toHaveText(/Key\s*Team \$260\.00 · team \$25\.00\s*→ Team/);
  await cluster.getByRole('button', { name: /^Review merge into prod/ }).click();
  await expect(cluster.getByRole('radio', { name: 'Make prod the canonical form' })).toBeChecked();
  await expect(cluster.getByRole('checkbox', { name: 'Merge production' })).toBeChecked();
  const preview = page.getByTestId('merge-preview');
  await expect(preview.getByRole('listitem').filter({ hasText: 'production' })).toHaveText('production → prod: $10.00 moves');
  // Environment carried by 215 of 290 (74.1%); with db-1's 10: 225 / 290 = 77.6%
  await expect(page.getByTestId('merge-coverage')).toHaveText('Coverage of Environment (share of all cost carrying it): 74.1% now, 77.6% after the merge.');
  await shoot(testInfo, 'tags-merge-preview');

  await cluster.getByRole('button', { name: 'Accept merge' }).click();
  await expect(page.getByTestId('merge-message')).toContainText('Merged "production" into "prod" (Environment)');
  await expect(page.getByTestId('alias-list')).toContainText('Environment: "production" → "prod"');
  // the audit reads through the alias: production is prod now, and its cluster is gone
  await expect(page.getByTestId('cluster-value|Environment|prod')).toHaveCount(0);
  // db-1 complies now: 3 offenders, 125 − 10 = 115; all keys 160 + 10 = 170 of 290 = 58.6%
  await expect(page.getByTestId('offenders-summary')).toHaveText('3 resources · $115.00 of cost missing or misusing a required key');
  await expect.poll(() => offenderColumn('resourceId')).toEqual(['i-2', 'i-3', 'bucket-1']);
  await expect(share('All keys', 'all')).toHaveText('58.6%');
  await shoot(testInfo, 'tags-merged');

  await page.getByRole('button', { name: 'Remove alias Environment: "production" → "prod"' }).click();
  await expect(page.getByTestId('alias-list')).toHaveText('No aliases yet: every report reads the tags as loaded.');
  await expect(page.getByTestId('offenders-summary')).toHaveText('4 resources · $125.00 of cost missing or misusing a required key');
  await expect(share('All keys', 'all')).toHaveText('55.2%');
});

test('when the workbench stops answering, the view says so and keeps the last figures', async ({ browserName: _b }, testInfo) => {
  await page.route('**/api/call', (route) => (isAuditCall(route.request()) ? route.abort('connectionrefused') : route.continue()));
  await page.getByLabel('Cost basis').selectOption('Billed');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not audit the tags' });
  await expect(alert).toContainText('The workbench is not answering');
  await expect(money('All keys', 'all')).toHaveText('$160.00 of $290.00');
  await shoot(testInfo, 'tags-error');
  await page.unroute('**/api/call');
  await page.getByLabel('Cost basis').selectOption('Effective');
  await expect(alert).toHaveCount(0);
  await expect(page.getByTestId('tags-status')).toHaveText('Effective cost · all data · 2 required keys (saved policy)');
});

test('the dark theme', async ({ browserName: _b }, testInfo) => {
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(share('All keys', 'all')).toHaveText('55.2%');
  await shoot(testInfo, 'tags-dark-theme');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('an empty workspace says where billing data comes from', async ({ browser }, testInfo) => {
  const empty = await serve();
  const p = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  try {
    await p.goto(`${empty.url}#/tags`);
    await expect(p.getByTestId('tags-empty')).toContainText('This workspace has no billing data to audit yet.');
    await expect(p.getByTestId('policy-keys').locator('tbody td:first-child')).toHaveText(['Team', 'Environment', 'Project', 'CostCenter']);
    await keepScreenshot(p, testInfo, 'tags-empty-workspace');
    await p.getByTestId('tags-empty').getByRole('button', { name: 'Data' }).click();
    await expect(p.getByRole('heading', { level: 1 })).toHaveText('Data');
  } finally {
    await p.close();
    await empty.stop();
  }
});

test('no errors on the console', () => {
  expect(consoleErrors).toEqual([]);
});
