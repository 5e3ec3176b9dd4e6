// A metric file's text, gzip or plain: line by line for the line-based forms (Metric Streams, CSV),
// whole for the JSON documents the AWS CLI writes (they are one JSON value).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { readMagic } from '../sniff.ts';

async function isGzip(path: string): Promise<boolean> {
  return (await readMagic(path)) === 'gzip';
}

function textStream(path: string, gzip: boolean): NodeJS.ReadableStream {
  const input = createReadStream(path);
  if (!gzip) return input;
  const out = input.pipe(createGunzip());
  // pipe() does not pass the file's errors on
  input.on('error', (err) => out.destroy(err));
  return out;
}

/** Each line with its 1-based number, without BOM or line ending. */
export async function* readLines(path: string): AsyncGenerator<[string, number]> {
  const rl = createInterface({ input: textStream(path, await isGzip(path)), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    yield [n === 1 ? line.replace(/^\uFEFF/, '') : line, n];
  }
}

export async function readText(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of textStream(path, await isGzip(path)) as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

/** The first `max` characters of the text (enough to tell the format). */
export async function readHead(path: string, max = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = textStream(path, await isGzip(path));
  try {
    for await (const c of stream as AsyncIterable<Buffer>) {
      chunks.push(c);
      size += c.length;
      if (size >= max) break;
    }
  } catch {
    // a damaged stream is refused later, with its own message
  } finally {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').slice(0, max);
}
