// s3 pull: list a CUR / Data Exports prefix (every page), take the newest delivery of each
// billing period from its manifest, download only objects whose ETag changed since the last
// pull, and load the deliveries through the ingest path in one transaction (a newer delivery
// replaces its period; content already loaded changes nothing).
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { CallContext } from '../../progress.ts';
import { appHome } from '../../app/paths.ts';
import { ingestPaths, type IngestResult } from '../../ingest/index.ts';
import type { Workspace } from '../../store/workspace.ts';
import { sourceError } from '../errors.ts';
import { awsClients, type AwsConnection } from './connection.ts';
import { manifestKeys, newestDeliveries } from './cur-deliveries.ts';
import { cachedObject, headObject, listAll, type S3Object } from './s3-objects.ts';
import { createStaging } from './staging.ts';

export const S3_SOURCE = 's3';

export interface S3PullRequest extends AwsConnection {
  bucket: string;
  prefix: string;
  /** Only this billing period (YYYY-MM). */
  period?: string;
}

export interface S3Delivery {
  billingPeriod: string;
  manifest: string;
  parts: number;
  downloaded: number;
  unchanged: number;
}

export interface S3PullResult {
  source: typeof S3_SOURCE;
  bucket: string;
  prefix: string;
  deliveries: S3Delivery[];
  objectsListed: number;
  bytesDownloaded: number;
  ingest: IngestResult;
}

export interface S3PullOptions {
  /** Where downloaded objects are kept with their ETags (default: <app home>/cache/s3). */
  cacheDir?: string;
}

export async function pullS3(ws: Workspace, req: S3PullRequest, ctx: CallContext = {}, opts: S3PullOptions = {}): Promise<S3PullResult> {
  const progress = ctx.onProgress ?? (() => {});
  const cacheDir = opts.cacheDir ?? join(appHome(), 'cache', 's3');
  const clients = awsClients(req);
  const staging = await createStaging('finops-s3-pull-');
  const { bucket, prefix, profile } = req;
  try {
    const s3 = clients.s3();
    progress({ phase: 'discover', message: `Listing s3://${bucket}/${prefix}` });
    const { objects } = await listAll(s3, bucket, prefix, ctx.signal, profile);
    const chosen = newestDeliveries(objects, req.period);
    if (chosen.length === 0) {
      throw sourceError('S3_NO_DELIVERY', `No CUR or Data Exports manifest${req.period ? ` for ${req.period}` : ''} under s3://${bucket}/${prefix} (${objects.length} objects listed). Check the bucket and prefix: point at the report's folder.`, { bucket, prefix, objects: objects.length });
    }
    const listed = new Map(objects.map((o) => [o.key, o]));
    const deliveries: S3Delivery[] = [];
    const manifests: string[] = [];
    let bytesDownloaded = 0;
    for (const [i, c] of chosen.entries()) {
      const root = `d${i}`;
      const m = await cachedObject(s3, cacheDir, bucket, c.manifest, ctx.signal, profile);
      bytesDownloaded += m.downloaded ? m.bytes : 0;
      let doc: unknown;
      try {
        doc = JSON.parse(await readFile(m.file, 'utf8'));
      } catch {
        doc = null;
      }
      const keys = manifestKeys(doc, bucket);
      if (!keys) throw sourceError('S3_BAD_MANIFEST', `s3://${bucket}/${c.manifest.key} is not a CUR manifest (no reportKeys or dataFiles list). Point --prefix at the report's folder.`, { key: c.manifest.key });
      const manifestPath = await staging.place(m.file, `${root}/${posix.basename(c.manifest.key)}`);
      staging.origins.set(manifestPath, `s3://${bucket}/${c.manifest.key}`);
      let downloaded = 0;
      for (const [j, key] of keys.entries()) {
        progress({ phase: 'read', message: `Fetching s3://${bucket}/${key}`, file: key, filesDone: j, filesTotal: keys.length, bytesDone: bytesDownloaded });
        const obj: S3Object = listed.get(key) ?? (await headObject(s3, bucket, key, ctx.signal, profile));
        const got = await cachedObject(s3, cacheDir, bucket, obj, ctx.signal, profile);
        if (got.downloaded) {
          downloaded += 1;
          bytesDownloaded += got.bytes;
        }
        staging.origins.set(await staging.place(got.file, `${root}/${key}`), `s3://${bucket}/${key}`);
      }
      manifests.push(manifestPath);
      deliveries.push({ billingPeriod: c.period, manifest: `s3://${bucket}/${c.manifest.key}`, parts: keys.length, downloaded, unchanged: keys.length - downloaded });
    }
    const describe = (p: string) => staging.origins.get(p) ?? p;
    const ingest = await ingestPaths(ws, manifests, ctx, { source: S3_SOURCE, describe, providerFiles: true });
    for (const f of ingest.files) f.path = describe(f.path);
    return { source: S3_SOURCE, bucket, prefix, deliveries, objectsListed: objects.length, bytesDownloaded, ingest };
  } finally {
    clients.destroy();
    await staging.dispose();
  }
}
