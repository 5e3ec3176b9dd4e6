// The Commitments view (issue 16, item 6) in browser mode. On a generated organisation billed by
// the hour: every commitment in the inventory with its figures equal to the API's answer for the
// spec the page sent, the tiles, the sort, the CSV; a what-if equal to the API's; the savings curve
// with its chosen commitments, one clicked into the builder; both themes; a Reserved Instance placed
// where the most spend is. On the hand-built three
// hours (figures worked out by hand in test/integration/commitments-status.test.ts): expiries in
// each window marked, and a what-if at a given rate ($0.10/h, All Upfront, half price: $876.00
// upfront, even after 9.84 months). On ten days without commitments: the empty state, and a what-if
// priced at the shipped default rate.
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import type { CommitmentsStatusResult, CommitmentsStatusSpec, OptimizeResult, OptimizeSpec, WhatIfResult, WhatIfSpec } from '../../core/api/commitments-contract.ts';
import { generatedHourly, handBuilt, noCommitments } from './support/commitments-workspaces.ts';
import { apiCall, callOf, specAfter } from './support/api-call.ts';
import { keepScreenshot, toTop } from './support/screens.ts';
import type { Served } from './support/serve.ts';
import { openServedPage, type ServedPage } from './support/served-page.ts';

test.describe.configure({ mode: 'serial' });

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 10 });
const pctOf = (v: number | null) => (v === null ? '—' : pct.format(v));

/** Opens the view (Alt+7) and returns the specs of the status and curve calls it makes. */
async function openView(page: Page, server: Served): Promise<{ status: CommitmentsStatusSpec; curve: OptimizeSpec }> {
  await page.goto(server.url);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  const statusSent = page.waitForRequest(callOf('commitmentsStatus'));
  const curveSent = page.waitForRequest(callOf('commitmentsOptimize'));
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commitments');
  const spec = async (r: Promise<Request>) => ((await r).postDataJSON() as { payload: { spec: never } }).payload.spec;
  return { status: await spec(statusSent), curve: await spec(curveSent) };
}

