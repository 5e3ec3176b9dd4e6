// The test AWS server answers the real SDK clients as AWS would: S3 pages and ETags, Athena's
// query life cycle with results in S3, Cost Explorer pages, and the scripted failures.
import { AthenaClient, GetQueryExecutionCommand, GetTableMetadataCommand, StartQueryExecutionCommand, StopQueryExecutionCommand } from '@aws-sdk/client-athena';
import { CostExplorerClient, GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsServer, type AwsServer } from '../support/aws/server.ts';
import { tempDir } from '../support/workspace.ts';

let server: AwsServer;
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const config = () => ({ endpoint: server.url, region: 'us-east-1', credentials, retryMode: 'standard', maxAttempts: 3 });

beforeAll(async () => {
  server = await startAwsServer();
});
afterAll(async () => server.close());

describe('S3', () => {
  it('lists in pages, gets and heads objects with their ETag', async () => {
    const s3 = new S3Client({ ...config(), forcePathStyle: true });
    for (const k of ['a/1.csv', 'a/2.csv', 'a/3.csv', 'b/4.csv']) server.s3.put('bills', k, `body of ${k}`);
    server.s3.pageSize = 2;
    const p1 = await s3.send(new ListObjectsV2Command({ Bucket: 'bills', Prefix: 'a/' }));
    expect(p1.Contents?.map((c) => c.Key)).toEqual(['a/1.csv', 'a/2.csv']);
    expect(p1.IsTruncated).toBe(true);
    const p2 = await s3.send(new ListObjectsV2Command({ Bucket: 'bills', Prefix: 'a/', ContinuationToken: p1.NextContinuationToken }));
    expect(p2.Contents?.map((c) => c.Key)).toEqual(['a/3.csv']);
    expect(p2.IsTruncated).toBe(false);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'bills', Key: 'a/1.csv' }));
    expect(await got.Body!.transformToString()).toBe('body of a/1.csv');
    // md5("body of a/1.csv"), computed with `printf 'body of a/1.csv' | md5sum`
    expect(got.ETag).toBe('"9b1f7f853bad27b2e07453f378f41bda"');
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'bills', Key: 'a/1.csv' }));
    expect(head.ETag).toBe(got.ETag);
    expect(head.ContentLength).toBe(15);
  });

  it('refuses expired credentials with ExpiredToken', async () => {
    server.expiredKeys.add('AKIDOLD');
    const s3 = new S3Client({ ...config(), credentials: { accessKeyId: 'AKIDOLD', secretAccessKey: 'x' }, forcePathStyle: true });
    await expect(s3.send(new ListObjectsV2Command({ Bucket: 'bills' }))).rejects.toMatchObject({ name: 'ExpiredToken' });
  });
});

