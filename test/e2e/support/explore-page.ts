// Explore over one small prepared workspace, for specs that pivot it and read the grid against
// totals worked by hand: the served page (light, 1440×900), the way into the view, the grid's total.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { openServedPage, type ServedPage } from './served-page.ts';

export async function serveForExplore(browser: Browser, workspaceName: string, prepare: (workspace: string) => Promise<void>): Promise<ServedPage> {
  return openServedPage(browser, { workspaceName, prepare, viewport: { width: 1440, height: 900 } });
}

/** Loads the app and opens Explore (Alt+2), waiting for its heading. */
export async function gotoExplore({ page, server }: Pick<ServedPage, 'page' | 'server'>): Promise<void> {
  await page.goto(server.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
}

export const pivotGrid = (page: Page): Locator => page.getByTestId('pivot-grid');

/** The pivot's grand total: the last cell of the pinned total row. */
export const pivotGrandTotal = (page: Page): Locator => pivotGrid(page).locator('.dg-foot [role="row"] [role="gridcell"]').last();
