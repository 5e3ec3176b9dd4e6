import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../support/system-check.ts';

// End-to-end tests drive browser mode (`finops-workbench serve`) in Debian's Chromium: browser
// downloads are impossible here, so the system browser is used. Screenshots of every view are
// written to test-results/e2e-screenshots and attached to the report.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
});
