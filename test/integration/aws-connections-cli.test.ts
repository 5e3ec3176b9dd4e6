// The connections commands as a script runs them, against the local AWS server: add, list,
// test, a pull by --connection, remove; a flag that the connection already says is refused,
// and a connection that does not work fails the command with its code.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_CUR, startPullServer } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { tempDir } from '../support/workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
let server: AwsServer;
let restore: () => Promise<void>;
let db: string;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 90_000, env: process.env }, (err, stdout, stderr) => {
      ok({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  const dir = tempDir('fw-conn-cli-');
  db = join(dir, 'w.duckdb');
  ({ server, restore } = await startPullServer(dir));
  const part = 'cur/r/20251101-20251201/asm-1/r-00001.csv.gz';
  server.s3.put('billing-reports', part, gzipSync(readFileSync(LEGACY_CUR)));
  server.s3.put('billing-reports', 'cur/r/20251101-20251201/r-Manifest.json', JSON.stringify({ assemblyId: 'asm-1', billingPeriod: { start: '20251101T000000.000Z', end: '20251201T000000.000Z' }, reportKeys: [part] }));
});
afterAll(async () => restore());

describe('connections on the command line', () => {
  it('add, list, test, pull --connection, remove', async () => {
    const add = await cli('connections', 'add', '--db', db, '--name', 'cur', '--kind', 's3', '--bucket', 'billing-reports', '--prefix', 'cur/', '--region', 'us-east-1', '--endpoint-url', server.url);
    expect(add).toMatchObject({ code: 0, stdout: '' });
    expect(add.stderr).toContain(`saved cur: s3://billing-reports/cur/; the default AWS credentials (environment, ~/.aws, SSO), us-east-1, endpoint ${server.url}`);

    const list = await cli('connections', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout).connections.map((c: { connection: unknown }) => c.connection)).toEqual([
      { kind: 's3', name: 'cur', bucket: 'billing-reports', prefix: 'cur/', region: 'us-east-1', endpointUrl: server.url },
    ]);

    const test = await cli('connections', 'test', '--db', db, '--name', 'cur');
    expect(test.code).toBe(0);
    expect(test.stderr).toContain('ok: S3 ListObjectsV2 on s3://billing-reports/cur/: Reached s3://billing-reports/cur/');

    const pull = await cli('s3', 'pull', '--db', db, '--connection', 'cur', '--json');
    expect(pull.code).toBe(0);
    expect(JSON.parse(pull.stdout)).toMatchObject({ name: 'cur', kind: 's3', result: { deliveries: [{ billingPeriod: '2025-11' }], ingest: { rowsLoaded: 15 } } });

    const clash = await cli('s3', 'pull', '--db', db, '--connection', 'cur', '--bucket', 'other-bucket');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/^error: BAD_REQUEST: --bucket comes from the connection cur: leave it out/m);

    const wrongKind = await cli('athena', 'pull', '--db', db, '--connection', 'cur', '--period', '2025-11');
    expect(wrongKind.stderr).toMatch(/^error: CONNECTION_WRONG_KIND: cur is an S3 connection, not an Athena one/m);

    const missing = await cli('s3', 'pull', '--db', db);
    expect(missing.stderr).toMatch(/^error: BAD_REQUEST: required option --bucket not specified \(or name a saved connection with --connection NAME\)/m);

    const remove = await cli('connections', 'remove', '--db', db, '--name', 'cur');
    expect(remove).toMatchObject({ code: 0 });
    expect(JSON.parse((await cli('connections', 'list', '--db', db, '--json')).stdout)).toEqual({ connections: [] });
  });

  it('a connection that does not work fails the command with its code', async () => {
    await cli('connections', 'add', '--db', db, '--name', 'empty', '--kind', 's3', '--bucket', 'billing-reports', '--prefix', 'nothing/', '--endpoint-url', server.url);
    const r = await cli('connections', 'test', '--db', db, '--name', 'empty');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: S3_NO_DELIVERY: The connection does not work yet: Reached the bucket billing-reports, but nothing is stored under the prefix "nothing\/"/m);
  });
});
