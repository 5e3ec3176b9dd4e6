// Athena pulls of a CUR 2.0 Data Exports table and of an AWS FOCUS export table, with the real SDK
// clients against the local server (tables over Parquet files in its S3, athena-exports.ts): line
// items and the aggregate each land the totals per account and service of ingesting the same file
// (worked by hand); the scan estimate is the size of the period's files; failures leave the
// workspace as it was.
import { expectConformant } from '../support/expect-conformant.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCurForms } from '../support/cur-forms.ts';
import { writeCostCategorySplitForms } from '../fixtures/cur/cost-categories-split-forms.ts';
import { FOCUS_EXPORT_CSV, FOCUS_TOTALS, putCur2Export, putFocusExport, type ExportTable } from '../support/aws/athena-exports.ts';
import { LEGACY_CUR, startPullServer, TEST_KEY_ID, totalsByAccountAndService, TOTALS_BY_ACCOUNT_AND_SERVICE, workspaceState } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

let server: AwsServer;
let restore: () => Promise<void>;
let cur2: ExportTable;
let focus: ExportTable;
let cur2Parquet: string;

const pull = (t: ExportTable, extra: Record<string, unknown> = {}) => ({
  endpointUrl: server.url,
  region: 'us-east-1',
  database: t.database,
  table: t.table,
  period: '2025-11',
  outputLocation: 's3://athena-results/pulls/',
  ...extra,
});

/** The Athena result file of a pull, as text. */
function resultCsv(outputLocation: string): string {
  const m = /^s3:\/\/([^/]+)\/(.*)$/.exec(outputLocation)!;
  return server.s3.get(m[1]!, m[2]!)!.body.toString('utf8');
}

beforeAll(async () => {
  ({ server, restore } = await startPullServer(tempDir('fw-athena-versions-home-')));
  const dir = tempDir();
  ({ cur2Parquet } = await writeCurForms(LEGACY_CUR, dir));
  cur2 = await putCur2Export(server, cur2Parquet, dir);
  focus = await putFocusExport(server, dir);
});
afterAll(async () => {
  await restore();
});

async function withWorkspace(fn: (t: TestWorkspace) => Promise<void>): Promise<void> {
  const t = await openTestWorkspace();
  try {
    await fn(t);
  } finally {
    t.close();
  }
}

describe('athena pull of a CUR 2.0 Data Exports table', () => {
  it('the same CUR 2.0 file ingested gives the hand-worked totals', () =>
    withWorkspace(async (t) => {
      await t.api.ingest({ paths: [cur2Parquet] });
      expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
    }));

  it('line items, then the aggregate, land the totals of the file; the scan is estimated from the period files', () =>
    withWorkspace(async (t) => {
      const r = await t.api.athenaPull({ ...pull(cur2), extract: 'line-items' });
      expect(r.curVersion).toBe('cur2');
      expect(r.query.parameters).toEqual(["'2025-11'", "'2025-11-01 00:00:00'"]);
      expect(r.query.sql).toContain('CAST("resource_tags" AS JSON)');
      // Discounts go along for the mapping's x_ columns: the total as an exact amount, the map as JSON.
      expect(r.query.sql).toContain('CAST("discount_total_discount" AS DECIMAL(38, 12)) AS "discount_total_discount"');
      expect(resultCsv(r.query.outputLocation)).toContain('"{""edp_discount"":-0.05}"');
      expect(r.ingest.files[0]?.status).toBe('loaded');
      expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
      await expectConformant(t.api);
      // The estimate is the two data files put in BILLING_PERIOD=2025-11 (not _SUCCESS, not 2025-10).
      const sizes = cur2.periodFiles.map((f) => f.bytes);
      expect(sizes).toHaveLength(2);
      expect(r.estimate).toEqual({ bytes: sizes[0]! + sizes[1]!, costUsd: 0.00005, objects: 2, partitions: ['billing_period=2025-11'], location: 's3://cur-data/exports/my-export/data/', listRequests: 1 });
      // Athena read the same files: the 10 MB minimum is what a query this small costs ($0.00005).
      expect(r.query.bytesScanned).toBe(sizes[0]! + sizes[1]!);
      expect(r.query.costUsd).toBe(0.00005);

      const a = await t.api.athenaPull({ ...pull(cur2), extract: 'aggregate', tags: ['Team'], costCategories: ['Environment'] });
      expect(a.source).toBe('athena-aggregate');
      expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
      await expectConformant(t.api);
      expect(await query(t.api, `SELECT source, status, format FROM imports ORDER BY id`)).toEqual([
        { source: 'athena', status: 'replaced', format: 'cur2-csv' },
        { source: 'athena-aggregate', status: 'loaded', format: 'cur2-csv' },
      ]);
      // L01 (2025-11-03 00:00 to 10:00, Team=payments) is one day with no resource, its tag kept.
      const [usage] = await query(t.api, `SELECT strftime(ChargePeriodStart, '%Y-%m-%d %H:%M') AS s, strftime(ChargePeriodEnd, '%Y-%m-%d %H:%M') AS e, ResourceId AS r, Tags['team'] AS team, ServiceName AS service, BilledCost::VARCHAR AS billed
        FROM focus WHERE x_LineItemType = 'Usage'`);
      expect(usage).toEqual({ s: '2025-11-03 00:00', e: '2025-11-04 00:00', r: null, team: 'payments', service: 'Amazon Elastic Compute Cloud', billed: '0.960000000000' });
      // Cost categories reach the ingest in the CUR's own shape: the cost_category map, as JSON.
      const csv = resultCsv(a.query.outputLocation);
      expect(csv.split('\n')[0]).toContain('"cost_category"');
      // ... and the mapping carries them: Environment=prod on L01, L09 and L10 (Team=payments), billed
      // 0.96 + 1.92 − 1.92; the rest of the month (2013.11 in all) has no cost category.
      expect(await query(t.api, `SELECT x_CostCategories['Environment'] AS env, sum(BilledCost)::VARCHAR AS billed FROM focus GROUP BY 1 ORDER BY 1 NULLS LAST`)).toEqual([
        { env: 'prod', billed: '0.960000000000' },
        { env: null, billed: '2012.150000000000' },
      ]);
      // Discount totals are summed like the costs: L01's row of the aggregate carries its -0.05.
      expect(a.query.sql).toMatch(/sum\("s\d+"\) AS "discount_total_discount"/);
      expect(csv).toContain('"-0.050000000000"');
      expect(csv).toContain('"{""Environment"":""prod""}"');
    }));
});

