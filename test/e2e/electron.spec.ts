// The desktop app itself, where an Electron binary exists. None can be downloaded on the build
// machines here (npm installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so this runs only when
// ELECTRON_PATH names one; browser mode covers the same renderer and contract everywhere else.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDesktop } from '../../electron/build.ts';
import { FOCUS_SAMPLE } from './support/files.ts';
import { REPO } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

const ELECTRON = process.env.ELECTRON_PATH;

const WHY_SKIPPED = 'Electron e2e skipped: ELECTRON_PATH is not set. No Electron binary can be downloaded on this machine; set ELECTRON_PATH to an Electron 45 executable to run it.';
if (!ELECTRON) process.stderr.write(`${WHY_SKIPPED}\n`);
test.skip(!ELECTRON, WHY_SKIPPED);

test('the desktop window is locked down and imports a file', async ({ browserName: _browser }, testInfo) => {
  test.setTimeout(240_000);
  await buildDesktop();
  const home = mkdtempSync(join(tmpdir(), 'fw-electron-e2e-'));
  const app = await electron.launch({
    executablePath: ELECTRON as string,
    args: [REPO, '--db', join(home, 'w.duckdb'), '--no-sandbox'],
    env: { ...process.env, FINOPS_WORKBENCH_HOME: home } as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
    expect(page.url()).toBe('app://workbench/index.html');

    // the page has no Node and sees only the four bridge functions
    const surface = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { workbench: object }).workbench).sort(),
    }));
    expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: ['cancel', 'invoke', 'on', 'pathForFile'] });
    const refused = await page.evaluate(() => (window as unknown as { workbench: { invoke: (m: string, p: unknown) => Promise<unknown> } }).workbench.invoke('shell.openExternal', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const extra = await page.evaluate(() => (window as unknown as { workbench: { invoke: (m: string, p: unknown) => Promise<unknown> } }).workbench.invoke('info', { sneaky: true }));
    expect(extra).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });

    // navigation away from the app is blocked
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/workbench\//);

    await page.getByLabel('Path of a file or folder on this machine').fill(FOCUS_SAMPLE);
    await page.getByRole('button', { name: 'Import path' }).click();
    await expect(page.getByTestId('import-outcome')).toContainText('Imported 1 file: 1,000 rows');
    await expect(page.getByTestId('total-USD')).toContainText('$20.52');
    await keepScreenshot(page, testInfo, 'electron-data');
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
