// Every chart's Copy / Save PNG / Save SVG (renderer/src/charts/ChartTools.tsx), on the Forecast
// chart of ten hand-written days: an SVG-rendered chart, so its PNG is drawn again on canvas. The
// PNG is a real PNG at twice the chart's size on screen; the SVG holds the chart's own words; Copy
// puts an image/png on the clipboard, read back from the page as another program would paste it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tenDays } from './support/forecast-workspaces.ts';
import { keepScreenshot, SCREENSHOT_DIR } from './support/screens.ts';
import { openServedPage, type ServedPage } from './support/served-page.ts';

test.describe.configure({ mode: 'serial' });

const PNG_SIGNATURE = '89504e470d0a1a0a';

let served: ServedPage;
let page: Page;

test.beforeAll(async ({ browser }) => {
  served = await openServedPage(browser, { workspaceName: 'ten-days.duckdb', prepare: tenDays });
  page = served.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.origin });
  await page.goto(`${served.server.url}#/forecast`);
  await expect(page.getByTestId('forecast-chart').locator('svg text', { hasText: 'Naive projection' }).first()).toBeVisible();
});

test.afterAll(async () => {
  await served?.close();
});

const tools = () => page.getByRole('toolbar', { name: /^Chart: Forecast of / });

async function download(action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Save chart as PNG downloads a PNG of the chart at twice its size on screen', async ({ browserName: _b }, testInfo) => {
  await keepScreenshot(page, testInfo, 'chart-tools-forecast', false);
  const box = await page.getByTestId('forecast-chart').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  const png = await download(() => tools().getByRole('button', { name: 'Save chart as PNG' }).click());
  expect(png.name).toMatch(/^forecast-of-.+\.png$/);
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(pngSize(png.bytes)).toEqual({ width: box.width * 2, height: box.height * 2 });
  await expect(tools().getByRole('status')).toHaveText(`Saved ${png.name}`);
  // the file itself beside the screenshots, to look at
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const saved = join(SCREENSHOT_DIR, 'chart-tools-saved-forecast.png');
  writeFileSync(saved, png.bytes);
  await testInfo.attach('chart-tools-saved-forecast', { path: saved, contentType: 'image/png' });
});

test('Save chart as SVG downloads the chart as SVG text with its legend', async ({ browserName: _b }) => {
  const svg = await download(() => tools().getByRole('button', { name: 'Save chart as SVG' }).click());
  expect(svg.name).toMatch(/^forecast-of-.+\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg/);
  expect(text).toContain('Naive projection');
});

test('Copy chart puts a PNG image on the clipboard', async ({ browserName: _b }) => {
  await tools().getByRole('button', { name: 'Copy chart' }).click();
  await expect(tools().getByRole('status')).toHaveText('Copied as an image');
  const pasted = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const blob = await item.getType('image/png');
    const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    return { types: item.types, head: [...head].map((b) => b.toString(16).padStart(2, '0')).join(''), size: blob.size };
  });
  expect(pasted?.types).toContain('image/png');
  expect(pasted?.head).toBe(PNG_SIGNATURE);
  expect(pasted?.size).toBeGreaterThan(1000);
  expect(served.consoleErrors).toEqual([]);
});
