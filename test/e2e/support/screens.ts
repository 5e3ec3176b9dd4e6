// Screenshots are test artifacts: written to test-results/e2e-screenshots and attached to the report.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { REPO } from './serve.ts';

export const SCREENSHOT_DIR = join(REPO, 'test-results', 'e2e-screenshots');

export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

/** Views scroll inside <main>: a screenshot of a view starts at its top. */
export async function toTop(page: Page): Promise<void> {
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
}

/** Records every progress message and percentage the page shows, however briefly. */
export const RECORD_PROGRESS = `
  window.__progress = [];
  new MutationObserver(() => {
    const box = document.querySelector('[data-testid="import-progress"]');
    if (!box) return;
    const msg = box.querySelector('.progress-message')?.textContent ?? '';
    const pct = box.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
    const last = window.__progress[window.__progress.length - 1];
    if (!last || last.msg !== msg || last.pct !== pct) window.__progress.push({ msg, pct });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`;
