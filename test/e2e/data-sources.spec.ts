// The Sources section end to end in browser mode, against the local AWS server in this process:
// add an S3 connection signed by a profile the app found, test it, pull, see the month in the
// periods table; an Athena connection whose query is shown before it runs; Cost Explorer's price
// before a pull, asking above 20 requests. No response the page receives carries a secret.
// Expected figures: legacy-all-line-types.csv, payer 111111111111, November 2025, by hand from
// the per-account totals in test/support/aws/pull-fixture.ts: billed 100 + 1,001.50 + 911.91
// - 0.30 = $2,013.11; effective 100 + 0.30 + 3.275 - 0.30 = $103.275, shown $103.28.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { LEGACY_CUR } from '../support/aws/pull-fixture.ts';
import { startAwsServer, type AwsServer } from '../support/aws/server.ts';
import { writeCurForms } from '../support/cur-forms.ts';
import { keepScreenshot, RECORD_PROGRESS } from './support/screens.ts';
import { serve, type Served } from './support/serve.ts';

test.describe.configure({ mode: 'serial' });

const ENV_SECRET = `env-secret-${Date.now()}-wJalrXUtnFEMI`;
const PROFILE_SECRET = `profile-secret-${Date.now()}-bPxRfiCYEXAMPLE`;
const PROFILE_KEY_ID = 'AKIDE2EPROFILE';
const BUCKET = 'billing-reports';

let aws: AwsServer;
let server: Served;
let page: Page;
const bodies: Promise<string>[] = [];

