// s3 pull with the real S3 client against the local AWS server: a legacy CUR delivery found by
// its manifest across listing pages, loaded with the totals of the file; pulled again, nothing is
// downloaded or changed; a restated delivery replaces the period; expired credentials change nothing.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_CUR, startPullServer, TEST_KEY_ID, totalsByAccountAndService, TOTALS_BY_ACCOUNT_AND_SERVICE, workspaceState } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

let server: AwsServer;
let restore: () => Promise<void>;
let t: TestWorkspace;
const BUCKET = 'billing-reports';
const PERIOD_DIR = 'cur/my-report/20251101-20251201';

function deliver(assembly: string, csv: string): void {
  const part = `${PERIOD_DIR}/${assembly}/my-report-00001.csv.gz`;
  server.s3.put(BUCKET, part, gzipSync(csv));
  const manifest = JSON.stringify({ assemblyId: assembly, billingPeriod: { start: '20251101T000000.000Z', end: '20251201T000000.000Z' }, reportKeys: [part] });
  server.s3.put(BUCKET, `${PERIOD_DIR}/${assembly}/my-report-Manifest.json`, manifest);
  server.s3.put(BUCKET, `${PERIOD_DIR}/my-report-Manifest.json`, manifest);
}

beforeAll(async () => {
  ({ server, restore } = await startPullServer(tempDir('fw-s3-home-')));
  server.s3.put(BUCKET, 'cur/README.txt', 'not a report');
  server.s3.put(BUCKET, 'cur/my-report/20251001-20251101/old/notes.txt', 'x');
  deliver('asm-1', readFileSync(LEGACY_CUR, 'utf8'));
  server.s3.pageSize = 2; // 5 objects under cur/ (2 others, the part, 2 manifests): three pages
  t = await openTestWorkspace();
});
afterAll(async () => {
  t.close();
  await restore();
});

const pull = () => t.api.s3Pull({ endpointUrl: server.url, region: 'us-east-1', bucket: BUCKET, prefix: 'cur/' });

describe('s3 pull', () => {
  it('finds the delivery across listing pages and loads the totals of the file', async () => {
    const r = await pull();
    expect(server.calls('s3', 'ListObjectsV2')).toHaveLength(3);
    expect(r.objectsListed).toBe(5);
    expect(r.deliveries).toEqual([{ billingPeriod: '2025-11', manifest: `s3://${BUCKET}/${PERIOD_DIR}/my-report-Manifest.json`, parts: 1, downloaded: 1, unchanged: 0 }]);
    expect(await totalsByAccountAndService(t.api)).toEqual(TOTALS_BY_ACCOUNT_AND_SERVICE);
    expect(await query(t.api, `SELECT source, path, rows FROM imports`)).toEqual([{ source: 's3', path: `s3://${BUCKET}/${PERIOD_DIR}/asm-1/my-report-00001.csv.gz`, rows: 15 }]); // 13 lines + the unused rows of L07 and L11
    expect(server.calls('s3', 'GetObject').every((c) => c.accessKeyId === TEST_KEY_ID)).toBe(true);
  });

  it('pulled again: objects with the same ETag are not downloaded and nothing changes', async () => {
    const before = await workspaceState(t.api);
    const gets = server.calls('s3', 'GetObject').length;
    const r = await pull();
    expect(server.calls('s3', 'GetObject').length).toBe(gets);
    expect(r.deliveries[0]).toMatchObject({ downloaded: 0, unchanged: 1 });
    expect(r.ingest.files.map((f) => f.status)).toEqual(['duplicate']);
    expect(await workspaceState(t.api)).toEqual(before);
  });

  it('a restated delivery replaces the period', async () => {
    // AWS restates November without the EDP discount line L13 (-0.05 on 222…/EC2).
    const restated = readFileSync(LEGACY_CUR, 'utf8').split('\n').filter((l) => !l.startsWith('L13,')).join('\n');
    deliver('asm-2', restated);
    const r = await pull();
    expect(r.deliveries[0]).toMatchObject({ downloaded: 1, unchanged: 0 });
    expect(r.ingest.replacedImports).toEqual([1]);
    const totals = await totalsByAccountAndService(t.api);
    expect(totals.find((x) => x.service === 'Amazon Elastic Compute Cloud')).toEqual({ account: '222222222222', service: 'Amazon Elastic Compute Cloud', billed: '911.960000000000', effective: '3.325000000000' });
  });

  it('expired credentials leave the workspace as it was', async () => {
    const before = await workspaceState(t.api);
    server.expiredKeys.add(TEST_KEY_ID);
    try {
      await expect(pull()).rejects.toMatchObject({ code: 'AWS_CREDENTIALS_EXPIRED' });
    } finally {
      server.expiredKeys.delete(TEST_KEY_ID);
    }
    expect(await workspaceState(t.api)).toEqual(before);
  });

  it('a prefix without a manifest says so', async () => {
    await expect(t.api.s3Pull({ endpointUrl: server.url, region: 'us-east-1', bucket: BUCKET, prefix: 'nothing-here/' })).rejects.toMatchObject({ code: 'S3_NO_DELIVERY' });
  });
});
