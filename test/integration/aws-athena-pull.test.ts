// Athena pulls with the real SDK clients against the local AWS server: a line-item pull and an
// aggregate pushed down to Athena land the same totals per account and service as ingesting the
// CUR file itself (figures by hand in pull-fixture.ts); throttling is retried; a failed query,
// a cancelled query and expired credentials leave the workspace as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCurForms } from '../support/cur-forms.ts';
import { LEGACY_CUR, startPullServer, TEST_KEY_ID, totalsByAccountAndService, TOTALS_BY_ACCOUNT_AND_SERVICE, workspaceState } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

let server: AwsServer;
let restore: () => Promise<void>;
let t: TestWorkspace;

const pull = (extra: Record<string, unknown> = {}) => ({ endpointUrl: server.url, region: 'us-east-1', database: 'cur', table: 'my_report', period: '2025-11', outputLocation: 's3://athena-results/pulls/', ...extra });

beforeAll(async () => {
  const home = tempDir('fw-athena-home-');
  ({ server, restore } = await startPullServer(home));
  const forms = await writeCurForms(LEGACY_CUR, tempDir());
  // The AWS Athena integration's table: snake_case columns, one per tag, partitioned by year and month.
  await server.athena.addTable('cur', 'my_report', `SELECT *, '2025' AS year, '11' AS month FROM read_parquet('${forms.athenaParquet}')`, { partitionKeys: ['year', 'month'], scanBytes: 2_500_000_000 });
  t = await openTestWorkspace();
});
afterAll(async () => {
  t.close();
  await restore();
});

describe('athena pull', () => {
  it('the same CUR ingested as a file gives the hand-worked totals', async () => {
    const other = await openTestWorkspace();
    try {
      await other.api.ingest({ paths: [LEGACY_CUR] });
      expect(await totalsByAccountAndService(other.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
    } finally {
      other.close();
    }
  });

  it('line items: the totals of the file, the import marked as an Athena pull, data scanned and its cost', async () => {
    const r = await t.api.athenaPull({ ...pull(), extract: 'line-items' });
    expect(r.curVersion).toBe('cur-legacy');
    expect(r.query.bytesScanned).toBe(2_500_000_000);
    expect(r.query.costUsd).toBe(0.0125); // 2.5e9 bytes / 1e12 × $5
    expect(r.query.parameters).toEqual(["'2025'", "'11'", "'11'", "'2025-11-01 00:00:00'"]);
    expect(r.ingest.rowsLoaded).toBe(15); // 13 lines, and the unused parts of L07 and L11 as their own rows
    expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
    const [imp] = await query(t.api, `SELECT source, path FROM imports WHERE status = 'loaded'`);
    expect(imp).toEqual({ source: 'athena', path: `athena://cur.my_report?period=2025-11&extract=line-items&execution=${r.query.executionId}` });
    expect(server.calls('athena', 'GetTableMetadata').at(-1)?.accessKeyId).toBe(TEST_KEY_ID);
  });

  it('aggregate: summed in Athena by day, the same totals, replacing the line items of the period', async () => {
    const r = await t.api.athenaPull({ ...pull(), extract: 'aggregate', tags: ['Team'] });
    expect(r.query.sql).toContain('GROUP BY');
    expect(r.query.sql).toContain('"resource_tags_user_team"');
    expect(r.query.sql).not.toContain('"line_item_resource_id"');
    expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
    const imports = await query(t.api, `SELECT source, status FROM imports ORDER BY id`);
    expect(imports).toEqual([
      { source: 'athena', status: 'replaced' },
      { source: 'athena-aggregate', status: 'loaded' },
    ]);
    // L01 (2025-11-03 00:00 to 10:00, Team=payments) becomes one day, no resource, its tag kept
    // (as `team`: Athena's snake_case column names lose the case, as for any Athena-form CUR).
    const [usage] = await query(t.api, `SELECT strftime(ChargePeriodStart, '%Y-%m-%d %H:%M') AS s, strftime(ChargePeriodEnd, '%Y-%m-%d %H:%M') AS e, ResourceId AS r, x_LineItemId AS id, Tags['team'] AS team, BilledCost::VARCHAR AS billed
      FROM focus WHERE x_LineItemType = 'Usage'`);
    expect(usage).toEqual({ s: '2025-11-03 00:00', e: '2025-11-04 00:00', r: null, id: null, team: 'payments', billed: '0.960000000000' });
  });

  it('an unknown tag key is refused before any query runs', async () => {
    const before = server.calls('athena', 'StartQueryExecution').length;
    await expect(t.api.athenaPull({ ...pull(), extract: 'aggregate', tags: ['CostCentre'] })).rejects.toMatchObject({ code: 'ATHENA_UNKNOWN_TAG' });
    expect(server.calls('athena', 'StartQueryExecution').length).toBe(before);
  });

  it('retries throttled requests with backoff', async () => {
    server.failNext('athena', 'StartQueryExecution', { kind: 'throttle' }, 2);
    server.failNext('athena', 'GetQueryExecution', { kind: 'throttle' }, 1);
    const before = server.calls('athena', 'StartQueryExecution').length;
    const r = await t.api.athenaPull({ ...pull(), extract: 'aggregate' });
    expect(server.calls('athena', 'StartQueryExecution').length - before).toBe(3);
    expect(r.ingest.files[0]?.status).toBe('loaded');
    expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
  });
});

describe('athena pull failures leave the workspace as it was', () => {
  it('a failed query', async () => {
    const before = await workspaceState(t.api);
    server.athena.nextQueries.push({ fail: 'HIVE_CANNOT_OPEN_SPLIT: Error opening Hive split' });
    await expect(t.api.athenaPull({ ...pull(), extract: 'line-items' })).rejects.toMatchObject({
      code: 'ATHENA_QUERY_FAILED',
      message: expect.stringContaining('HIVE_CANNOT_OPEN_SPLIT'),
    });
    expect(await workspaceState(t.api)).toEqual(before);
  });

  it('a cancelled query is stopped in Athena', async () => {
    const before = await workspaceState(t.api);
    server.athena.nextQueries.push({ hold: true });
    const controller = new AbortController();
    const call = t.api.athenaPull({ ...pull(), extract: 'line-items' }, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.message.startsWith('Athena query running')) controller.abort();
      },
    });
    await expect(call).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(server.athena.executionsStarted().at(-1)?.state).toBe('CANCELLED');
    expect(server.calls('athena', 'StopQueryExecution')).toHaveLength(1);
    expect(await workspaceState(t.api)).toEqual(before);
  });

  it('expired credentials', async () => {
    const before = await workspaceState(t.api);
    server.expiredKeys.add(TEST_KEY_ID);
    try {
      await expect(t.api.athenaPull({ ...pull(), extract: 'line-items' })).rejects.toMatchObject({ code: 'AWS_CREDENTIALS_EXPIRED', message: expect.stringContaining('Sign in again') });
    } finally {
      server.expiredKeys.delete(TEST_KEY_ID);
    }
    expect(await workspaceState(t.api)).toEqual(before);
  });
});
