// The Review view (issue 18, point 3) in browser mode on a small demo workspace: the month picker
// on the last complete month, the pack previewed slide by slide equal to the API's reviewPack for
// the same request (headlines, no-data slides, notes, table cells), PageDown / PageUp between
// slides, a comment saved on blur and shown again after a reload, and the pack exported as PDF and
// PPTX with that comment in both; the PDF's pages are rendered with pdftoppm and kept as
// screenshots beside the preview's (1440×900 and 1280×860).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { ReviewPack } from '../../core/api/review-contract.ts';
import { REVIEW_SLIDE_IDS } from '../../core/review/constants.ts';
import { apiCall } from './support/api-call.ts';
import { REVIEW_DEMO_MONTHS, reviewDemo } from './support/review-workspaces.ts';
import { keepScreenshot, SCREENSHOT_DIR, toTop } from './support/screens.ts';
import type { Served } from './support/serve.ts';
import { openServedPage, type ServedPage } from './support/served-page.ts';

test.describe.configure({ mode: 'serial' });

const PERIOD = '2026-10';
const COMMENT = 'EC2 grew with the autumn launch; Payments owns the follow-up.';
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

let served: ServedPage;
let server: Served;
let page: Page;
let pack: ReviewPack;

test.beforeAll(async ({ browser }) => {
  // generating and loading the demo, then serve building the renderer: minutes on a busy machine
  test.setTimeout(360_000);
  served = await openServedPage(browser, { workspaceName: 'review-demo.duckdb', prepare: reviewDemo, viewport: { width: 1440, height: 900 } });
  ({ server, page } = served);
});

test.afterAll(async () => {
  await served?.close();
});

