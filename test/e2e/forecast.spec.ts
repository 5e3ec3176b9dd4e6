// The Forecast view (issue 14, point 5) in browser mode. On a generated organisation with seven
// months of daily history: the chart with its bands, the month-end, quarter-end and year-end
// figures equal to the API's answer for the spec the page sent, the track record sentence, a
// scope change, progress while a forecast runs, a budget set below the forecast and its breach
// warning, both themes. Then the short-history case (ten hand-written days: the naive projection,
// labelled, with a month end of $1,045 actual + 21 × $106 = $3,271.00) and an empty workspace.
import { expect, test, type Page } from '@playwright/test';
import type { BudgetsStatusResult } from '../../core/api/budgets-contract.ts';
import type { ForecastResult, ForecastSpec } from '../../core/api/forecast-contract.ts';
import { apiCall, callOf, specAfter } from './support/api-call.ts';
import { generatedOrg, tenDays } from './support/forecast-workspaces.ts';
import { keepScreenshot, toTop } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';
import { openServedPage, type ServedPage } from './support/served-page.ts';

test.describe.configure({ mode: 'serial' });

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function expectPeriodEndsOf(page: Page, result: ForecastResult): Promise<void> {
  const s = result.series[0]!;
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const p = s.periodEnd[kind];
    const tile = page.getByTestId(`period-end-${kind}`);
    await expect(tile.getByTestId(`period-end-${kind}-value`)).toHaveText(usd.format(p.value));
    await expect(tile).toContainText(`80%: ${usd.format(p.lower80)} – ${usd.format(p.upper80)}`);
    await expect(tile).toContainText(`95%: ${usd.format(p.lower95)} – ${usd.format(p.upper95)}`);
    await expect(tile).toContainText(`${usd.format(p.actual)} actual so far + ${usd.format(p.rest)}`);
  }
}

