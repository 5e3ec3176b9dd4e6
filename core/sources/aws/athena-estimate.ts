// What a pull's query will scan, estimated before it runs and without running anything in Athena:
// the objects under the table's S3 location (Glue's `location`) in the partitions the period
// selects (`year=2026/month=10/`, `BILLING_PERIOD=2026-10/`), summed from ListObjectsV2. Athena
// reads every file of a selected partition (a columnar file partly), so this is the most the
// query can scan; a table without partitions is scanned whole. Files Athena skips (names starting
// with `_` or `.`) and folder markers are left out.
import type { S3Client } from '@aws-sdk/client-s3';
import { athenaCostUsd } from './athena-query.ts';
import type { AthenaTable } from './athena-table.ts';
import { BILLING_PERIOD_PARTITION } from './cur-columns.ts';
import { listAll, parseS3Uri } from './s3-objects.ts';

export interface ScanEstimate {
  bytes: number;
  /** At Athena's $5/TB (10 MB minimum per query). */
  costUsd: number;
  objects: number;
  /** The partitions read, as their paths say (`year=2025/month=11`); empty for a table without partitions. */
  partitions: string[];
  location: string;
  /** ListObjectsV2 requests the estimate made. */
  listRequests: number;
}

/** Partition values of a billing period, by (lower-case) partition key: what periodFilter (athena-sql-parts.ts) keeps. */
export function periodPartitions(t: AthenaTable, period: string): Map<string, Set<string>> {
  const [year, month] = period.split('-') as [string, string];
  const wanted = new Map<string, Set<string>>();
  if (t.partitionKeys.includes('year') && t.partitionKeys.includes('month')) {
    wanted.set('year', new Set([year]));
    wanted.set('month', new Set([String(Number(month)), month]));
  }
  if (t.partitionKeys.includes(BILLING_PERIOD_PARTITION)) wanted.set(BILLING_PERIOD_PARTITION, new Set([period]));
  return wanted;
}

/** The `key=value` folders of an object key below the table's location, keys in lower case. */
function partitionValues(relativeKey: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const seg of relativeKey.split('/').slice(0, -1)) {
    const eq = seg.indexOf('=');
    if (eq > 0) out.set(seg.slice(0, eq).toLowerCase(), decodeURIComponent(seg.slice(eq + 1)));
  }
  return out;
}

/** Null when the table names no S3 location (nothing to list). */
export async function estimateScan(s3: S3Client, t: AthenaTable, period: string, signal?: AbortSignal, profile?: string): Promise<ScanEstimate | null> {
  const loc = t.location ? parseS3Uri(t.location) : null;
  if (!loc || !t.location) return null;
  const prefix = loc.key === '' || loc.key.endsWith('/') ? loc.key : `${loc.key}/`;
  const { objects, requests } = await listAll(s3, loc.bucket, prefix, signal, profile);
  const wanted = periodPartitions(t, period);
  const partitions = new Set<string>();
  let bytes = 0;
  let count = 0;
  for (const o of objects) {
    const rel = o.key.slice(prefix.length);
    const name = rel.split('/').at(-1) ?? '';
    if (name === '' || name.startsWith('_') || name.startsWith('.') || o.size === 0) continue;
    const values = partitionValues(rel);
    if (t.partitionKeys.some((k) => !values.has(k))) continue;
    if ([...wanted].some(([k, allowed]) => !allowed.has(values.get(k)!))) continue;
    bytes += o.size;
    count += 1;
    if (t.partitionKeys.length) partitions.add(t.partitionKeys.map((k) => `${k}=${values.get(k)}`).join('/'));
  }
  return { bytes, costUsd: athenaCostUsd(bytes), objects: count, partitions: [...partitions].sort(), location: t.location, listRequests: requests };
}
