// S3 listing (every page) and downloads into a local cache keyed by bucket and key, with the
// object's ETag beside it: an object whose ETag has not changed since the last pull is not
// downloaded again. Bodies are streamed to disk, never held in memory.
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { awsCall } from './aws-errors.ts';

export interface S3Object {
  key: string;
  etag: string;
  size: number;
  lastModified: Date;
}

export function parseS3Uri(uri: string): { bucket: string; key: string } | null {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return m ? { bucket: m[1]!, key: m[2]! } : null;
}

export async function listAll(s3: S3Client, bucket: string, prefix: string, signal?: AbortSignal, profile?: string): Promise<{ objects: S3Object[]; requests: number }> {
  const objects: S3Object[] = [];
  let token: string | undefined;
  let requests = 0;
  do {
    const page = await awsCall({ what: `S3 ListObjectsV2 on s3://${bucket}/${prefix}`, profile }, () =>
      s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }), { abortSignal: signal }),
    );
    requests += 1;
    for (const o of page.Contents ?? []) {
      if (o.Key) objects.push({ key: o.Key, etag: o.ETag ?? '', size: o.Size ?? 0, lastModified: o.LastModified ?? new Date(0) });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return { objects, requests };
}

export async function headObject(s3: S3Client, bucket: string, key: string, signal?: AbortSignal, profile?: string): Promise<S3Object> {
  const h = await awsCall({ what: `S3 HeadObject on s3://${bucket}/${key}`, profile }, () => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal }));
  return { key, etag: h.ETag ?? '', size: h.ContentLength ?? 0, lastModified: h.LastModified ?? new Date(0) };
}

/** Streams an object to `file`. */
export async function download(s3: S3Client, bucket: string, key: string, file: string, signal?: AbortSignal, profile?: string): Promise<{ etag: string; bytes: number }> {
  const what = `S3 GetObject on s3://${bucket}/${key}`;
  return awsCall({ what, profile }, async () => {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
    await mkdir(dirname(file), { recursive: true });
    const part = `${file}.part`;
    await pipeline(got.Body as Readable, createWriteStream(part), { signal });
    await rename(part, file);
    return { etag: got.ETag ?? '', bytes: (await stat(file)).size };
  });
}

export interface CachedObject {
  file: string;
  downloaded: boolean;
  bytes: number;
}

/** The object's bytes on disk: the cached copy when its ETag matches, else a fresh download. */
export async function cachedObject(s3: S3Client, cacheDir: string, bucket: string, obj: S3Object, signal?: AbortSignal, profile?: string): Promise<CachedObject> {
  const file = join(cacheDir, 'objects', bucket, ...obj.key.split('/'));
  const etagFile = join(cacheDir, 'etags', bucket, ...obj.key.split('/'));
  const known = await readFile(etagFile, 'utf8').catch(() => null);
  if (known !== null && known === obj.etag && obj.etag !== '') {
    const st = await stat(file).catch(() => null);
    if (st) return { file, downloaded: false, bytes: st.size };
  }
  await rm(etagFile, { force: true });
  const got = await download(s3, bucket, obj.key, file, signal, profile);
  await mkdir(dirname(etagFile), { recursive: true });
  await writeFile(etagFile, got.etag || obj.etag);
  return { file, downloaded: true, bytes: got.bytes };
}
