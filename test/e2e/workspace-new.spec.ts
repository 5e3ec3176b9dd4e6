// A new workspace in browser mode, as a new user following the quick start would make one for
// their own bill: typed in the Workspace menu (or offered when Open finds no file there), created
// on "Create workspace", refused in words when its folder is missing or the path holds a file
// that is not a workspace (left untouched). Starts on the FOCUS sample workspace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve, type Served } from './support/serve.ts';
import { focusSampleWorkspace } from './support/workspaces.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await serve({ prepare: focusSampleWorkspace });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

const menuButton = () => page.getByRole('button', { name: /^Workspace / });
const panel = () => page.getByRole('dialog', { name: 'Workspace' });
const newForm = () => panel().getByRole('form', { name: 'New workspace' });
const newPath = () => newForm().getByLabel(/^New workspace: full path/);

async function openMenu(): Promise<void> {
  if (!(await panel().isVisible())) await menuButton().click();
  await expect(panel()).toBeVisible();
}

test('a path with no file: Open offers to create it, and Create makes an empty workspace there', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  await expect(page.getByTestId('workspace-name')).toHaveText('analysis.duckdb');
  const mine = join(server.dir, 'my-bill.duckdb');
  await openMenu();
  await panel().getByLabel('Open workspace: path of a workspace file on this machine').fill(mine);
  await page.keyboard.press('Enter');
  await expect(panel().getByRole('alert')).toContainText('WORKSPACE_NOT_FOUND');
  await panel().getByRole('button', { name: 'Create a new workspace at this path…' }).click();
  await expect(newPath()).toBeFocused();
  await expect(newPath()).toHaveValue(mine);
  await expect(panel().getByTestId('new-workspace-target')).toContainText(`Creates an empty workspace at ${mine}`);
  await keepScreenshot(page, testInfo, 'workspace-new-confirm-light', false);
  // nothing exists until the person confirms
  await expect(page.getByTestId('workspace-name')).toHaveText('analysis.duckdb');
  await newForm().getByRole('button', { name: 'Create workspace' }).click();
  await expect(panel().getByTestId('workspace-done')).toContainText(`Created the new workspace ${mine}.`);
  await expect(page.getByTestId('workspace-name')).toHaveText('my-bill.duckdb');
  await expect(page.getByRole('heading', { name: 'This workspace has no billing data yet' })).toBeVisible();
  await expect(page.getByTestId('status-rows')).toContainText('0');
  await keepScreenshot(page, testInfo, 'workspace-new-created-light', false);
});

test('New workspace… refuses a missing folder and a file that is not a workspace, in words', async ({ browserName: _b }, testInfo) => {
  await page.keyboard.press('Escape');
  await openMenu();
  await panel().getByRole('button', { name: 'New workspace…' }).click();
  const missing = join(server.dir, 'no-such-folder', 'q4.duckdb');
  await newPath().fill(missing);
  await page.keyboard.press('Enter');
  await expect(panel().getByRole('alert')).toContainText(`The folder ${join(server.dir, 'no-such-folder')} does not exist`);
  await expect(panel().getByRole('alert')).toContainText('WORKSPACE_FOLDER_NOT_FOUND');
  await expect(panel().getByRole('alert')).toContainText('What to do: Check the folder part of the path');
  await expect(newPath()).toBeFocused();
  await expect(panel()).toContainText('my-bill.duckdb is still open.');

  const notes = join(server.dir, 'notes.csv');
  writeFileSync(notes, 'name,email\nAda,ada@example.com\n');
  await newPath().fill(notes);
  await page.keyboard.press('Enter');
  await expect(panel().getByRole('alert')).toContainText(`${notes} already exists and is not a workspace; it was left untouched`);
  await expect(panel().getByRole('alert')).toContainText('WORKSPACE_NOT_A_WORKSPACE');
  expect(readFileSync(notes, 'utf8')).toBe('name,email\nAda,ada@example.com\n');
  await expect(page.getByTestId('workspace-name')).toHaveText('my-bill.duckdb');
  await keepScreenshot(page, testInfo, 'workspace-new-refused-light', false);
});

test('a name without an extension becomes a .duckdb file; in the dark theme', async ({ browserName: _b }, testInfo) => {
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await openMenu();
  await panel().getByRole('button', { name: 'New workspace…' }).click();
  await newPath().fill(join(server.dir, 'q4-review'));
  await expect(panel().getByTestId('new-workspace-target')).toContainText(`${join(server.dir, 'q4-review.duckdb')}`);
  await keepScreenshot(page, testInfo, 'workspace-new-form-dark', false);
  await newForm().getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveText('q4-review.duckdb');
  await expect(page.getByTestId('workspace-path')).toHaveText(join(server.dir, 'q4-review.duckdb'));
  await keepScreenshot(page, testInfo, 'workspace-new-created-dark', false);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
});