test.beforeAll(async ({ browser }) => {
  aws = await startAwsServer();
  const part = 'cur/my-report/20251101-20251201/asm-1/my-report-00001.csv.gz';
  aws.s3.put(BUCKET, part, gzipSync(readFileSync(LEGACY_CUR)));
  aws.s3.put(BUCKET, 'cur/my-report/20251101-20251201/my-report-Manifest.json', JSON.stringify({ assemblyId: 'asm-1', billingPeriod: { start: '20251101T000000.000Z', end: '20251201T000000.000Z' }, reportKeys: [part] }));
  const aside = mkdtempSync(join(tmpdir(), 'fw-e2e-aws-'));
  const forms = await writeCurForms(LEGACY_CUR, aside);
  await aws.athena.addTable('cur', 'my_report', `SELECT *, '2025' AS year, '11' AS month FROM read_parquet('${forms.athenaParquet}')`, { partitionKeys: ['year', 'month'], scanBytes: 2_500_000_000 });
  // the analyst's ~/.aws: a profile with keys, which the app lists and uses by name only
  writeFileSync(join(aside, 'config'), '[default]\nregion = us-east-1\n\n[profile finops-readonly]\nregion = us-east-1\n');
  writeFileSync(join(aside, 'credentials'), `[finops-readonly]\naws_access_key_id = ${PROFILE_KEY_ID}\naws_secret_access_key = ${PROFILE_SECRET}\n`);
  server = await serve({
    env: {
      AWS_CONFIG_FILE: join(aside, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(aside, 'credentials'),
      AWS_ACCESS_KEY_ID: 'AKIDE2EENV',
      AWS_SECRET_ACCESS_KEY: ENV_SECRET,
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await page.addInitScript(RECORD_PROGRESS);
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) bodies.push(r.text().catch(() => ''));
  });
  await page.goto(server.url);
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
  await aws?.close();
});

const sources = () => page.locator('section[aria-labelledby="sources-title"]');
const field = (label: string) => sources().getByLabel(label, { exact: true });

async function addConnection(kind: string, name: string, fields: Record<string, string>): Promise<void> {
  await sources().getByRole('button', { name: 'Add a connection…' }).click();
  await field('Source').selectOption({ label: kind });
  await field('Connection name').fill(name);
  for (const [label, value] of Object.entries(fields)) await field(label).fill(value);
}

test('an S3 connection signed by a profile the app found: tested, saved', async ({ browserName: _b }, testInfo) => {
  await expect(sources().getByRole('heading', { name: 'Pull from AWS' })).toBeVisible();
  await expect(sources()).toContainText('No connections yet.');
  await addConnection('CUR files in S3', 'Production CUR', { Bucket: BUCKET, 'Report folder (prefix)': 'cur/', Region: 'us-east-1', 'Endpoint URL (optional)': aws.url });
  await sources().getByLabel('An AWS profile').check();
  await expect(sources().getByLabel('AWS profile', { exact: true }).locator('option')).toHaveText(['Choose a profile…', 'default', 'finops-readonly']);
  await sources().getByLabel('AWS profile', { exact: true }).selectOption('finops-readonly');
  await sources().getByRole('button', { name: 'Test connection' }).click();
  const outcome = sources().getByTestId('connection-test');
  await expect(outcome).toContainText('works');
  await expect(outcome).toContainText(`Reached s3://${BUCKET}/cur/: it holds objects`);
  await expect(outcome).toContainText('Signed in with profile finops-readonly. This test cost nothing.');
  expect(aws.calls('s3', 'ListObjectsV2').at(-1)?.accessKeyId).toBe(PROFILE_KEY_ID);
  await keepScreenshot(page, testInfo, 'sources-add-s3-tested');
  await sources().getByRole('button', { name: 'Save connection' }).click();
  const row = sources().getByTestId('connections-table').locator('tr[data-connection="Production CUR"]');
  await expect(row).toContainText('CUR files in S3');
  await expect(row).toContainText(`s3://${BUCKET}/cur/`);
  await expect(row).toContainText('profile finops-readonly, us-east-1');
});

test('a pull from S3 shows progress, then the month in the periods table and the import history', async ({ browserName: _b }, testInfo) => {
  await sources().getByRole('button', { name: 'Pull from Production CUR' }).click();
  await expect(sources().getByRole('form', { name: 'Pull from Production CUR' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'sources-pull-form-s3');
  await sources().getByRole('button', { name: 'Pull from S3' }).click();
  await expect(sources().getByTestId('pull-outcome')).toContainText('2025-11: 1 file (1 downloaded, 0 unchanged)');
  await expect(sources().getByTestId('import-outcome')).toContainText('Imported 1 file: 15 rows');
  const seen = (await page.evaluate('window.__progress')) as { msg: string; pct: string | null }[];
  // the job's own steps reached the page (listing and fetching can pass faster than an event arrives)
  expect(seen.some((p) => /^(Listing|Fetching|Loading|Checking|Saving)/.test(p.msg)), JSON.stringify(seen)).toBe(true);
  const period = page.getByTestId('periods-table').locator('tbody tr').filter({ hasText: 'Nov 2025' }).filter({ hasText: '111111111111' });
  await expect(period).toContainText('15');
  await expect(period).toContainText('$2,013.11');
  await expect(period).toContainText('$103.28');
  await expect(page.getByTestId('history-table')).toContainText('my-report-00001.csv.gz');
  expect(aws.calls('s3', 'GetObject').every((c) => c.accessKeyId === PROFILE_KEY_ID)).toBe(true);
  await keepScreenshot(page, testInfo, 'sources-after-s3-pull');
});

test('an Athena connection: the query shown to copy before it runs, then a daily summary that replaces the month', async ({ browserName: _b }, testInfo) => {
  await addConnection('CUR table in Athena', 'CUR in Athena', { Database: 'cur', Table: 'my_report', 'Result location': 's3://athena-results/pulls/', Region: 'us-east-1', 'Endpoint URL (optional)': aws.url });
  await sources().getByRole('button', { name: 'Test connection' }).click();
  await expect(sources().getByTestId('connection-test')).toContainText('Found cur.my_report: a legacy Cost and Usage Report table');
  await sources().getByRole('button', { name: 'Save connection' }).click();
  await sources().getByRole('button', { name: 'Pull from CUR in Athena' }).click();
  await field('Billing period').fill('2025-11');
  await sources().getByRole('radio', { name: /^Daily summary, summed in Athena/ }).check();
  await field('Tags to keep in the summary').fill('Team');
  await sources().getByRole('button', { name: 'Show the query' }).click();
  const query = sources().getByTestId('athena-query');
  await expect(query).toContainText(`"year" = '2025' AND "month" IN ('11', '11')`);
  await expect(query).toContainText('"resource_tags_user_team"');
  await expect(query).toContainText('GROUP BY');
  await keepScreenshot(page, testInfo, 'sources-athena-query');
  // a query that keeps running: cancelled from the app, it is stopped in Athena and nothing changes
  aws.athena.nextQueries.push({ hold: true });
  await sources().getByRole('button', { name: 'Run in Athena and load' }).click();
  await expect(sources().getByTestId('import-progress')).toContainText(/Athena query (queued|running)/i);
  await keepScreenshot(page, testInfo, 'sources-athena-running', false);
  await sources().getByRole('button', { name: 'Cancel pull' }).click();
  await expect(sources().getByRole('alert')).toContainText('Pull cancelled');
  await expect(sources().getByRole('alert')).toContainText('the Athena query was stopped and the workspace is as it was');
  expect(aws.calls('athena', 'StopQueryExecution')).toHaveLength(1);
  await expect(page.getByTestId('history-table').locator('tr.failed-row').first()).toContainText('Athena cur.my_report, 2025-11 (daily summary)');
  await expect(page.getByTestId('history-table').locator('tr.failed-row').first()).toContainText('Cancelled');
  await sources().getByRole('button', { name: 'Run in Athena and load' }).click();
  await expect(sources().getByTestId('pull-outcome')).toContainText('Athena scanned 2.50 GB for 2025-11: $0.0125 at $5 per TB.');
  await expect(page.getByTestId('history-table').locator('tbody tr:not(.failed-row)').first()).toContainText('Athena cur.my_report, 2025-11 (daily summary)');
  await expect(page.getByTestId('history-table')).toContainText('Replaced by a newer delivery');
  await expect(page.getByTestId('status-last-import')).toContainText('Athena cur.my_report, 2025-11 (daily summary)');
  const period = page.getByTestId('periods-table').locator('tbody tr').filter({ hasText: 'Nov 2025' }).filter({ hasText: '111111111111' });
  await expect(period).toContainText('$2,013.11');
  await expect(period).toContainText('$103.28');
  await keepScreenshot(page, testInfo, 'sources-after-athena-pull');
  await page.getByTestId('history-table').scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'sources-import-history', false);
});

test("Cost Explorer: the price of a pull before it runs, and a go-ahead above 20 requests", async ({ browserName: _b }, testInfo) => {
  await addConnection('Cost Explorer', 'Payer CE', { 'Payer account': '111111111111', 'Group by (up to two)': 'SERVICE, LINKED_ACCOUNT', 'Endpoint URL (optional)': aws.url });
  await expect(sources().getByRole('button', { name: 'Test (one request, $0.01)' })).toBeVisible();
  await sources().getByRole('button', { name: 'Save connection' }).click();
  await sources().getByRole('button', { name: 'Pull from Payer CE' }).click();
  await field('From month').fill('2024-01');
  await field('Through month').fill('2025-10');
  const cost = sources().getByTestId('ce-cost');
  await expect(cost).toContainText('This pull makes at least 22 Cost Explorer requests: $0.22 on the AWS bill');
  await expect(cost).toContainText('More than 20 requests needs your go-ahead.');
  const go = sources().getByRole('button', { name: 'Pull from Cost Explorer' });
  await expect(go).toBeDisabled();
  await keepScreenshot(page, testInfo, 'sources-costexplorer-price');
  await cost.getByRole('checkbox', { name: /^Go ahead with 22 or more requests/ }).check();
  await expect(go).toBeEnabled();
  await field('From month').fill('2025-10');
  await expect(cost).toContainText('at least 1 Cost Explorer request: $0.01');
  await expect(go).toBeEnabled();
  // edited (the grouping), then removed after a confirm
  await sources().getByRole('button', { name: 'Edit Payer CE' }).click();
  await expect(field('Source')).toBeDisabled();
  await field('Group by (up to two)').fill('SERVICE');
  await sources().getByRole('button', { name: 'Save connection' }).click();
  const row = sources().getByTestId('connections-table').locator('tr[data-connection="Payer CE"]');
  await expect(row).toContainText('payer account 111111111111, by SERVICE');
  await row.getByRole('button', { name: 'Remove Payer CE' }).click();
  await sources().getByRole('group', { name: 'Confirm removing Payer CE' }).getByRole('button', { name: 'Remove connection' }).click();
  await expect(row).toHaveCount(0);
  await expect(sources().getByTestId('connections-table').locator('tbody tr')).toHaveCount(2);
});

test('no response the page received carries a secret', async () => {
  const all = (await Promise.all(bodies)).join('\n');
  expect(all.length).toBeGreaterThan(1000);
  expect(all).toContain('finops-readonly'); // the profile's name does travel: only secrets must not
  expect(all).not.toContain(ENV_SECRET);
  expect(all).not.toContain(PROFILE_SECRET);
});
