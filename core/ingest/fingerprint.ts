// One streaming pass over a file: its SHA-256 (re-loading the same bytes changes nothing); for
// gzip, a full decompression that proves the stream is whole before DuckDB reads it; and for text,
// a UTF-8 check of every byte DuckDB will read. DuckDB's CSV reader meets some invalid UTF-8 with
// an INTERNAL error that invalidates the whole database, so such a file must never reach it.
// Every stream of the pass is in one pipeline: any of them failing ends the pass with its error
// (a promise made before it is awaited, or a stream without an error handler, would crash the process).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { throwIfCancelled } from './cancelled.ts';
import { Utf8Checker } from './utf8.ts';

export interface Fingerprint {
  sha256: string;
  bytes: number;
  /** Uncompressed size for gzip, else the file size. */
  contentBytes: number;
}

export interface FingerprintOptions {
  gzip: boolean;
  /** Check that the (uncompressed) content is UTF-8: CSV yes, Parquet no. */
  text: boolean;
  signal?: AbortSignal | undefined;
}

/** Raised by the content sink; carries the line of the first bad byte. */
class BadEncoding extends Error {
  constructor(
    readonly line: number,
    readonly byte: number,
  ) {
    super('invalid UTF-8');
  }
}

/** Zlib codes for a stream that ends too soon, as opposed to one whose data is wrong. */
const CUT_SHORT = new Set(['Z_BUF_ERROR']);

export async function fingerprint(path: string, displayPath: string, options: FingerprintOptions): Promise<Fingerprint> {
  const hash = createHash('sha256');
  let bytes = 0;
  let contentBytes = 0;
  const utf8 = options.text ? new Utf8Checker() : null;
  const hasher = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      contentBytes += chunk.length;
      const bad = utf8?.push(chunk);
      done(bad ? new BadEncoding(bad.line, bad.byte) : null);
    },
    final(done) {
      const bad = utf8?.end();
      done(bad ? new BadEncoding(bad.line, bad.byte) : null);
    },
  });
  const read = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    if (options.gzip) await pipeline(read, hasher, createGunzip(), sink, { signal: options.signal });
    else await pipeline(read, hasher, sink, { signal: options.signal });
  } catch (err) {
    throwIfCancelled(options.signal);
    if (err instanceof BadEncoding) {
      throw new WorkbenchError(
        ErrorCode.INGEST_BAD_ENCODING,
        `${displayPath}, line ${err.line}: the text is not valid UTF-8 (byte 0x${err.byte.toString(16).toUpperCase().padStart(2, '0')}). Billing files are UTF-8: export the file again, or save it as UTF-8; nothing was loaded.`,
        { file: displayPath, line: err.line },
      );
    }
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (options.gzip && code.startsWith('Z_')) {
      const cut = CUT_SHORT.has(code) || /unexpected end/i.test((err as Error).message);
      throw new WorkbenchError(
        cut ? ErrorCode.INGEST_TRUNCATED_GZIP : ErrorCode.INGEST_CORRUPT_GZIP,
        cut
          ? `${displayPath}: the gzip data is damaged or cut short (it ends before the compressed stream does: the download or copy did not finish). Download the file again; nothing was loaded.`
          : `${displayPath}: the gzip data is damaged (${(err as Error).message}). Download the file again; nothing was loaded.`,
        { file: displayPath },
      );
    }
    throw new WorkbenchError(ErrorCode.INGEST_NOT_FOUND, `${displayPath} cannot be read (${(err as Error).message}). Check that the file is there and readable; nothing was loaded.`, { file: displayPath });
  }
  return { sha256: hash.digest('hex'), bytes, contentBytes: options.gzip ? contentBytes : bytes };
}
