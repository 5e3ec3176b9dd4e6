// The Anomalies view (issue 15, point 4) in browser mode, on a hand-built workspace with two known
// anomalies (support/anomaly-workspaces.ts works their numbers out): the list by impact with the
// engine's default thresholds shown, keyboard navigation, the spike's detail with its band and
// cause, the click through to Explore on the cause, back, marking it planned (kept by core), the
// filters, the empty result at high thresholds, an error in the app's words, progress while the
// detection runs, the dark theme; then a workspace with no data.
import { expect, test, type Page, type Request } from '@playwright/test';
import type { AnomalyResult } from '../../core/api/anomaly-contract.ts';
import { spikeAndNewService } from './support/anomaly-workspaces.ts';
import { apiCall, callOf } from './support/api-call.ts';
import { keepScreenshot, toTop } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

test.describe.configure({ mode: 'serial' });

test.describe('a workspace with a spike and a new service', () => {
  let server: Served;
  let page: Page;
  const rows = () => page.getByTestId('anomaly-list').locator('tbody tr');
  const detail = () => page.getByTestId('anomaly-detail');

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    server = await serve({ workspaceName: 'spike.duckdb', prepare: spikeAndNewService });
  });

  test.beforeEach(async ({ browser }) => {
    if (page) return;
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test.afterAll(async () => {
    await page?.close();
    await server?.stop();
  });

  test('the list by impact, with the default thresholds shown', async ({ browserName: _b }, testInfo) => {
    await page.goto(server.url);
    const detected = page.waitForResponse((r) => callOf('anomalies')(r.request()));
    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anomalies');
    await detected;
    // by impact: the new service ($850) before the spike ($600)
    await expect(rows()).toHaveCount(2);
    await expect(rows().nth(0)).toContainText('2026-04-15 – 2026-05-04');
    await expect(rows().nth(0)).toContainText('ServiceName = Amazon SageMaker');
    await expect(rows().nth(0)).toContainText('$1,000.00$150.00$850.00566.7%');
    await expect(rows().nth(0)).toContainText('Not reviewed');
    await expect(rows().nth(1)).toContainText('2026-03-26');
    await expect(rows().nth(1)).toContainText('x_UsageType = DataTransfer-Out-Bytes');
    await expect(rows().nth(1)).toContainText('$630.00$30.00$600.002,000.0%');
    await expect(rows().nth(1)).toContainText('400.0');
    // the engine's defaults, read back from its answer
    await expect(page.getByLabel('Minimum impact ($)')).toHaveValue('50');
    await expect(page.getByLabel('Minimum impact (%)')).toHaveValue('20');
    await expect(page.getByLabel('Daily cost floor ($)')).toHaveValue('10');
    await expect(page.getByLabel('Band width (σ)')).toHaveValue('4');
    await expect(page.getByTestId('anomalies-summary')).toContainText('2 anomalies · Effective cost · usage charges · data through 2026-05-04');
    // the first one is open
    await expect(detail()).toContainText('ServiceName = Amazon SageMaker');
    await expect(detail().getByTestId('anomaly-chart').locator('svg text', { hasText: 'Band' }).first()).toBeVisible();
    await toTop(page);
    await keepScreenshot(page, testInfo, 'anomalies-list');
  });

  test('arrow keys open the spike: its band, its day and its cause', async ({ browserName: _b }, testInfo) => {
    await rows().nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows().nth(1)).toBeFocused();
    await expect(rows().nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(detail().getByTestId('detail-title')).toHaveText('x_UsageType = DataTransfer-Out-Bytes · 2026-03-26');
    // Home and End go to the ends of the list, Enter to the open anomaly
    await page.keyboard.press('Home');
    await expect(rows().nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(rows().nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(detail().getByTestId('detail-title')).toBeFocused();
    await expect(detail().getByTestId('detail-figures')).toContainText('Actual$630.00');
    await expect(detail().getByTestId('detail-figures')).toContainText('Expected$30.00');
    await expect(detail().getByTestId('detail-figures')).toContainText('Impact$600.00 (2,000.0%)');
    // expected $30, σ floored at 5% = $1.50, band ± 4σ = $24.00 – $36.00
    await expect(detail().getByTestId('peak-day')).toHaveText('Largest day 2026-03-26: $630.00 against $30.00 expected (band $24.00 – $36.00).');
    const chart = detail().getByTestId('anomaly-chart');
    for (const name of ['Actual', 'Expected', 'Band', 'Anomaly']) await expect(chart.locator('svg text', { hasText: name }).first()).toBeVisible();
    // the causes, largest first (ties coarse first): the account, the service, the region, the instance
    const causes = detail().getByTestId('root-causes').locator('tbody tr');
    await expect(causes).toHaveCount(4);
    await expect(causes.nth(0)).toContainText('SubAccountNamestaging$600.00');
    await expect(causes.nth(1)).toContainText('ServiceNameAmazon EC2$600.00');
    await expect(causes.nth(2)).toContainText('RegionIdus-east-1$600.00');
    await expect(causes.nth(3)).toContainText('ResourceIdi-0spiky$600.00');
    await expect(detail()).toContainText('Also seen in');
    await toTop(page);
    await keepScreenshot(page, testInfo, 'anomalies-detail');
  });

  test('the cause opens in Explore, and back', async ({ browserName: _b }, testInfo) => {
    await detail().getByRole('button', { name: 'Explore i-0spiky' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
    await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ResourceId', 'SubAccountName', 'ServiceName', 'RegionId']);
    await expect(page.getByTestId('zone-filters')).toContainText('x_UsageType: “DataTransfer-Out-Bytes”');
    const grid = page.getByTestId('pivot-grid');
    await expect(grid.getByRole('row').filter({ hasText: 'i-0spiky' }).first()).toBeVisible();
    await expect(page.getByTestId('explore-origin')).toContainText('Opened from the anomaly x_UsageType = DataTransfer-Out-Bytes · 2026-03-26');
    await keepScreenshot(page, testInfo, 'anomalies-explore-cause');

    await page.getByRole('button', { name: 'Back to Anomalies' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anomalies');
    // the same anomaly is open again, without running the detection again
    await expect(detail().getByTestId('detail-title')).toHaveText('x_UsageType = DataTransfer-Out-Bytes · 2026-03-26');
    await expect(rows().nth(1)).toHaveAttribute('aria-selected', 'true');
  });

  test('mark it planned with a note: the list shows it planned, and core keeps it', async ({ browserName: _b }, testInfo) => {
    const note = 'Load test of the CDN, agreed with the staging team';
    await detail().getByLabel('Note').fill(note);
    const saved = page.waitForResponse((r) => callOf('anomalyFeedback')(r.request()));
    await detail().getByRole('button', { name: /^Planned/ }).click();
    await saved;
    await expect(rows().nth(1).getByTestId('anomaly-status')).toHaveText('Planned');
    await expect(detail().getByTestId('feedback-state')).toContainText('Marked planned');
    await expect(detail().getByTestId('feedback-state')).toContainText(note);
    await expect(detail().getByRole('button', { name: /^Planned/ })).toHaveAttribute('aria-pressed', 'true');
    await toTop(page);
    await keepScreenshot(page, testInfo, 'anomalies-planned');
    await detail().getByRole('button', { name: /^Planned/ }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await keepScreenshot(page, testInfo, 'anomalies-planned-feedback', false);

    // kept in the workspace: a new detection answers it with its feedback
    const again = await apiCall<AnomalyResult>(page, server, 'anomalies', { spec: { kind: 'anomalies' } });
    const spike = again.anomalies.find((a) => a.start === '2026-03-26')!;
    expect(spike.feedback).toMatchObject({ verdict: 'planned', note });

    // the filters: by status, by impact, by dimension
    await page.getByLabel('Review status').selectOption('planned');
    await expect(rows()).toHaveCount(1);
    await expect(rows().nth(0)).toContainText('DataTransfer-Out-Bytes');
    await page.getByLabel('Review status').selectOption('unreviewed');
    await expect(rows()).toHaveCount(1);
    await expect(rows().nth(0)).toContainText('Amazon SageMaker');
    await page.getByLabel('Review status').selectOption('all');
    await page.getByLabel('Impact at least ($)').fill('700');
    await expect(rows()).toHaveCount(1);
    await page.getByLabel('Impact at least ($)').fill('');
    await page.getByLabel('Found in').selectOption('x_UsageType');
    await expect(rows()).toHaveCount(1);
    await expect(rows().nth(0)).toContainText('DataTransfer-Out-Bytes');
    await page.getByLabel('Found in').selectOption('');
    await expect(rows()).toHaveCount(2);
  });

  test('no anomalies at higher thresholds; errors in the app’s words; progress while it runs', async ({ browserName: _b }, testInfo) => {
    await page.getByLabel('Minimum impact ($)').fill('1000');
    const sent = page.waitForRequest(callOf('anomalies'));
    await page.getByRole('button', { name: 'Detect again' }).click();
    const spec = ((await sent).postDataJSON() as { payload: { spec: { thresholds: Record<string, number> } } }).payload.spec;
    expect(spec.thresholds).toEqual({ minImpact: 1000, minImpactPct: 20, minDailyCost: 10, minScore: 4 });
    await expect(page.getByTestId('anomalies-none')).toContainText('No anomalies at these thresholds');
    await expect(page.getByTestId('anomalies-none')).toContainText('impact of at least $1,000.00 and 20%');
    await toTop(page);
    await keepScreenshot(page, testInfo, 'anomalies-none-at-thresholds');

    // a value out of range is named beside its field, and nothing is sent
    await page.getByLabel('Minimum impact (%)').fill('2000000');
    await expect(page.locator('#threshold-minImpactPct-note')).toHaveText('Between 0 and 1,000,000.');
    await expect(page.getByRole('button', { name: 'Detect again' })).toBeDisabled();

    // an error from core is shown in the app's words: core's message, what to do, its code. The
    // record of an anomaly can be gone (another program changed the workspace): the detail says so.
    await page.getByRole('button', { name: 'Default thresholds' }).click();
    await expect(rows()).toHaveCount(2);
    const message = 'No anomaly "an-6d02d5b4ef448bb7" is recorded in this workspace. List them with "finops-workbench anomalies --db W" and use an id it prints.';
    await page.route('**/api/call', (route) =>
      callOf('anomalyDetail')(route.request()) ? route.fulfill({ json: { ok: false, error: { code: 'ANOMALY_NOT_FOUND', message, details: { id: 'an-6d02d5b4ef448bb7' } } } }) : route.continue(),
    );
    await rows().nth(1).click();
    const alert = detail().getByRole('alert');
    await expect(alert).toContainText('Could not read this anomaly’s days');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('What to do: The list may be from before the workspace changed');
    await expect(alert).toContainText('ANOMALY_NOT_FOUND');
    await keepScreenshot(page, testInfo, 'anomalies-error', false);
    await page.unroute('**/api/call');
    await rows().nth(0).click();

    // hold the next detection until the page has shown its progress
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/call', async (route) => {
      if (callOf('anomalies')(route.request())) await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Detect again' }).click();
    await expect(page.getByTestId('anomalies-progress')).toContainText('Detecting anomalies');
    await keepScreenshot(page, testInfo, 'anomalies-running', false);
    release();
    await expect(page.getByTestId('anomalies-progress')).toHaveCount(0);
    await expect(rows()).toHaveCount(2);
    await expect(page.getByLabel('Minimum impact ($)')).toHaveValue('50');
    await page.unroute('**/api/call');
  });

  test('the dark theme', async ({ browserName: _b }, testInfo) => {
    await rows().nth(1).click();
    await expect(detail().getByTestId('detail-title')).toHaveText('x_UsageType = DataTransfer-Out-Bytes · 2026-03-26');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(detail().getByTestId('anomaly-chart').locator('svg text', { hasText: 'Band' }).first()).toBeVisible();
    await toTop(page);
    await keepScreenshot(page, testInfo, 'anomalies-dark-theme');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });
});

test('an empty workspace says there is nothing to watch yet', async ({ page }, testInfo) => {
  const server = await serve({ workspaceName: 'empty.duckdb' });
  try {
    await page.emulateMedia({ colorScheme: 'light' });
    const detections: Request[] = [];
    page.on('request', (r) => callOf('anomalies')(r) && detections.push(r));
    await page.goto(`${server.url}#/anomalies`);
    await expect(page.getByTestId('anomalies-empty')).toContainText('This workspace has no billing data yet');
    // nothing is detected (nor recorded) in a workspace without cost lines
    expect(detections).toHaveLength(0);
    await keepScreenshot(page, testInfo, 'anomalies-empty-workspace');
  } finally {
    await server.stop();
  }
});