describe('athena pull of a legacy CUR table with cost categories', () => {
  it('--cost-categories keeps the cost_category_ columns, which the mapping carries into x_CostCategories', () =>
    withWorkspace(async (t) => {
      const forms = await writeCostCategorySplitForms(tempDir());
      await server.athena.addTable('cur', 'categorized', `SELECT *, '2026' AS year, '10' AS month FROM read_parquet('${forms.athenaParquet}')`, { partitionKeys: ['year', 'month'] });
      const a = await t.api.athenaPull({ ...pull({ database: 'cur', table: 'categorized', location: '', periodFiles: [] }), period: '2026-10', extract: 'aggregate', costCategories: ['CostCenter'] });
      expect(a.query.sql).toContain('"cost_category_cost_center" AS');
      // Billed (net unblended) of legacy-cost-categories-split.csv by CostCenter, by hand: Platform
      // S01 0.936 (S02-S05 are 0); Data S06 4.50; none S07 1.80 + S08 (tax) 0.85. The Athena form
      // spells the category as AWS's snake_case does (cost_center), as a file of that form loads.
      expect(await query(t.api, `SELECT x_CostCategories['cost_center'] AS center, sum(BilledCost)::VARCHAR AS billed FROM focus GROUP BY 1 ORDER BY 1 NULLS LAST`)).toEqual([
        { center: 'Data', billed: '4.500000000000' },
        { center: 'Platform', billed: '0.936000000000' },
        { center: null, billed: '2.650000000000' },
      ]);
    }));
});

describe('athena pull of an AWS FOCUS export table', () => {
  it('the same FOCUS file ingested gives the hand-worked totals', () =>
    withWorkspace(async (t) => {
      await t.api.ingest({ paths: [FOCUS_EXPORT_CSV] });
      expect(await totalsByAccountAndService(t.api)).toEqual(FOCUS_TOTALS);
      await expectConformant(t.api);
    }));

  it('line items, then the aggregate, land the totals of the file, named as FOCUS names them', () =>
    withWorkspace(async (t) => {
      const r = await t.api.athenaPull({ ...pull(focus), extract: 'line-items' });
      expect(r.curVersion).toBe('focus');
      await expectConformant(t.api);
      expect(r.query.sql).toContain('CAST("billedcost" AS DECIMAL(38, 12)) AS "BilledCost"');
      expect(await totalsByAccountAndService(t.api)).toEqual(FOCUS_TOTALS);
      const sizes = focus.periodFiles.map((f) => f.bytes);
      expect(r.estimate?.bytes).toBe(sizes[0]! + sizes[1]!);
      expect(r.estimate?.partitions).toEqual(['billing_period=2025-11']);
      expect(r.query.bytesScanned).toBe(sizes[0]! + sizes[1]!);
      const [line] = await query(t.api, `SELECT ResourceId AS r, Tags['user:Team'] AS team, x_UsageType AS ut FROM focus WHERE ResourceId = 'i-0bbb'`);
      expect(line).toEqual({ r: 'i-0bbb', team: 'search', ut: 'BoxUsage:m5.large' });

      const a = await t.api.athenaPull({ ...pull(focus), extract: 'aggregate', tags: ['Team'], costCategories: ['Environment'] });
      expect(await totalsByAccountAndService(t.api)).toEqual(FOCUS_TOTALS);
      await expectConformant(t.api);
      expect(await query(t.api, `SELECT source, status FROM imports ORDER BY id`)).toEqual([
        { source: 'athena', status: 'replaced' },
        { source: 'athena-aggregate', status: 'loaded' },
      ]);
      // The two on-demand hours of 2025-11-03 stay apart by their Team tag; the key is spelled as
      // the export spells it (`user:Team`), and the spelling the data does not use is not there.
      const hours = await query(t.api, `SELECT map_keys(Tags) AS keys, Tags['user:Team'] AS team, BilledCost::VARCHAR AS billed, ResourceId AS r
        FROM focus WHERE ChargePeriodStart = TIMESTAMP '2025-11-03' AND ChargeCategory = 'Usage' ORDER BY team`);
      expect(hours).toEqual([
        { keys: ['user:Team'], team: 'payments', billed: '0.096000000000', r: null },
        { keys: ['user:Team'], team: 'search', billed: '0.096000000000', r: null },
      ]);
      const csv = resultCsv(a.query.outputLocation);
      expect(csv.split('\n')[0]).toContain('"x_CostCategories"');
      // The mapping carries them: prod on F01 (0.096) and F03 (0 billed), dev on F02 (0.096); the
      // other lines (1.255 billed in all) have none.
      expect(await query(t.api, `SELECT x_CostCategories['Environment'] AS env, sum(BilledCost)::VARCHAR AS billed FROM focus GROUP BY 1 ORDER BY 1 NULLS LAST`)).toEqual([
        { env: 'dev', billed: '0.096000000000' },
        { env: 'prod', billed: '0.096000000000' },
        { env: null, billed: '1.063000000000' },
      ]);
    }));
});