test.describe('a workspace with seven months of history', () => {
  let served: ServedPage;
  let server: Served;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    // generating and loading seven months, then serve building the renderer: minutes on a busy machine
    test.setTimeout(360_000);
    served = await openServedPage(browser, { workspaceName: 'generated.duckdb', prepare: generatedOrg });
    ({ server, page } = served);
  });
  test.afterAll(async () => {
    await served?.close();
  });

  test('history and forecast with bands; the period ends are the API’s; the track record beside them', async ({ browserName: _b }, testInfo) => {
    await page.goto(server.url);
    const spec = await specAfter<ForecastSpec>(page, 'forecast', () => page.keyboard.press('Alt+5'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forecast');
    expect(spec).toMatchObject({ kind: 'forecast', basis: 'Effective', scope: [], horizon: 30 });

    const api = await apiCall<ForecastResult>(page, server, 'forecast', { spec });
    const s = api.series[0]!;
    // seven generated months, January to July 2026: the forecast starts on 1 August
    expect(api.lastDay).toBe('2026-07-31');
    await expect(page.getByTestId('forecast-title')).toContainText('All spend · Effective cost · data through 2026-07-31; forecast 30 days from 2026-08-01');
    await expectPeriodEndsOf(page, api);
    await expect(page.getByTestId('period-end-month')).toContainText('Month end · Aug 2026');
    await expect(page.getByTestId('period-end-quarter')).toContainText('Quarter end · Q3 2026');

    // the chart: actual, forecast and both bands in its legend, the last day with data marked
    const chart = page.getByTestId('forecast-chart');
    for (const name of ['Actual', 'Forecast', '80% band', '95% band', 'Data through 2026-07-31']) await expect(chart.locator('svg text', { hasText: name }).first()).toBeVisible();

    // the track record, from the engine's backtest, with the seasonal-naive comparison
    await expect(page.getByTestId('track-record')).toContainText(`Track record, ${s.backtest!.summary}.`);
    await expect(page.getByTestId('track-record')).toContainText('seasonal-naive');

    // the same numbers by day: 30 rows, each with its bands
    await page.getByTestId('forecast-days').locator('summary').click();
    const rows = page.getByTestId('forecast-days').locator('tbody tr');
    await expect(rows).toHaveCount(30);
    const d0 = s.forecast[0]!;
    await expect(rows.first()).toHaveText(`${d0.date}${usd.format(d0.value)}${usd.format(d0.lower80)} – ${usd.format(d0.upper80)}${usd.format(d0.lower95)} – ${usd.format(d0.upper95)}`);
    await page.getByTestId('forecast-days').locator('summary').click();
    await toTop(page);
    await keepScreenshot(page, testInfo, 'forecast-total');
  });

  test('a scope from the field lists: one service, its own forecast and track record', async ({ browserName: _b }, testInfo) => {
    // the biggest service by cost over the last 3 months comes first and is forecast at once
    const spec = await specAfter<ForecastSpec>(page, 'forecast', () => page.getByLabel('Forecast of', { exact: true }).selectOption('ServiceName'));
    await expect(page.getByLabel('Value', { exact: true })).toBeEnabled();
    expect(spec.scope).toHaveLength(1);
    expect(spec.scope[0]!.dimension).toBe('ServiceName');
    const service = spec.scope[0]!.values[0]!;
    await expect(page.getByTestId('forecast-title')).toContainText(`ServiceName = ${service} · Effective cost`);
    const api = await apiCall<ForecastResult>(page, server, 'forecast', { spec });
    await expectPeriodEndsOf(page, api);
    await expect(page.getByTestId('track-record')).toContainText(api.series[0]!.backtest?.summary ?? api.series[0]!.backtestMessage!);
    await keepScreenshot(page, testInfo, 'forecast-service');

    // the cost basis and the horizon are part of the spec too
    const billed = await specAfter<ForecastSpec>(page, 'forecast', () => page.getByLabel('Cost basis').selectOption('Billed'));
    expect(billed).toMatchObject({ basis: 'Billed', horizon: 30 });
    const longer = await specAfter<ForecastSpec>(page, 'forecast', () => page.getByLabel('Forecast ahead').selectOption('90'));
    expect(longer).toMatchObject({ basis: 'Billed', horizon: 90 });
    await expect(page.getByTestId('forecast-title')).toContainText('Billed cost · data through 2026-07-31; forecast 90 days');
    await expectPeriodEndsOf(page, await apiCall<ForecastResult>(page, server, 'forecast', { spec: longer }));
  });

  test('progress shows while a forecast runs', async ({ browserName: _b }, testInfo) => {
    // hold the next forecast call until the page has shown its progress
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/call', async (route) => {
      if (callOf('forecast')(route.request())) await held;
      await route.continue();
    });
    await page.getByLabel('Forecast of', { exact: true }).selectOption('');
    await expect(page.getByTestId('forecast-progress')).toContainText('Forecasting All spend (Billed cost)…');
    await expect(page.getByTestId('forecast-result')).toHaveAttribute('aria-busy', 'true');
    await keepScreenshot(page, testInfo, 'forecast-running', false);
    release();
    await expect(page.getByTestId('forecast-progress')).toHaveCount(0);
    await expect(page.getByTestId('forecast-title')).toContainText('All spend · Billed cost');
    await page.unroute('**/api/call');
  });

  test('set a budget below the forecast and see the breach warning', async ({ browserName: _b }, testInfo) => {
    await page.getByLabel('Cost basis').selectOption('Effective');
    await page.getByLabel('Forecast ahead').selectOption('30');
    await expect(page.getByTestId('forecast-title')).toContainText('All spend · Effective cost · data through 2026-07-31; forecast 30 days');
    const monthEnd = (await page.getByTestId('period-end-month-value').innerText()).trim();
    const forecastTotal = Number(monthEnd.replace(/[^0-9.]/g, ''));
    // a budget 20% under the month-end forecast: well outside the 95% band, so it is breached in August
    const amount = Math.round(forecastTotal * 0.8);

    await page.getByRole('button', { name: 'Set a budget…' }).click();
    await page.getByLabel('Name').fill('Cloud total');
    await page.getByLabel('Amount (Effective cost)').fill(String(amount));
    await expect(page.getByLabel('First month')).toHaveValue('2026-08');
    await expect(page.getByLabel('Currency')).toHaveValue('USD');
    await keepScreenshot(page, testInfo, 'forecast-budget-form', false);
    await page.getByRole('button', { name: 'Save budget' }).click();
    await toTop(page);

    const warning = page.getByTestId('budget-warning');
    await expect(warning).toContainText('Forecast to exceed: budget “Cloud total” (All spend, monthly, Effective cost)');
    await expect(warning).toContainText(`Expected to exceed ${usd.format(amount)} on 2026-08-`);
    await expect(warning).toContainText('(probability ');
    await expect(page.getByTestId('period-end-month').getByTestId('period-budget')).toContainText(`Budget “Cloud total” ${usd.format(amount)}`);
    await expect(page.getByTestId('forecast-chart').locator('svg text', { hasText: 'Budget “Cloud total” (daily share)' })).toBeVisible();
    // the warning's date and probability are the API's status of that budget; its forecast is the month end shown
    const { statuses } = await apiCall<BudgetsStatusResult>(page, server, 'budgetsStatus', {});
    const mine = statuses.find((x) => x.budget.name === 'Cloud total')!;
    expect(mine).toMatchObject({ status: 'forecast-breach', periodStart: '2026-08-01', periodEnd: '2026-08-31', budget: { scope: null, period: 'month', start: '2026-08', recurring: true, amount, currency: 'USD', basis: 'Effective' } });
    expect(usd.format(mine.forecast)).toBe(monthEnd);
    // 20% under a forecast whose 95% band is about ±8% wide: a breach is all but certain
    expect(mine.breachProbability).toBeGreaterThan(0.99);
    await expect(warning).toContainText(`on ${mine.breachDate} (probability over 99%)`);
    await expect(warning).toContainText(`forecast ${monthEnd} for 2026-08-01 to 2026-08-31, 80% interval ${usd.format(mine.lower80)} – ${usd.format(mine.upper80)}`);
    await expect(page.getByTestId('period-end-month').getByTestId('period-budget')).toContainText(`expected to exceed on ${mine.breachDate} (probability over 99%)`);
    await expect(page.getByTestId('budgets').getByRole('row', { name: /Cloud total/ })).toContainText(`Monthly from 2026-08${usd.format(amount)}Forecast to exceed`);
    await keepScreenshot(page, testInfo, 'forecast-budget-breach');
  });

  test('the dark theme', async ({ browserName: _b }, testInfo) => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('forecast-chart').locator('svg text', { hasText: '95% band' }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, 'forecast-dark-theme');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  test('a budget is removed after a confirm, and its warning goes with it', async ({ browserName: _b }) => {
    await page.getByRole('button', { name: 'Remove budget Cloud total' }).click();
    await page.getByTestId('budgets').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByTestId('budget-warning')).toHaveCount(0);
    await expect(page.getByTestId('budgets')).toContainText('No budget for this scope yet.');
    const { budgets } = await apiCall<{ budgets: unknown[] }>(page, server, 'budgetsList', {});
    expect(budgets).toEqual([]);
  });
});

