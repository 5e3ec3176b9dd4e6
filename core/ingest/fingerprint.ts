// One streaming pass over a file: its SHA-256 (re-loading the same bytes changes nothing) and,
// for gzip, a full decompression that proves the stream is complete before DuckDB reads it.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { throwIfCancelled } from './cancelled.ts';

export interface Fingerprint {
  sha256: string;
  bytes: number;
  /** Uncompressed size for gzip, else the file size. */
  contentBytes: number;
}

export async function fingerprint(path: string, displayPath: string, gzip: boolean, signal?: AbortSignal): Promise<Fingerprint> {
  const hash = createHash('sha256');
  let bytes = 0;
  let contentBytes = 0;
  const gunzip = gzip ? createGunzip() : null;
  const gunzipDone = gunzip
    ? new Promise<void>((resolve, reject) => {
        gunzip.on('data', (d: Buffer) => (contentBytes += d.length));
        gunzip.on('end', resolve);
        gunzip.on('error', reject);
      })
    : Promise.resolve();
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      if (gunzip && !gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
    }
    gunzip?.end();
    await gunzipDone;
  } catch (err) {
    throwIfCancelled(signal);
    const reason = err instanceof Error ? err.message : String(err);
    throw new WorkbenchError(
      ErrorCode.INGEST_TRUNCATED_GZIP,
      `${displayPath}: the gzip data is damaged or cut short (${reason}). Download the file again; nothing was loaded.`,
      { file: displayPath },
    );
  }
  return { sha256: hash.digest('hex'), bytes, contentBytes: gzip ? contentBytes : bytes };
}
