// The scan estimate of a legacy CUR table laid out as AWS's Athena integration writes it
// (`year=2026/month=1/`): only the period's partition files count, hidden files and folder
// markers do not, every listing page is read. Sizes are the ones the listing gives, by hand.
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { estimateScan } from './athena-estimate.ts';
import type { AthenaTable } from './athena-table.ts';

const LOCATION = 's3://billing/cur/report/report/';
const OBJECTS: [string, number][] = [
  ['cur/report/report/year=2026/month=1/report-00001.snappy.parquet', 100],
  ['cur/report/report/year=2026/month=1/report-00002.snappy.parquet', 20],
  ['cur/report/report/year=2026/month=1/_temporary', 7],
  ['cur/report/report/year=2026/month=1/', 0],
  ['cur/report/report/year=2026/month=10/report-00001.snappy.parquet', 50],
  ['cur/report/report/year=2025/month=1/report-00001.snappy.parquet', 90],
  ['cur/report/report/loose-file.parquet', 30],
];

/** A client answering ListObjectsV2 in pages of 3 keys. */
function fakeS3(): { client: S3Client; prefixes: string[] } {
  const prefixes: string[] = [];
  const client = {
    send: async (cmd: { input: { Prefix: string; ContinuationToken?: string } }) => {
      prefixes.push(cmd.input.Prefix);
      const from = Number(cmd.input.ContinuationToken ?? 0);
      const page = OBJECTS.filter(([k]) => k.startsWith(cmd.input.Prefix)).slice(from, from + 3);
      const more = from + 3 < OBJECTS.length;
      return { Contents: page.map(([Key, Size]) => ({ Key, Size, ETag: '"x"' })), IsTruncated: more, NextContinuationToken: more ? String(from + 3) : undefined };
    },
  } as unknown as S3Client;
  return { client, prefixes };
}

const table = (partitionKeys: string[]): AthenaTable => ({ catalog: 'AwsDataCatalog', database: 'cur', table: 'report', version: 'cur-legacy', columns: new Map(), partitionKeys, location: LOCATION });

describe('scan estimate', () => {
  it('counts the files of the period partition only (month=1 for January), 100 + 20 bytes', async () => {
    const s3 = fakeS3();
    const e = await estimateScan(s3.client, table(['year', 'month']), '2026-01');
    expect(e).toEqual({ bytes: 120, costUsd: 0.00005, objects: 2, partitions: ['year=2026/month=1'], location: LOCATION, listRequests: 3 });
    expect(new Set(s3.prefixes)).toEqual(new Set(['cur/report/report/']));
  });

  it('a table without partitions is scanned whole: 100 + 20 + 50 + 90 + 30 bytes', async () => {
    const e = await estimateScan(fakeS3().client, table([]), '2026-01');
    expect(e).toMatchObject({ bytes: 290, objects: 5, partitions: [] });
  });

  it('no location, no estimate', async () => {
    expect(await estimateScan(fakeS3().client, { ...table([]), location: undefined }, '2026-01')).toBeNull();
  });
});