test.describe('budgets imported from a file', () => {
  let served: ServedPage;
  let server: Served;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    // generating and loading seven months, then serve building the renderer: minutes on a busy machine
    test.setTimeout(360_000);
    served = await openServedPage(browser, { workspaceName: 'generated.duckdb', prepare: generatedOrg });
    ({ server, page } = served);
  });
  test.afterAll(async () => {
    await served?.close();
  });

  test('a CSV of two budgets; one of another scope in trouble is listed and opens its forecast', async ({ browserName: _b }, testInfo) => {
    await page.goto(`${server.url}#/forecast`);
    await expect(page.getByTestId('forecast-title')).toContainText('All spend · Effective cost');
    // EC2 costs over $100 on a single day of August (the generated fleet alone is about $100 a day, more on the 1st);
    // all spend is far under a million a quarter
    const csv = [
      'name,scope_dimension,scope_value,period,start,recurring,amount,currency,basis',
      'EC2 monthly,ServiceName,Amazon Elastic Compute Cloud,month,2026-08,yes,100,USD,Effective',
      'All spend quarterly,,,quarter,2026-07,yes,1000000,USD,Effective',
    ].join('\n');
    await page.getByRole('button', { name: 'Import budgets…' }).click();
    await page.getByTestId('budget-import').locator('input[type=file]').setInputFiles({ name: 'budgets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('budget-import-outcome')).toContainText('Imported 2 budgets.');
    await page.getByTestId('budget-import').getByRole('button', { name: 'Close' }).click();

    // the quarterly budget sits under the quarter end, on track
    await expect(page.getByTestId('period-end-quarter').getByTestId('period-budget')).toContainText('On track Budget “All spend quarterly” $1,000,000.00');
    // a million a quarter is about $10,870 a day, far above the generated organisation's daily cost: named, not drawn
    await expect(page.getByTestId('budget-off-scale')).toContainText('Budget “All spend quarterly” ($10,869.57 a day) is far above');
    const { statuses } = await apiCall<BudgetsStatusResult>(page, server, 'budgetsStatus', {});
    const ec2 = statuses.find((x) => x.budget.name === 'EC2 monthly')!;
    expect(ec2.status).toBe('forecast-breach');
    const others = page.getByTestId('budget-warnings').locator('.other-budgets');
    await expect(others).toContainText(`One budget of another scope is exceeded or forecast to be:“EC2 monthly” (ServiceName = Amazon Elastic Compute Cloud, on ${ec2.breachDate})`);
    await keepScreenshot(page, testInfo, 'forecast-budgets-imported');

    await others.getByRole('button', { name: 'Show its forecast' }).click();
    await expect(page.getByTestId('forecast-title')).toContainText('ServiceName = Amazon Elastic Compute Cloud · Effective cost');
    await expect(page.getByTestId('budget-warning')).toContainText('Forecast to exceed: budget “EC2 monthly” (ServiceName = Amazon Elastic Compute Cloud, monthly, Effective cost)');
    await expect(page.getByLabel('Value', { exact: true })).toHaveValue(JSON.stringify('Amazon Elastic Compute Cloud'));
  });

  test('a CSV with a mistake imports nothing and says which line', async ({ browserName: _b }, testInfo) => {
    await page.getByRole('button', { name: 'Import budgets…' }).click();
    const csv = 'name,period,start,amount\nTypo,month,2026-08,12 500\n';
    await page.getByTestId('budget-import').locator('input[type=file]').setInputFiles({ name: 'typo.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const notice = page.getByTestId('budget-import').getByRole('alert');
    await expect(notice).toContainText('Nothing was imported');
    await expect(notice).toContainText('Line 2, column amount: "12 500" is not an amount');
    await keepScreenshot(page, testInfo, 'forecast-budget-import-error', false);
    const { budgets } = await apiCall<{ budgets: { name: string }[] }>(page, server, 'budgetsList', {});
    expect(budgets.map((b) => b.name).sort()).toEqual(['All spend quarterly', 'EC2 monthly']);
  });
});

test.describe('too short a history', () => {
  let server: Served;
  test.beforeAll(async () => {
    server = await serve({ workspaceName: 'ten-days.duckdb', prepare: tenDays });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('ten days get a naive projection, labelled as such, and no track record', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}#/forecast`);
    await expect(page.getByTestId('naive-notice')).toContainText('Only 10 days of history (fewer than 21): this is a naive projection');
    // by hand: 1-10 March cost 100 … 109 = $1,045; the rest of March, 21 days at the mean of the last 7 days ($106) = $2,226
    await expect(page.getByTestId('period-end-month-value')).toHaveText('$3,271.00');
    await expect(page.getByTestId('period-end-month')).toContainText('$1,045.00 actual so far + $2,226.00 naive projection for the rest');
    await expect(page.getByTestId('period-end-month')).toContainText('naive projection');
    await expect(page.getByTestId('forecast-title')).toContainText('projected 30 days from 2026-03-11 with the naive projection');
    await expect(page.getByTestId('forecast-chart').locator('svg text', { hasText: 'Naive projection' }).first()).toBeVisible();
    await expect(page.getByTestId('track-record')).toContainText('No track record yet');
    await keepScreenshot(page, testInfo, 'forecast-short-history');
  });
});

test.describe('an empty workspace', () => {
  let server: Served;
  test.beforeAll(async () => {
    server = await serve({ workspaceName: 'empty.duckdb' });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('says there is nothing to forecast and where to load data', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}#/forecast`);
    await expect(page.getByTestId('forecast-empty')).toContainText('This workspace has no billing data yet, so there is nothing to forecast.');
    await page.getByTestId('forecast-empty').getByRole('button', { name: 'Data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
    await page.keyboard.press('Alt+5');
    await expect(page.getByTestId('forecast-empty')).toBeVisible();
    await keepScreenshot(page, testInfo, 'forecast-empty', false);
  });
});
