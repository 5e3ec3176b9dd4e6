// Explore at a laptop's size (1440×900), from the keyboard: the field list is one tab stop with
// arrow keys inside, the settings fold away (and stay folded after a reload), a long pivot fills
// the height the screen has, and a wide pivot's horizontal scrollbar covers no row. Workspace:
// tiny-org plus 300 EC2 lines in January 2026 with ResourceIds i-0000001… (explore-fixtures.ts).
import { expect, test, type Page } from '@playwright/test';
import { serve, type Served } from './support/serve.ts';
import { tinyOrgWithManyLines } from './support/explore-fixtures.ts';
import { keepScreenshot } from './support/screens.ts';
import config from './playwright.config.ts';

test.describe.configure({ mode: 'serial' });
// Playwright starts headless Chromium with --hide-scrollbars; the scrollbars users see take room
// (the grid's own, the window's), and the wide pivot's test is about that room: show them.
test.use({ launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } });

let server: Served;
let page: Page;
const consoleErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'many-lines.duckdb', prepare: (p) => tinyOrgWithManyLines(p, 300) });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const grid = () => page.getByTestId('pivot-grid');
const fieldList = () => page.getByRole('listbox', { name: 'Fields' });
const bodyRows = () => grid().locator('.dg-body [role="row"]');

/** Presses Tab until the focus is inside the pivot grid; the number of presses it took. */
async function tabsToGrid(limit: number): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => !!document.activeElement?.closest('[data-testid="pivot-grid"]'))) return n;
  }
  return Infinity;
}

/** The app's row height (the grid's, 32 px): what a screenful of rows is counted in. */
const ROW_PX = 32;

/**
 * Grid rows whose whole height is on screen, and the height of the rows' viewport they are
 * counted in: under the sticky header, above the pinned total and any scrollbar, inside the window.
 */
async function rowsOnScreen(): Promise<{ visible: number; viewport: number }> {
  return grid().evaluate((g) => {
    const scroller = g.querySelector<HTMLElement>('.dg-scroll')!;
    const view = scroller.getBoundingClientRect();
    const top = g.querySelector('.dg-head')!.getBoundingClientRect().bottom;
    const foot = g.querySelector('.dg-foot')?.getBoundingClientRect().top ?? view.bottom;
    const bottom = Math.min(foot, view.top + scroller.clientTop + scroller.clientHeight, window.innerHeight);
    const visible = [...g.querySelectorAll('.dg-body [role="row"]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.height > 0 && b.top >= top - 1 && b.bottom <= bottom + 1;
    }).length;
    return { visible, viewport: bottom - top };
  });
}
const rowsFullyVisible = async () => (await rowsOnScreen()).visible;