async function download(action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

async function shootAt(testInfo: TestInfo, name: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await keepScreenshot(page, testInfo, `${name}-${size.width}x${size.height}`, false);
}

const slide = (id: string) => page.getByTestId(`slide-${id}`);

test('opens on the last complete month and previews the pack the API builds, slide by slide', async ({ browserName: _b }, testInfo) => {
  test.setTimeout(240_000);
  await page.goto(`${server.url}#/review`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  // the demo's months, newest first; the running month (today's) is not among them, so October
  await expect(page.getByTestId('review-period').locator('option')).toHaveText(['Oct 2026', 'Sep 2026', 'Aug 2026']);
  expect(REVIEW_DEMO_MONTHS[0]).toBe(PERIOD);
  await expect(page.getByTestId('review-period')).toHaveValue(PERIOD);
  await expect(page.getByTestId('review-slides').locator('article')).toHaveCount(REVIEW_SLIDE_IDS.length, { timeout: 180_000 });

  pack = await apiCall<ReviewPack>(page, server, 'reviewPack', { period: PERIOD, basis: 'Effective' });
  expect(pack.slides.map((s) => s.id)).toEqual([...REVIEW_SLIDE_IDS]);
  await expect(page.getByTestId('review-slides').locator('article h2')).toHaveText(pack.slides.map((s) => s.title));
  for (const s of pack.slides) {
    await expect(page.getByTestId(`headline-${s.id}`)).toHaveText(s.headline);
    if (s.status === 'no-data') {
      await expect(page.getByTestId(`no-data-${s.id}`)).toContainText(s.noDataReason ?? '');
      await expect(slide(s.id).locator('.rv-chart')).toHaveCount(0);
    } else {
      await expect(slide(s.id).locator('.rv-chart')).toHaveCount(s.charts.length);
      for (const c of s.charts) await expect(page.getByTestId(`review-chart-${c.id}`).locator('svg')).toBeVisible();
      await expect(slide(s.id).locator('table')).toHaveCount(s.tables.length);
    }
  }
  // the demo has no business metrics: the unit-costs slide says what to load instead of failing
  expect(pack.slides.find((s) => s.id === 'unit-costs')?.status).toBe('no-data');

  // a money cell and a percent cell as the API holds them, formatted by hand
  const mom = pack.slides.find((s) => s.id === 'month-over-month' && s.status === 'ok');
  const table = mom?.tables[0];
  if (table) {
    const money = table.columns.find((c) => c.kind === 'money');
    const pct = table.columns.find((c) => c.kind === 'percent');
    const row = table.rows[0]!;
    const cells = slide('month-over-month').locator('table').first().locator('tbody tr').first();
    if (money && typeof row[money.key] === 'number') await expect(cells.locator(`td[data-col="${money.key}"]`)).toHaveText(usd.format(row[money.key] as number));
    if (pct && typeof row[pct.key] === 'number') await expect(cells.locator(`td[data-col="${pct.key}"]`)).toHaveText(`${((row[pct.key] as number) * 100).toFixed(1)}%`);
  }

  // speaker notes are folded until opened
  const withNotes = pack.slides.find((s) => s.notes)!;
  const notes = slide(withNotes.id).locator('details.rv-notes');
  await expect(notes.locator('p')).toBeHidden();
  await notes.locator('summary').click();
  await expect(notes.locator('p')).toHaveText(withNotes.notes);
  await notes.locator('summary').click();

  await toTop(page);
  await shootAt(testInfo, 'review-preview', { width: 1440, height: 900 });
  await shootAt(testInfo, 'review-preview', { width: 1280, height: 860 });
  const noData = pack.slides.find((s) => s.status === 'no-data');
  if (noData) {
    await slide(noData.id).scrollIntoViewIfNeeded();
    await shootAt(testInfo, 'review-no-data-slide', { width: 1440, height: 900 });
  }
  expect(served.consoleErrors).toEqual([]);
});

test('PageDown and PageUp move between slides', async ({ browserName: _b }) => {
  await page.getByTestId('review-summary').click();
  await expect(page.getByTestId('review-position')).toHaveText(`Slide 1 of ${REVIEW_SLIDE_IDS.length}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('review-position')).toHaveText(`Slide 3 of ${REVIEW_SLIDE_IDS.length}`);
  await expect(slide(REVIEW_SLIDE_IDS[2])).toBeFocused();
  await expect(slide(REVIEW_SLIDE_IDS[2])).toBeInViewport();
  await page.keyboard.press('PageUp');
  await expect(slide(REVIEW_SLIDE_IDS[1])).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(slide(REVIEW_SLIDE_IDS[2])).toBeFocused();
});

test('a comment is saved when the box loses focus, and is there after a reload', async ({ browserName: _b }, testInfo) => {
  const box = page.getByLabel(/^Comment on slide 4, /);
  await box.fill(COMMENT);
  // typing in the box does not move between slides
  await page.keyboard.press('PageDown');
  await expect(box).toBeFocused();
  await box.blur();
  await expect(page.getByTestId('comment-state-top-movers')).toHaveText('Saved.');
  const again = await apiCall<ReviewPack>(page, server, 'reviewPack', { period: PERIOD, basis: 'Effective' });
  expect(again.slides.find((s) => s.id === 'top-movers')?.comment).toBe(COMMENT);

  await page.reload();
  await expect(page.getByTestId('review-slides').locator('article')).toHaveCount(REVIEW_SLIDE_IDS.length, { timeout: 120_000 });
  await expect(page.getByLabel(/^Comment on slide 4, /)).toHaveValue(COMMENT);
  await slide('top-movers').scrollIntoViewIfNeeded();
  await shootAt(testInfo, 'review-comment', { width: 1440, height: 900 });
});

test('a chart of a slide saves as a PNG', async ({ browserName: _b }) => {
  const first = pack.slides.find((s) => s.charts.length > 0)!;
  const tools = slide(first.id).getByRole('toolbar').first();
  const png = await download(() => tools.getByRole('button', { name: 'Save chart as PNG' }).click());
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.name).toMatch(/\.png$/);
});

test('exports the PDF, with the comment, and its pages render', async ({ browserName: _b }, testInfo) => {
  test.setTimeout(240_000);
  const pdf = await download(() => page.getByRole('button', { name: 'Export PDF' }).click());
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const dir = mkdtempSync(join(tmpdir(), 'fw-review-pdf-'));
  const file = join(dir, pdf.name);
  writeFileSync(file, pdf.bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const s of pack.slides) expect(text).toContain(s.title);
  expect(text.replace(/\s+/g, ' ')).toContain(COMMENT);
  // every page as a picture, kept with the screenshots
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const old of readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith('review-pdf-page-'))) rmSync(join(SCREENSHOT_DIR, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SCREENSHOT_DIR, 'review-pdf-page')]);
  rmSync(dir, { recursive: true, force: true });
  const pages = readdirSync(SCREENSHOT_DIR).filter((f) => /^review-pdf-page-\d+\.png$/.test(f)).sort();
  expect(pages.length).toBeGreaterThanOrEqual(pack.slides.length);
  for (const p of pages) await testInfo.attach(p, { path: join(SCREENSHOT_DIR, p), contentType: 'image/png' });
});

test('exports the PPTX deck, a slide per section, the comment in it', async ({ browserName: _b }) => {
  test.setTimeout(240_000);
  const deck = await download(() => page.getByRole('button', { name: 'Export PowerPoint' }).click());
  expect(deck.name).toMatch(/\.pptx$/);
  expect(deck.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const files = unzipSync(new Uint8Array(deck.bytes));
  const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides).toHaveLength(pack.slides.length);
  const xml = Object.entries(files)
    .filter(([f]) => f.startsWith('ppt/') && f.endsWith('.xml'))
    .map(([, b]) => new TextDecoder().decode(b))
    .join('\n');
  expect(xml).toContain(COMMENT);
  expect(served.consoleErrors).toEqual([]);
});
