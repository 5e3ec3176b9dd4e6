// Gzipping a part that DuckDB wrote as plain text. DuckDB's own COPY ... (COMPRESSION gzip)
// compresses on the COPY's single writer thread, at a level it does not let us choose: for legacy
// CUR CSV (~900 bytes a line) that was most of the time of a 10M-line bill. Node's zlib runs on
// the libuv threadpool, so a part is compressed while DuckDB writes the next one, at a level we
// pick. The output is a plain single-member gzip; the same input and level give the same bytes.
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * zlib level for legacy CUR parts. Level 1 costs about half the CPU of the default 6 and makes
 * files about 30% larger; what a reader gets back is byte for byte the same CSV.
 */
export const PART_GZIP_LEVEL = 1;

/** Compresses `from` into `to` and removes `from`. */
export async function gzipPart(from: string, to: string, level = PART_GZIP_LEVEL): Promise<void> {
  try {
    await pipeline(createReadStream(from, { highWaterMark: 1 << 20 }), createGzip({ level, chunkSize: 1 << 16 }), createWriteStream(to));
  } finally {
    rmSync(from, { force: true });
  }
}