test('the field list is one tab stop; arrow keys and type-ahead move inside it', async ({ browserName: _b }, testInfo) => {
  await page.goto(`${server.url}#/explore`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await expect(bodyRows().first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Find a field' }).focus();
  await page.keyboard.press('Tab');
  const options = fieldList().getByRole('option');
  await expect(options.first()).toBeFocused();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // every other field is out of the tab order
  expect(await fieldList().locator('[role="option"][tabindex="0"]').count()).toBe(1);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(options.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(options.first()).toBeFocused();
  // type-ahead: R jumps to the first field starting with R (RegionId), again to the next one
  // (RegionName has no data here, so it is not listed)
  await page.keyboard.press('r');
  await expect(page.locator(':focus')).toHaveText(/^RegionId/);
  await page.keyboard.press('r');
  await expect(page.locator(':focus')).toHaveText(/^ResourceId/);
  // Enter opens the field's menu: ResourceId goes to rows, ServiceName leaves them
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Add ResourceId' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ServiceName', 'ResourceId']);
  await expect(page.locator(':focus')).toHaveText(/^ResourceId/);
  await page.getByRole('button', { name: 'Remove ServiceName from rows' }).click();
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ResourceId']);
  // Tab leaves the list in one press
  await fieldList().getByRole('option', { name: /^ResourceId/ }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="listbox"]') === null)).toBe(true);
  await keepScreenshot(page, testInfo, 'explore-density-field-list', false);
});

test('a long pivot fills the screen: rows visible at 1440×900, with settings open and folded', async ({ browserName: _b }, testInfo) => {
  // 300 ResourceIds in Jan 2026, and the tiny-org lines (several without a ResourceId)
  await expect(page.getByTestId('result-status')).toContainText(/3\d\d rows/);
  await expect(bodyRows().first()).toBeVisible();
  // The grid takes the height the screen has below its top once the view has laid out: 490 px
  // with the settings open, 599 folded (the same boxes as under ag-grid). Its rows' viewport is
  // that less the header (34), the pinned total (32) and the borders (2): 422 px, room for
  // 422 / 32 = 13.2 → 13 whole rows; folded 531 px → 16. Measured on the ag-grid version the
  // same day, the rows wholly in sight were 13 and 16 as well: its printed 15 and 18 also counted
  // the row behind the pinned total and the total itself, both inside the grid's box.
  await expect.poll(rowsFullyVisible, { message: 'rows on screen with the settings open' }).toBeGreaterThanOrEqual(13);
  const open = await rowsOnScreen();
  // every row the viewport holds is drawn whole: no row lost under the header, total or a scrollbar
  expect(open.visible, `rows in a ${open.viewport} px viewport`).toBe(Math.floor(open.viewport / ROW_PX));
  console.log(`rows fully on screen at 1440x900, settings open: ${open.visible} (rows' viewport ${open.viewport} px)`);
  await keepScreenshot(page, testInfo, 'explore-density-settings-open', false);

  await page.getByRole('button', { name: 'Hide settings' }).click();
  await expect(page.getByTestId('settings-summary')).toContainText('Rows: ResourceId');
  await expect(page.getByTestId('zone-rows')).toHaveCount(0);
  await expect.poll(rowsFullyVisible).toBeGreaterThanOrEqual(16);
  const folded = await rowsOnScreen();
  expect(folded.visible, `rows in a ${folded.viewport} px viewport`).toBe(Math.floor(folded.viewport / ROW_PX));
  console.log(`rows fully on screen at 1440x900, settings folded: ${folded.visible} (rows' viewport ${folded.viewport} px)`);
  // the whole grid, its total row included, is on screen without scrolling the page
  const gridBottom = await grid().evaluate((g) => g.getBoundingClientRect().bottom);
  const mainBottom = await page.locator('main').evaluate((m) => m.getBoundingClientRect().bottom);
  expect(gridBottom).toBeLessThanOrEqual(mainBottom);
  await keepScreenshot(page, testInfo, 'explore-density-settings-folded', false);
});

test('the keyboard in the pivot: arrows, Home / End, PageDown / PageUp, Enter drills', async () => {
  // rows are ResourceIds by cost, largest first (i-0000300 $3.00, i-0000299 $2.99, …); columns
  // the label, Jan, Feb, Mar 2026 and Total. 16 whole rows on screen (above): a page is 15, so
  // the row left behind stays in sight
  const at = (row: number, col: string) => grid().locator(`.dg-body [role="row"][data-row-index='${row}'] [data-col-id='${col}']`);
  const jan = `cost@${encodeURIComponent(JSON.stringify(['2026-01']))}`;
  const feb = `cost@${encodeURIComponent(JSON.stringify(['2026-02']))}`;
  await at(0, jan).click();
  await expect(at(0, jan)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(at(0, feb)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(at(1, feb)).toBeFocused();
  await page.keyboard.press('End');
  await expect(at(1, 'cost@total')).toBeFocused();
  await expect(at(1, 'cost@total')).toHaveText('$2.99');
  await page.keyboard.press('Home');
  await expect(at(1, 'label')).toBeFocused();
  await expect(at(1, 'label')).toHaveText('i-0000299');
  await page.keyboard.press('PageDown');
  await expect(at(16, 'label')).toBeFocused();
  await expect(at(16, 'label')).toHaveText('i-0000284');
  await page.keyboard.press('PageDown');
  await expect(at(31, 'label')).toBeFocused();
  await expect(at(31, 'label')).toHaveText('i-0000269');
  // the focused row was scrolled into the rows' viewport, whole, not under the total
  expect(await rowsFullyVisible()).toBe(16);
  const focused = await grid().evaluate((g) => {
    const r = document.activeElement!.getBoundingClientRect();
    return { top: r.top >= g.querySelector('.dg-head')!.getBoundingClientRect().bottom - 1, bottom: r.bottom <= g.querySelector('.dg-foot')!.getBoundingClientRect().top + 1 };
  });
  expect(focused).toEqual({ top: true, bottom: true });
  await page.keyboard.press('PageUp');
  await expect(at(16, 'label')).toBeFocused();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(at(0, 'label')).toBeFocused();
  await expect(at(0, 'label')).toHaveText('i-0000300');
  // Enter on a figure drills to its line items: i-0000300 in January, one line of $3.00
  await page.keyboard.press('ArrowRight');
  await expect(at(0, jan)).toBeFocused();
  await page.keyboard.press('Enter');
  const drill = page.getByTestId('drill-panel');
  await expect(drill.getByRole('heading')).toHaveText('Line items: i-0000300 · Jan 2026');
  await expect(page.getByTestId('drill-summary')).toContainText('1 line item · Effective cost $3.00');
  await page.getByRole('button', { name: 'Close line items' }).click();
  await expect(drill).toHaveCount(0);
});

test('folded settings stay folded after a reload', async () => {
  await page.reload();
  await expect(page.getByTestId('settings-summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show settings' })).toHaveAttribute('aria-expanded', 'false');
});

test('from the heading to the grid takes a few Tab presses, not one per field', async ({ browserName: _b }, testInfo) => {
  await expect(bodyRows().first()).toBeVisible();
  // folded settings (as the reload left them)
  await page.getByRole('heading', { level: 1 }).click();
  const folded = await tabsToGrid(60);
  expect(folded).toBeLessThanOrEqual(14);
  await page.getByRole('button', { name: 'Show settings' }).click();
  await page.getByRole('heading', { level: 1 }).click();
  const open = await tabsToGrid(60);
  // the field list counts once whatever the number of fields (there are 40+ here)
  expect(open).toBeLessThanOrEqual(30);
  testInfo.annotations.push({ type: 'tab presses to the grid', description: `settings folded ${folded}, open ${open}` });
  console.log(`tab presses to the grid: settings folded ${folded}, open ${open}`);
});

test('a wide pivot: the horizontal scrollbar covers neither the last row nor the total', async ({ browserName: _b }, testInfo) => {
  // the reload started a new view: services by month; by day it is a column per day with data
  await expect(page.getByTestId('zone-rows').locator('.chip-label')).toHaveText(['ServiceName']);
  await page.getByLabel('Time grain').selectOption('day');
  await expect(page.getByTestId('result-status')).toContainText('5 rows');
  // the month view also had 5 rows: wait for the day columns themselves (many more than 3 months and a total)
  await expect.poll(() => grid().getByRole('treegrid').getAttribute('aria-colcount').then(Number)).toBeGreaterThan(10);
  await expect(grid().getByRole('treegrid')).not.toHaveAttribute('aria-busy', 'true');
  await expect(grid().locator('[role="columnheader"][data-col-id] .dg-header-text').first()).toHaveText('ServiceName');
  const box = await grid().evaluate((g) => {
    // the native horizontal scrollbar: the strip under the scrolling box's client area
    const scroller = g.querySelector<HTMLElement>('.dg-scroll')!;
    const outer = scroller.getBoundingClientRect();
    const strip = scroller.offsetHeight - scroller.clientHeight;
    const scroll = { top: outer.bottom - strip, bottom: outer.bottom, height: strip };
    const rect = (e: Element) => e.getBoundingClientRect();
    const body = [...g.querySelectorAll('.dg-body [role="row"]')].map(rect);
    const total = [...g.querySelectorAll('.dg-foot [role="row"]')].map(rect);
    // how many pixels of a row the scrollbar's strip lies over (a shared border line is 1 px)
    const covered = (r: DOMRect) => Math.max(0, Math.min(r.bottom, scroll.bottom) - Math.max(r.top, scroll.top));
    const outside = (r: DOMRect) => r.bottom > g.getBoundingClientRect().bottom + 1;
    return {
      scrollbar: scroll.height,
      bodyRows: body.length,
      totalRows: total.length,
      worstCover: Math.max(...[...body, ...total].map(covered)),
      clipped: [...body, ...total].filter(outside).length,
    };
  });
  expect(box.scrollbar, 'the columns are wider than the grid: a horizontal scrollbar shows').toBeGreaterThan(0);
  expect(box).toMatchObject({ bodyRows: 5, totalRows: 1, clipped: 0 });
  expect(box.worstCover, 'pixels of a row under the horizontal scrollbar').toBeLessThanOrEqual(1);
  await keepScreenshot(page, testInfo, 'explore-density-wide-light', false);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await keepScreenshot(page, testInfo, 'explore-density-wide-dark', false);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
});

test('nothing went wrong on the console along the way', () => {
  expect(consoleErrors).toEqual([]);
});
