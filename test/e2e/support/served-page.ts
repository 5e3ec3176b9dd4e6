// A served workspace and one browser page on it, for a spec's beforeAll: the window size, the colour
// scheme, and the console errors the view raises (those a test provokes on purpose are named and
// left out). close() is the afterAll.
import type { Browser, Page } from '@playwright/test';
import { serve, type Served } from './serve.ts';

export interface ServedPage {
  server: Served;
  page: Page;
  /** Console errors and uncaught exceptions of the page, except the expected ones. */
  consoleErrors: string[];
  close: () => Promise<void>;
}

export async function openServedPage(
  browser: Browser,
  opts: Parameters<typeof serve>[0] & { expectedConsole?: readonly string[]; viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<ServedPage> {
  const { expectedConsole = [], viewport = { width: 1440, height: 1000 }, colorScheme = 'light', ...serveOpts } = opts;
  const server = await serve(serveOpts);
  const page = await browser.newPage({ viewport });
  await page.emulateMedia({ colorScheme });
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !expectedConsole.some((e) => m.text().includes(e)) && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    server,
    page,
    consoleErrors,
    close: async () => {
      await page.close();
      await server.stop();
    },
  };
}
