// What a file holds, from its first bytes: gzip, zip, Parquet or text; and a CSV's header line.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

export type Magic = 'gzip' | 'zip' | 'parquet' | 'text' | 'binary' | 'empty';

export async function readMagic(path: string): Promise<Magic> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    const head = buf.subarray(0, bytesRead);
    if (bytesRead === 0) return 'empty';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
    if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
    if (head.includes(0)) return 'binary';
    if (head.toString('utf8').trim() === '' && bytesRead < 512) return 'empty';
    return 'text';
  } finally {
    await fh.close();
  }
}

const MAX_HEADER_BYTES = 4 * 1024 * 1024;

/** The first line of a (possibly gzipped) text file, without BOM or line ending; '' when empty. */
export async function readFirstLine(path: string, gzip: boolean): Promise<string> {
  const input = createReadStream(path);
  // pipe() does not pass the file's errors on: without this a read error would go unhandled
  const stream = gzip ? input.pipe(createGunzip()) : input;
  if (gzip) input.on('error', (err) => stream.destroy(err));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const nl = chunk.indexOf(0x0a);
      if (nl >= 0) {
        chunks.push(chunk.subarray(0, nl));
        break;
      }
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_HEADER_BYTES) break;
    }
  } catch {
    // A damaged stream is reported by the integrity check with a precise message.
  } finally {
    input.destroy();
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').replace(/\r$/, '');
}

/** Splits one CSV line (RFC 4180 quoting). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