test.describe('a generated organisation billed by the hour', () => {
  let served: ServedPage;
  let server: Served;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    // generating and loading two hourly months, then serve building the renderer: minutes on a busy machine
    test.setTimeout(420_000);
    served = await openServedPage(browser, { workspaceName: 'generated.duckdb', prepare: generatedHourly });
    ({ server, page } = served);
  });
  test.afterAll(async () => {
    await served?.close();
  });

  test('the inventory and tiles are the API’s; sorting; CSV', async ({ browserName: _b }, testInfo) => {
    const sent = await openView(page, server);
    expect(sent.status).toMatchObject({ kind: 'commitments-status', basis: 'List' });
    const api = await apiCall<CommitmentsStatusResult>(page, server, 'commitmentsStatus', { spec: sent.status });
    // the generator buys Savings Plans and reservations of every kind; two months of them are held
    expect(api.commitments.length).toBeGreaterThanOrEqual(4);
    expect(new Set(api.commitments.map((c) => c.type))).toEqual(new Set(['ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance']));

    const rows = page.getByTestId('inventory-row');
    await expect(rows).toHaveCount(api.commitments.length);
    for (const c of api.commitments) {
      const row = page.locator(`[data-testid="inventory-row"][data-id="${c.id}"]`);
      await expect(row.getByTestId('cell-utilization')).toHaveText(pctOf(c.utilization));
      await expect(row.getByTestId('cell-net-savings')).toHaveText(c.netSavings === null ? '—' : usd.format(c.netSavings));
      if (c.commitmentPerHour !== null) await expect(row.getByTestId('cell-commitment')).toContainText(`${exact.format(c.commitmentPerHour)}/h`);
      await expect(row.getByTestId('cell-end')).toContainText(c.end!.slice(0, 10));
    }
    await expect(page.getByTestId('tile-coverage-value')).toHaveText(pctOf(api.coverage));
    await expect(page.getByTestId('tile-utilization-value')).toHaveText(pctOf(api.utilization));
    await expect(page.getByTestId('tile-net-savings-value')).toHaveText(usd.format(api.totals.netSavings!));
    await expect(page.getByTestId('commitments-trend').locator('svg')).toBeVisible();
    await expect(page.getByTestId('commitments-trend')).toContainText('Coverage');

    // sorting by net savings, by keyboard: ascending, then descending
    await page.getByTestId('sort-netSavings').focus();
    await page.keyboard.press('Enter');
    const ascending = [...api.commitments].sort((a, b) => a.netSavings! - b.netSavings!).map((c) => c.id);
    await expect(rows.first()).toHaveAttribute('data-id', ascending[0]!);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(ascending);
    await page.keyboard.press('Enter');
    await expect(rows.first()).toHaveAttribute('data-id', ascending.at(-1)!);
    await expect(page.locator('th[aria-sort="descending"]')).toContainText('Net savings');

    const download = page.waitForEvent('download');
    await page.getByTestId('inventory-csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(api.commitments.length + 1);
    expect(csv[1]!.startsWith(ascending.at(-1)!)).toBe(true);
    await page.locator('.cm-inventory .table-wrap').evaluate((el) => el.scrollTo(0, 0));
    await toTop(page);
    await keepScreenshot(page, testInfo, 'commitments-inventory');
  });

  test('a what-if equal to the API’s; the curve; a chosen commitment clicked into the builder', async ({ browserName: _b }, testInfo) => {
    // the curve the view drew on opening: its chosen commitments are buttons too
    const curveApi = await apiCall<OptimizeResult>(page, server, 'commitmentsOptimize', {
      spec: { kind: 'commitments-optimize', version: 1, type: 'ComputeSavingsPlan', term: '1y', payment: 'NoUpfront', lookbackDays: 30, targetCoverage: 0.8, conservativePercentile: 10, basis: 'List' },
    });
    await expect(page.getByTestId('curve-chart').locator('svg')).toBeVisible();
    await expect(page.getByTestId('curve-rate')).toContainText(`priced at ${pct.format(curveApi.rate)} of on demand`);
    for (const c of curveApi.choices) await expect(page.getByTestId(`choice-${c.kind}`)).toContainText(`${usd.format(c.monthlySavings)} a month`);

    await page.getByTestId('whatif-hourly').fill('1.5');
    const spec = await specAfter<WhatIfSpec>(page, 'commitmentsWhatIf', () => page.getByTestId('whatif-hourly').press('Enter'));
    expect(spec).toMatchObject({ kind: 'commitments-whatif', type: 'ComputeSavingsPlan', term: '1y', payment: 'NoUpfront', hourlyCommitment: 1.5, lookbackDays: 30, basis: 'List' });
    const api = await apiCall<WhatIfResult>(page, server, 'commitmentsWhatIf', { spec });
    await expect(page.getByTestId('whatif-coverage-value')).toHaveText(pctOf(api.coverageAfter));
    await expect(page.getByTestId('whatif-utilization-value')).toHaveText(pctOf(api.utilization));
    await expect(page.getByTestId('whatif-roi-value')).toHaveText(pctOf(api.roi));
    await expect(page.getByTestId('whatif-upfront-value')).toHaveText('$0.00');
    await expect(page.getByTestId('whatif-monthly-value')).toHaveText(usd.format((api.netSavings / api.hours) * 730));
    expect(api.rate).not.toBeNull();
    await expect(page.getByTestId('whatif-rate-used')).toContainText(`Priced at ${pct.format(api.rate!)} of on demand`);
    await expect(page.getByTestId('whatif-rate-used')).toContainText('observed');
    expect(api.underused.length).toBeGreaterThan(0);
    await expect(page.getByTestId('underuse-chart').locator('canvas')).toBeVisible();

    // the maximum-savings commitment, clicked: it goes into the builder and is simulated
    const best = curveApi.choices.find((c) => c.kind === 'max-savings')!;
    const picked = await specAfter<WhatIfSpec>(page, 'commitmentsWhatIf', () => page.getByTestId('choice-max-savings').click());
    expect(picked.hourlyCommitment).toBeCloseTo(best.hourlyCommitment, 4);
    await expect(page.getByTestId('whatif-hourly')).toHaveValue(String(Math.round(best.hourlyCommitment * 1e4) / 1e4));
    const pickedApi = await apiCall<WhatIfResult>(page, server, 'commitmentsWhatIf', { spec: picked });
    await expect(page.getByTestId('whatif-coverage-value')).toHaveText(pctOf(pickedApi.coverageAfter));
    await page.locator('.cm-whatif').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await keepScreenshot(page, testInfo, 'commitments-whatif', false);
  });

  test('the dark theme', async ({ browserName: _b }, testInfo) => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('curve-chart').locator('svg')).toBeVisible();
    await page.locator('.cm-inventory .table-wrap').evaluate((el) => el.scrollTo(0, 0));
    await toTop(page);
    await keepScreenshot(page, testInfo, 'commitments-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  test('a window of whole months: September only', async () => {
    const spec = await specAfter<CommitmentsStatusSpec>(page, 'commitmentsStatus', () => page.getByTestId('cm-from').selectOption('2026-09'));
    expect(spec).toMatchObject({ from: '2026-09-01' });
    expect(spec).not.toHaveProperty('to');
    const api = await apiCall<CommitmentsStatusResult>(page, server, 'commitmentsStatus', { spec });
    await expect(page.getByTestId('commitments-status')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('inventory-row')).toHaveCount(api.commitments.length);
    await expect(page.getByTestId('tile-coverage-value')).toHaveText(pctOf(api.coverage));
    await expect(page.getByTestId('commitments-trend')).toHaveAttribute('aria-label', 'Coverage and utilization by month over 1 month.');
  });

  test('a Reserved Instance with no instance type or region: where the most spend is, as the API says', async ({ browserName: _b }, testInfo) => {
    await page.getByTestId('whatif-type').selectOption('ReservedInstance');
    await expect(page.getByTestId('whatif-scope')).toBeVisible();
    await expect(page.getByTestId('whatif-region')).toBeVisible();
    await page.getByTestId('whatif-hourly').fill('0.5');
    const spec = await specAfter<WhatIfSpec>(page, 'commitmentsWhatIf', () => page.getByTestId('whatif-simulate').click());
    expect(spec).toMatchObject({ kind: 'commitments-whatif', type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', hourlyCommitment: 0.5 });
    expect(spec).not.toHaveProperty('instanceType');
    expect(spec).not.toHaveProperty('region');
    const api = await apiCall<WhatIfResult>(page, server, 'commitmentsWhatIf', { spec });
    const scope = api.added[0]!.scope;
    await expect(page.getByTestId('whatif-title')).toContainText(`Reserved Instance for ${scope.instanceType}`);
    await expect(page.getByTestId('whatif-title')).toContainText(`in ${scope.region}`);
    await expect(page.getByTestId('whatif-coverage-value')).toHaveText(pctOf(api.coverageAfter));
    await expect(page.getByTestId('whatif-rate-used')).toContainText(`Priced at ${pct.format(api.rate!)} of on demand`);
    await expect(page.getByTestId('whatif-rate-used')).toContainText(api.rateDetail!);
    await expect(page.getByTestId('whatif-notice').filter({ hasText: 'the pool with the most on-demand spend left' })).toHaveCount(1);
    await page.locator('.cm-whatif').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await keepScreenshot(page, testInfo, 'commitments-whatif-ri', false);
    await page.getByTestId('whatif-scope').fill('m5');
    await page.getByTestId('whatif-simulate').click();
    await expect(page.getByTestId('whatif-builder').getByRole('alert')).toContainText('Write the instance type as AWS does (for example m5.large)');
  });
});

