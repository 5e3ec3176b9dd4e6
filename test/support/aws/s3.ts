// S3 REST, path style (/bucket/key): ListObjectsV2 with prefix, max-keys and continuation
// tokens, GetObject and HeadObject with ETag (an MD5 in quotes, as S3 gives for single-part
// uploads) and If-None-Match. Objects live in memory; tests put them directly.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { escapeXml, type Reply, xmlFailure } from './wire.ts';

export interface StoredObject {
  body: Buffer;
  etag: string;
  lastModified: Date;
}

export class FakeS3 {
  private readonly buckets = new Map<string, Map<string, StoredObject>>();
  /** Most keys one ListObjectsV2 page returns, whatever the client asks (S3's own limit is 1000). */
  pageSize = 1000;

  createBucket(bucket: string): void {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, new Map());
  }

  put(bucket: string, key: string, body: string | Buffer): StoredObject {
    this.createBucket(bucket);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const obj = { body: bytes, etag: `"${createHash('md5').update(bytes).digest('hex')}"`, lastModified: new Date() };
    this.buckets.get(bucket)!.set(key, obj);
    return obj;
  }

  get(bucket: string, key: string): StoredObject | undefined {
    return this.buckets.get(bucket)?.get(key);
  }

  keys(bucket: string, prefix = ''): string[] {
    return [...(this.buckets.get(bucket)?.keys() ?? [])].filter((k) => k.startsWith(prefix)).sort();
  }

  operationOf(method: string, url: URL): string {
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = rest.join('/');
    if (method === 'HEAD') return 'HeadObject';
    if (method === 'GET' && bucket && !key) return url.searchParams.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
    if (method === 'GET') return 'GetObject';
    if (method === 'PUT') return 'PutObject';
    return `${method} (not served)`;
  }

  handle(method: string, url: URL, headers: IncomingHttpHeaders): Reply {
    const [, rawBucket = '', ...rest] = url.pathname.split('/');
    const bucket = decodeURIComponent(rawBucket);
    const key = rest.map(decodeURIComponent).join('/');
    const objects = this.buckets.get(bucket);
    if (!objects) return xmlFailure(404, 'NoSuchBucket', `The specified bucket does not exist: ${bucket}`);
    const op = this.operationOf(method, url);
    if (op === 'ListObjectsV2') return this.list(bucket, objects, url.searchParams);
    if (op === 'GetObject' || op === 'HeadObject') {
      const obj = objects.get(key);
      if (!obj) return op === 'HeadObject' ? { status: 404, headers: {} } : xmlFailure(404, 'NoSuchKey', 'The specified key does not exist.');
      const meta = { etag: obj.etag, 'last-modified': obj.lastModified.toUTCString(), 'content-length': String(obj.body.length), 'content-type': 'application/octet-stream' };
      if (headers['if-none-match'] === obj.etag) return { status: 304, headers: { etag: obj.etag } };
      return { status: 200, headers: meta, body: op === 'GetObject' ? obj.body : undefined };
    }
    return xmlFailure(501, 'NotImplemented', `${method} ${url.pathname} is not served by the test server`);
  }

  private list(bucket: string, objects: Map<string, StoredObject>, q: URLSearchParams): Reply {
    const prefix = q.get('prefix') ?? '';
    const maxKeys = Math.min(Number(q.get('max-keys') ?? 1000), this.pageSize);
    const after = q.get('continuation-token') ? Buffer.from(q.get('continuation-token')!, 'base64url').toString('utf8') : (q.get('start-after') ?? '');
    const all = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
    const page = all.slice(0, maxKeys);
    const truncated = all.length > page.length;
    const contents = page
      .map((k) => {
        const o = objects.get(k)!;
        return `<Contents><Key>${escapeXml(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${escapeXml(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
      })
      .join('');
    const next = truncated ? `<NextContinuationToken>${Buffer.from(page.at(-1)!).toString('base64url')}</NextContinuationToken>` : '';
    const token = q.get('continuation-token') ? `<ContinuationToken>${escapeXml(q.get('continuation-token')!)}</ContinuationToken>` : '';
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${escapeXml(bucket)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${token}${next}${contents}</ListBucketResult>`;
    return { status: 200, headers: { 'content-type': 'application/xml' }, body };
  }
}
