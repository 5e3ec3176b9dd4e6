// Saved connections with the real SDK clients against the local AWS server: saved, listed,
// edited and removed in the workspace; "test connection" makes the cheapest real call of each
// kind and says what it found or what is wrong; a pull by connection lands the hand-worked totals;
// previews give the Athena query and Cost Explorer's price; a failed pull is in the history.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { COST_ROWS } from '../support/aws/cost-rows.ts';
import { writeCurForms } from '../support/cur-forms.ts';
import { LEGACY_CUR, startPullServer, TEST_KEY_ID, totalsByAccountAndService, TOTALS_BY_ACCOUNT_AND_SERVICE, workspaceState } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

let server: AwsServer;
let restore: () => Promise<void>;
let t: TestWorkspace;
const BUCKET = 'billing-reports';
const PERIOD_DIR = 'cur/my-report/20251101-20251201';

const s3 = () => ({ kind: 's3' as const, name: 'CUR bucket', region: 'us-east-1', endpointUrl: server.url, bucket: BUCKET, prefix: 'cur/' });
const athena = () => ({ kind: 'athena' as const, name: 'CUR in Athena', region: 'us-east-1', endpointUrl: server.url, database: 'cur', table: 'my_report', outputLocation: 's3://athena-results/pulls/' });
const ce = () => ({ kind: 'costexplorer' as const, name: 'Cost Explorer', endpointUrl: server.url, billingAccountId: '111111111111', groupBy: ['SERVICE', 'LINKED_ACCOUNT'] });

beforeAll(async () => {
  ({ server, restore } = await startPullServer(tempDir('fw-conn-home-')));
  const part = `${PERIOD_DIR}/asm-1/my-report-00001.csv.gz`;
  server.s3.put(BUCKET, part, gzipSync(readFileSync(LEGACY_CUR)));
  server.s3.put(BUCKET, `${PERIOD_DIR}/my-report-Manifest.json`, JSON.stringify({ assemblyId: 'asm-1', billingPeriod: { start: '20251101T000000.000Z', end: '20251201T000000.000Z' }, reportKeys: [part] }));
  const forms = await writeCurForms(LEGACY_CUR, tempDir());
  await server.athena.addTable('cur', 'my_report', `SELECT *, '2025' AS year, '11' AS month FROM read_parquet('${forms.athenaParquet}')`, { partitionKeys: ['year', 'month'], scanBytes: 2_500_000_000 });
  server.costExplorer.rows = COST_ROWS;
  t = await openTestWorkspace();
});
afterAll(async () => {
  t.close();
  await restore();
});

describe('saved connections', () => {
  it('are saved, listed in name order and given back as saved', async () => {
    await t.api.connectionSave({ connection: s3() });
    await t.api.connectionSave({ connection: athena() });
    await t.api.connectionSave({ connection: { ...ce(), profile: 'finops-readonly' } });
    const { connections } = await t.api.connectionsList({});
    expect(connections.map((c) => c.connection)).toEqual([
      { ...ce(), profile: 'finops-readonly' },
      s3(),
      athena(),
    ]);
  });

  it('a name already taken is refused; an edit may rename and keeps the creation time', async () => {
    await expect(t.api.connectionSave({ connection: { ...s3(), prefix: 'other/' } })).rejects.toMatchObject({ code: 'CONNECTION_EXISTS' });
    const before = (await t.api.connectionsList({})).connections.find((c) => c.connection.name === 'Cost Explorer')!;
    const edited = await t.api.connectionSave({ connection: { ...ce(), name: 'Payer CE' }, previousName: 'Cost Explorer' });
    expect(edited.connection).toEqual({ ...ce(), name: 'Payer CE' });
    expect(edited.createdAt).toBe(before.createdAt);
    expect((await t.api.connectionsList({})).connections.map((c) => c.connection.name)).toEqual(['CUR bucket', 'CUR in Athena', 'Payer CE']);
    await expect(t.api.connectionSave({ connection: athena(), previousName: 'CUR bucket' })).rejects.toMatchObject({ code: 'CONNECTION_EXISTS' });
  });

  it('hold names of credentials, never secrets: a secret field, or a profile and keychain keys together, are refused', () => {
    expect(() => validateRequest('connectionSave', { connection: { ...s3(), secretAccessKey: 'wJalr' } })).toThrow(/secretAccessKey/);
    expect(() => validateRequest('connectionSave', { connection: { ...s3(), profile: 'p', keychainKeys: 'k' } })).toThrow(/not both/);
    expect(() => validateRequest('connectionSave', { connection: { ...s3(), kind: 'gcs' } })).toThrow(/BAD_REQUEST|Invalid/);
  });

  it('removing one that is not there says so', async () => {
    await t.api.connectionSave({ connection: { ...s3(), name: 'scratch' } });
    expect(await t.api.connectionDelete({ name: 'scratch' })).toEqual({ name: 'scratch', deleted: true });
    await expect(t.api.connectionDelete({ name: 'scratch' })).rejects.toMatchObject({ code: 'CONNECTION_NOT_FOUND' });
  });
});