test.describe('the hand-built three hours', () => {
  let served: ServedPage;
  let server: Served;
  let page: Page;
  const SP_A = 'arn:aws:savingsplans::111111111111:savingsplan/sp-a';
  const SP_C = 'arn:aws:savingsplans::111111111111:savingsplan/sp-c';
  const RI_B = 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-b';

  test.beforeAll(async ({ browser }) => {
    served = await openServedPage(browser, { prepare: handBuilt, colorScheme: 'dark' });
    ({ server, page } = served);
  });
  test.afterAll(async () => {
    await served?.close();
  });

  test('figures by hand; an expiry in each window, marked', async ({ browserName: _b }, testInfo) => {
    await openView(page, server);
    const row = (id: string) => page.locator(`[data-testid="inventory-row"][data-id="${id}"]`);
    await expect(page.getByTestId('inventory-row')).toHaveCount(3);
    // sp-a: 2.40 used of 3.00; ri-b: all used, 0.17 − 0.108 = 0.062; sp-c: 0.10 of 0.20, 0.16 − 0.20
    await expect(row(SP_A).getByTestId('cell-utilization')).toHaveText('80.0%');
    await expect(row(SP_A).getByTestId('cell-net-savings')).toHaveText('$0.00');
    await expect(row(RI_B).getByTestId('cell-utilization')).toHaveText('100.0%');
    await expect(row(RI_B).getByTestId('cell-net-savings')).toHaveText('$0.06');
    await expect(row(RI_B).getByTestId('cell-commitment')).toHaveText('1 unit · $0.054/h');
    await expect(row(SP_C).getByTestId('cell-net-savings')).toHaveText('-$0.04');
    // 3.33 covered of 4.056 eligible; 2.608 used of 3.308 committed; 3.33 − 3.308
    await expect(page.getByTestId('tile-coverage-value')).toHaveText('82.1%');
    await expect(page.getByTestId('tile-utilization-value')).toHaveText('78.8%');
    await expect(page.getByTestId('tile-net-savings-value')).toHaveText('$0.02');
    // from 1 Dec 01:00: sp-a ends in 18 days, sp-c in 49, ri-b in 75
    await expect(row(SP_A)).toHaveAttribute('data-expiry', '30');
    await expect(row(SP_C)).toHaveAttribute('data-expiry', '60');
    await expect(row(RI_B)).toHaveAttribute('data-expiry', '90');
    await expect(row(SP_A).getByTestId('cell-end')).toContainText('expires in 18 days');
    await expect(page.getByTestId('expiring-30')).toContainText('within 30 days: 1');
    await expect(page.getByTestId('expiring-90')).toContainText('within 90 days: 3');
    await toTop(page);
    await keepScreenshot(page, testInfo, 'commitments-expiries-dark');
  });

  test('a what-if at a given rate: $0.10/h All Upfront at half price', async ({ browserName: _b }, testInfo) => {
    await page.getByTestId('whatif-hourly').fill('0.1');
    await page.getByTestId('whatif-payment').selectOption('AllUpfront');
    await page.getByTestId('whatif-rate').fill('50');
    await page.getByTestId('whatif-simulate').click();
    // 0.10 × 8,760 h upfront; covers 0.166 + 0.20 of open on demand over the 3 hours: 0.366 − 0.30 = 0.066
    await expect(page.getByTestId('whatif-upfront-value')).toHaveText('$876.00');
    await expect(page.getByTestId('whatif-break-even')).toHaveText('breaks even after 9.8 months');
    await expect(page.getByTestId('whatif-rate-used')).toContainText('Priced at 50.0% of on demand (50.0% off): the rate you entered');
    await expect(page.getByTestId('whatif-notice')).toContainText('where the data starts');
    await page.locator('.cm-whatif').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await keepScreenshot(page, testInfo, 'commitments-whatif-given-rate-dark', false);
  });
});