describe('Athena', () => {
  it('runs a query to SUCCEEDED over polls and writes its CSV to the output location', async () => {
    await server.athena.addTable('cur', 'report', `SELECT * FROM (VALUES ('2025', '11', 1.5::DOUBLE), ('2025', '11', 2.25), ('2025', '10', 9.0)) t(year, month, cost)`, { partitionKeys: ['year', 'month'], scanBytes: 123 });
    const athena = new AthenaClient(config());
    const meta = await athena.send(new GetTableMetadataCommand({ CatalogName: 'AwsDataCatalog', DatabaseName: 'cur', TableName: 'report' }));
    expect(meta.TableMetadata?.Columns?.map((c) => `${c.Name}:${c.Type}`)).toEqual(['cost:double']);
    expect(meta.TableMetadata?.PartitionKeys?.map((c) => c.Name)).toEqual(['year', 'month']);
    const { QueryExecutionId } = await athena.send(
      new StartQueryExecutionCommand({ QueryString: 'SELECT sum(cost) AS total FROM "report" WHERE "year" = ? AND "month" = ?', ExecutionParameters: ["'2025'", "'11'"], QueryExecutionContext: { Database: 'cur' }, ResultConfiguration: { OutputLocation: 's3://results/q/' } }),
    );
    const states: string[] = [];
    for (;;) {
      const q = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId }));
      states.push(q.QueryExecution!.Status!.State!);
      if (states.at(-1) === 'SUCCEEDED') {
        expect(q.QueryExecution!.Statistics!.DataScannedInBytes).toBe(123);
        expect(q.QueryExecution!.ResultConfiguration!.OutputLocation).toBe(`s3://results/q/${QueryExecutionId}.csv`);
        break;
      }
    }
    expect(states).toEqual(['QUEUED', 'RUNNING', 'SUCCEEDED']);
    expect(server.s3.get('results', `q/${QueryExecutionId}.csv`)!.body.toString()).toBe('"total"\n"3.75"\n');
  });

  it('fails a query with a parameter outside WHERE, as Athena does', async () => {
    const athena = new AthenaClient(config());
    const { QueryExecutionId } = await athena.send(
      new StartQueryExecutionCommand({ QueryString: 'SELECT ? AS label, sum(cost) AS total FROM "report" WHERE "year" = ?', ExecutionParameters: ["'x'", "'2025'"], QueryExecutionContext: { Database: 'cur' }, ResultConfiguration: { OutputLocation: 's3://results/q/' } }),
    );
    let status;
    do status = (await athena.send(new GetQueryExecutionCommand({ QueryExecutionId }))).QueryExecution!.Status!;
    while (status.State === 'QUEUED' || status.State === 'RUNNING');
    expect(status).toMatchObject({ State: 'FAILED', StateChangeReason: expect.stringContaining('1 execution parameter is outside the WHERE clause') });
  });

  it('holds a table in its S3 like Glue: the location in its metadata, types as Glue writes them, data scanned from the partitions the WHERE keeps', async () => {
    // Two partitions of one Parquet file each, written here; the query keeps month 11 only.
    const dir = tempDir('fw-server-table-');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    for (const month of ['10', '11']) {
      await c.run(`COPY (SELECT ${month}.5::DOUBLE AS cost, MAP {'user_team': 'a'} AS resource_tags) TO '${join(dir, `${month}.parquet`)}' (FORMAT parquet)`);
      server.s3.put('tables', `report/year=2025/month=${month}/part-0.parquet`, readFileSync(join(dir, `${month}.parquet`)));
    }
    c.closeSync();
    db.closeSync();
    await server.athena.addTableFromS3('cur', 's3_report', 's3://tables/report/', ['year', 'month']);
    const athena = new AthenaClient(config());
    const meta = await athena.send(new GetTableMetadataCommand({ CatalogName: 'AwsDataCatalog', DatabaseName: 'cur', TableName: 's3_report' }));
    expect(meta.TableMetadata?.Columns?.map((x) => `${x.Name}:${x.Type}`)).toEqual(['cost:double', 'resource_tags:map<string,string>']);
    expect(meta.TableMetadata?.Parameters?.location).toBe('s3://tables/report/');
    const { QueryExecutionId } = await athena.send(
      new StartQueryExecutionCommand({ QueryString: 'SELECT sum(cost) AS total FROM "s3_report" WHERE "year" = ? AND "month" IN (?, ?) AND cost > 0', ExecutionParameters: ["'2025'", "'11'", "'11'"], QueryExecutionContext: { Database: 'cur' }, ResultConfiguration: { OutputLocation: 's3://results/q/' } }),
    );
    let q;
    do q = (await athena.send(new GetQueryExecutionCommand({ QueryExecutionId }))).QueryExecution!;
    while (q.Status!.State !== 'SUCCEEDED' && q.Status!.State !== 'FAILED');
    expect(q.Statistics!.DataScannedInBytes).toBe(server.s3.get('tables', 'report/year=2025/month=11/part-0.parquet')!.body.length);
    expect(server.s3.get('results', `q/${QueryExecutionId}.csv`)!.body.toString()).toBe('"total"\n"11.5"\n');
  });

  it('fails a scripted query with its reason, and stops a held one', async () => {
    const athena = new AthenaClient(config());
    server.athena.nextQueries.push({ fail: 'HIVE_BAD_DATA: boom' }, { hold: true });
    const start = () => athena.send(new StartQueryExecutionCommand({ QueryString: 'SELECT 1', QueryExecutionContext: { Database: 'cur' } }));
    const failed = (await start()).QueryExecutionId;
    let q;
    do q = (await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: failed }))).QueryExecution!;
    while (q.Status!.State !== 'FAILED');
    expect(q.Status!.StateChangeReason).toBe('HIVE_BAD_DATA: boom');
    const held = (await start()).QueryExecutionId;
    for (let i = 0; i < 5; i++) expect((await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: held }))).QueryExecution!.Status!.State).toBe('RUNNING');
    await athena.send(new StopQueryExecutionCommand({ QueryExecutionId: held }));
    expect((await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: held }))).QueryExecution!.Status!.State).toBe('CANCELLED');
  });

  it('throttles, and the SDK retries', async () => {
    const athena = new AthenaClient(config());
    server.failNext('athena', 'StartQueryExecution', { kind: 'throttle' }, 2);
    const before = server.calls('athena', 'StartQueryExecution').length;
    await athena.send(new StartQueryExecutionCommand({ QueryString: 'SELECT 1', QueryExecutionContext: { Database: 'cur' } }));
    expect(server.calls('athena', 'StartQueryExecution').length - before).toBe(3);
  });
});

describe('Cost Explorer', () => {
  it('groups daily by two keys and pages with NextPageToken', async () => {
    server.costExplorer.rows = [
      { day: '2026-09-01', dimensions: { SERVICE: 'Amazon EC2', LINKED_ACCOUNT: '222' }, metrics: { UnblendedCost: '1.10' } },
      { day: '2026-09-01', dimensions: { SERVICE: 'Amazon EC2', LINKED_ACCOUNT: '222' }, metrics: { UnblendedCost: '0.000000000001' } },
      { day: '2026-09-02', dimensions: { SERVICE: 'Amazon S3', LINKED_ACCOUNT: '333' }, metrics: { UnblendedCost: '2' } },
    ];
    server.costExplorer.daysPerPage = 1;
    const ce = new CostExplorerClient(config());
    const req = { TimePeriod: { Start: '2026-09-01', End: '2026-09-03' }, Granularity: 'DAILY' as const, Metrics: ['UnblendedCost'], GroupBy: [{ Type: 'DIMENSION' as const, Key: 'SERVICE' }, { Type: 'DIMENSION' as const, Key: 'LINKED_ACCOUNT' }] };
    const p1 = await ce.send(new GetCostAndUsageCommand(req));
    expect(p1.ResultsByTime?.[0]?.Groups).toEqual([{ Keys: ['Amazon EC2', '222'], Metrics: { UnblendedCost: { Amount: '1.100000000001', Unit: 'USD' } } }]);
    const p2 = await ce.send(new GetCostAndUsageCommand({ ...req, NextPageToken: p1.NextPageToken }));
    expect(p2.ResultsByTime?.[0]?.TimePeriod).toEqual({ Start: '2026-09-02', End: '2026-09-03' });
    expect(p2.NextPageToken).toBeUndefined();
  });
});