describe('test connection', () => {
  it('S3: one ListObjectsV2 of one key on the prefix', async () => {
    const lists = server.calls('s3', 'ListObjectsV2').length;
    const r = await t.api.connectionTest({ name: 'CUR bucket' });
    expect(r).toMatchObject({ ok: true, kind: 's3', costUsd: 0, credentials: 'the default AWS credentials (environment, ~/.aws, SSO)' });
    expect(r.checks).toEqual([{ operation: `S3 ListObjectsV2 on s3://${BUCKET}/cur/`, ok: true, message: `Reached s3://${BUCKET}/cur/: it holds objects (for example ${PERIOD_DIR}/asm-1/my-report-00001.csv.gz).` }]);
    expect(server.calls('s3', 'ListObjectsV2').length).toBe(lists + 1);
  });

  it('S3: an empty prefix and a missing bucket say what to check', async () => {
    const empty = await t.api.connectionTest({ connection: { ...s3(), prefix: 'nothing-here/' } });
    expect(empty.ok).toBe(false);
    expect(empty.checks[0]).toMatchObject({ ok: false, code: 'S3_NO_DELIVERY' });
    expect(empty.message).toContain('nothing is stored under the prefix "nothing-here/"');
    const missing = await t.api.connectionTest({ connection: { ...s3(), bucket: 'no-such-bucket' } });
    expect(missing.checks[0]).toMatchObject({ ok: false, code: 'AWS_REQUEST_FAILED' });
    expect(missing.checks[0]!.message).toContain('NoSuchBucket');
  });

  it('Athena: the workgroup and the table, with its CUR version', async () => {
    const r = await t.api.connectionTest({ name: 'CUR in Athena' });
    expect(r.ok).toBe(true);
    expect(r.checks.map((c) => c.message)).toEqual([
      'Workgroup primary is enabled; query results go to s3://athena-results/pulls/.',
      expect.stringMatching(/^Found cur\.my_report: a legacy Cost and Usage Report table with \d+ columns, partitioned by year, month\.$/),
    ]);
    const noTable = await t.api.connectionTest({ connection: { ...athena(), table: 'nope' } });
    expect(noTable.checks.map((c) => [c.ok, c.code])).toEqual([[true, undefined], [false, 'ATHENA_TABLE_NOT_FOUND']]);
    server.athena.workgroups.set('bare', '');
    const noResults = await t.api.connectionTest({ connection: { ...athena(), workgroup: 'bare', outputLocation: undefined } });
    // the first failure ends the test: the table check would not tell anything more
    expect(noResults.checks).toEqual([expect.objectContaining({ ok: false, code: 'ATHENA_NO_OUTPUT_LOCATION' })]);
  });

  it('Cost Explorer: refused without confirming its $0.01; confirmed, exactly one request', async () => {
    const before = server.calls('costexplorer').length;
    await expect(t.api.connectionTest({ name: 'Payer CE' })).rejects.toMatchObject({ code: 'COSTEXPLORER_CONFIRM' });
    expect(server.calls('costexplorer').length).toBe(before);
    const r = await t.api.connectionTest({ name: 'Payer CE', confirmCost: true });
    expect(r).toMatchObject({ ok: true, costUsd: 0.01 });
    expect(r.checks[0]!.message).toMatch(/^Cost Explorer answered: billed cost on \d{4}-\d{2}-\d{2} was 0 USD\. This test made 1 request \(\$0\.01\)\.$/);
    expect(server.calls('costexplorer').length).toBe(before + 1);
  });

  it('expired credentials: not working, and why', async () => {
    server.expiredKeys.add(TEST_KEY_ID);
    try {
      const r = await t.api.connectionTest({ name: 'CUR bucket' });
      expect(r).toMatchObject({ ok: false, checks: [{ ok: false, code: 'AWS_CREDENTIALS_EXPIRED' }] });
      expect(r.message).toMatch(/^The connection does not work yet: S3 ListObjectsV2 on s3:\/\/billing-reports\/cur\/: the AWS credentials in use have expired/);
    } finally {
      server.expiredKeys.delete(TEST_KEY_ID);
    }
  });
});