test.describe('ten days of EC2 without commitments', () => {
  let served: ServedPage;
  let server: Served;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    served = await openServedPage(browser, { prepare: noCommitments });
    ({ server, page } = served);
  });
  test.afterAll(async () => {
    await served?.close();
  });

  test('says no commitments are held; a what-if priced at the shipped default rate', async ({ browserName: _b }, testInfo) => {
    await openView(page, server);
    await expect(page.getByTestId('commitments-none')).toContainText('No Savings Plans or reservations in this window.');
    await expect(page.getByTestId('inventory')).toHaveCount(0);
    await page.getByTestId('whatif-hourly').fill('');
    await page.getByTestId('whatif-simulate').click();
    await expect(page.getByTestId('whatif-builder').getByRole('alert')).toContainText('Enter the hourly commitment in dollars');
    await page.getByTestId('whatif-hourly').fill('2');
    await page.getByTestId('whatif-simulate').click();
    // nothing held to observe: a Compute SP takes m5.large's 1-year convertible No Upfront term, 0.071 ÷ 0.096 = 0.7396
    await expect(page.getByTestId('whatif-rate-used')).toContainText('Priced at 74.0% of on demand (26.0% off): the shipped default rate');
    await toTop(page);
    await keepScreenshot(page, testInfo, 'commitments-none');
  });
});