describe('athena pulls of CUR 2.0 and FOCUS tables: failures leave the workspace as it was', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [LEGACY_CUR] });
  });
  afterAll(() => t.close());

  for (const which of ['cur2', 'focus'] as const) {
    const table = () => (which === 'cur2' ? cur2 : focus);

    it(`${which}: a failed query`, async () => {
      const before = await workspaceState(t.api);
      server.athena.nextQueries.push({ fail: 'HIVE_BAD_DATA: Error parsing field value' });
      await expect(t.api.athenaPull({ ...pull(table()), extract: 'aggregate', tags: ['Team'] })).rejects.toMatchObject({ code: 'ATHENA_QUERY_FAILED', message: expect.stringContaining('HIVE_BAD_DATA') });
      expect(await workspaceState(t.api)).toEqual(before);
    });

    it(`${which}: a cancelled query is stopped in Athena`, async () => {
      const before = await workspaceState(t.api);
      const stops = server.calls('athena', 'StopQueryExecution').length;
      server.athena.nextQueries.push({ hold: true });
      const controller = new AbortController();
      const call = t.api.athenaPull({ ...pull(table()), extract: 'line-items' }, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.message.startsWith('Athena query running')) controller.abort();
        },
      });
      await expect(call).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(server.athena.executionsStarted().at(-1)?.state).toBe('CANCELLED');
      expect(server.calls('athena', 'StopQueryExecution').length - stops).toBe(1);
      expect(await workspaceState(t.api)).toEqual(before);
    });

    it(`${which}: expired credentials`, async () => {
      const before = await workspaceState(t.api);
      server.expiredKeys.add(TEST_KEY_ID);
      try {
        await expect(t.api.athenaPull({ ...pull(table()), extract: 'line-items' })).rejects.toMatchObject({ code: 'AWS_CREDENTIALS_EXPIRED' });
      } finally {
        server.expiredKeys.delete(TEST_KEY_ID);
      }
      expect(await workspaceState(t.api)).toEqual(before);
    });

    it(`${which}: credentials that expire while the result is fetched`, async () => {
      const before = await workspaceState(t.api);
      server.failNext('s3', 'GetObject', { kind: 'expired' });
      await expect(t.api.athenaPull({ ...pull(table()), extract: 'aggregate' })).rejects.toMatchObject({ code: 'AWS_CREDENTIALS_EXPIRED', message: expect.stringContaining('S3 GetObject') });
      expect(server.athena.executionsStarted().at(-1)?.state).toBe('SUCCEEDED');
      expect(await workspaceState(t.api)).toEqual(before);
    });
  }

  it('a cost category that a legacy CUR table has no column for is refused before any query runs', async () => {
    const legacy = await writeCurForms(LEGACY_CUR, tempDir());
    await server.athena.addTable('cur', 'legacy_report', `SELECT *, '2025' AS year, '11' AS month FROM read_parquet('${legacy.athenaParquet}')`, { partitionKeys: ['year', 'month'] });
    const before = server.calls('athena', 'StartQueryExecution').length;
    await expect(t.api.athenaPull({ ...pull({ database: 'cur', table: 'legacy_report', location: '', periodFiles: [] }), extract: 'aggregate', costCategories: ['Environment'] })).rejects.toMatchObject({
      code: 'ATHENA_UNKNOWN_COST_CATEGORY',
      message: expect.stringContaining('none (add cost categories to the report in Billing)'),
    });
    expect(server.calls('athena', 'StartQueryExecution').length).toBe(before);
    // The legacy table names no location: the pull says it could not estimate, and still runs.
    const r = await t.api.athenaPull({ ...pull({ database: 'cur', table: 'legacy_report', location: '', periodFiles: [] }), extract: 'line-items' });
    expect(r.estimate).toBeNull();
    expect(r.estimateNote).toContain('names no S3 location');
  });
});