describe('pull by connection', () => {
  it('S3: the newest delivery, with the totals of the file', async () => {
    const r = await t.api.connectionPull({ name: 'CUR bucket' });
    expect(r.kind).toBe('s3');
    expect(r.result.ingest.rowsLoaded).toBe(15); // 13 lines + the unused parts of L07 and L11
    expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
  });

  it('Athena: the preview shows the query to copy, with its values written in', async () => {
    const p = await t.api.connectionPreview({ name: 'CUR in Athena', period: '2025-11', extract: 'aggregate', tags: ['Team'] });
    if (p.kind !== 'athena') throw new Error(p.kind);
    expect(p.query.parameters).toEqual(["'2025'", "'11'", "'11'", "'2025-11-01 00:00:00'"]);
    expect(p.query.sql).toContain('"year" = ? AND "month" IN (?, ?)');
    expect(p.query.printable).toContain(`"year" = '2025' AND "month" IN ('11', '11') AND "bill_billing_period_start_date" = CAST('2025-11-01 00:00:00' AS timestamp)`);
    expect(p.query.printable).toContain('"resource_tags_user_team"');
    expect(p.query.printable).not.toContain('?');
  });

  it('Athena: an aggregate pull replaces the period with the same totals, and runs the previewed query', async () => {
    const r = await t.api.connectionPull({ name: 'CUR in Athena', kind: 'athena', period: '2025-11', extract: 'aggregate', tags: ['Team'] });
    if (r.kind !== 'athena') throw new Error(r.kind);
    expect(r.result.source).toBe('athena-aggregate');
    expect(r.result.query.costUsd).toBe(0.0125); // 2.5e9 bytes / 1e12 × $5
    expect(server.athena.executionsStarted().at(-1)!.query).toBe(r.result.query.sql);
    expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
    expect(await query(t.api, `SELECT source, status FROM imports ORDER BY id`)).toEqual([
      { source: 's3', status: 'replaced' },
      { source: 'athena-aggregate', status: 'loaded' },
    ]);
  });

  it('Cost Explorer: the preview counts requests and their price, and asks above 20', async () => {
    expect(await t.api.connectionPreview({ name: 'Payer CE', from: '2026-09-01', to: '2026-12-01' })).toEqual({
      name: 'Payer CE',
      kind: 'costexplorer',
      billingPeriods: ['2026-09', '2026-10', '2026-11'],
      requestsEstimated: 3,
      costUsd: 0.03,
      confirmNeeded: false,
      limit: 20,
    });
    expect(await t.api.connectionPreview({ name: 'Payer CE', from: '2024-01-01', to: '2025-11-01' })).toMatchObject({ requestsEstimated: 22, costUsd: 0.22, confirmNeeded: true });
  });

  it('Cost Explorer: above 20 requests without confirming, nothing is asked of AWS and the attempt is in the history', async () => {
    const before = await workspaceState(t.api);
    const calls = server.calls('costexplorer').length;
    await expect(t.api.connectionPull({ name: 'Payer CE', from: '2024-01-01', to: '2025-11-01' })).rejects.toMatchObject({ code: 'COSTEXPLORER_CONFIRM' });
    expect(server.calls('costexplorer').length).toBe(calls);
    expect(await workspaceState(t.api)).toEqual(before);
    const info = await t.api.info({});
    expect(info.failedImports[0]).toMatchObject({ paths: ['costexplorer://111111111111?from=2024-01-01&to=2025-11-01'], code: 'COSTEXPLORER_CONFIRM' });
  });

  it('Cost Explorer: a pull of two months by connection, grouped as saved', async () => {
    const r = await t.api.connectionPull({ name: 'Payer CE', from: '2026-09-01', to: '2026-11-01' });
    if (r.kind !== 'costexplorer') throw new Error(r.kind);
    expect(r.result).toMatchObject({ billingPeriods: ['2026-09', '2026-10'], groupBy: ['SERVICE', 'LINKED_ACCOUNT'], requests: 2, costUsd: 0.02 });
    expect(server.costExplorer.received.at(-1)!.GroupBy).toEqual([{ Type: 'DIMENSION', Key: 'SERVICE' }, { Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' }]);
  });

  it('a pull that does not fit its connection says which field is out of place', async () => {
    await expect(t.api.connectionPull({ name: 'CUR bucket', kind: 'athena', period: '2025-11' })).rejects.toMatchObject({ code: 'CONNECTION_WRONG_KIND' });
    await expect(t.api.connectionPull({ name: 'CUR in Athena' })).rejects.toMatchObject({ code: 'CONNECTION_BAD_PULL', message: 'CUR in Athena is an Athena connection: name the billing period to pull (YYYY-MM).' });
    await expect(t.api.connectionPull({ name: 'CUR bucket', from: '2026-09-01' })).rejects.toMatchObject({ code: 'CONNECTION_BAD_PULL', message: expect.stringContaining('from does not apply') });
    await expect(t.api.connectionPull({ name: 'nobody' })).rejects.toMatchObject({ code: 'CONNECTION_NOT_FOUND' });
  });
});
