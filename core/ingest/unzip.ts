// Zip archives (AWS delivers CUR as .zip too): members are extracted to a temporary folder and
// read from there; a damaged archive fails before anything is loaded. A member is written under a
// name of our own (its index), never its name in the archive, so no name (too long, `../`, odd
// characters) can reach the file system. Every promise and stream here has its failure handled
// from the moment it exists: one that fails unobserved would crash the process.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ErrorCode, WorkbenchError } from '../errors.ts';

export interface ExtractedMember {
  name: string;
  path: string;
}

/** Writes one member's chunks in order to `path`; `done` settles when the file is closed. */
function memberWriter(path: string): { write: (data: Uint8Array, final: boolean) => void; fail: (err: Error) => void; done: Promise<void> } {
  let out: WriteStream | null = null;
  const pending: Uint8Array[] = [];
  let ended = false;
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => {}); // observed by extractZip through Promise.allSettled
  const flush = () => {
    if (!out) return;
    for (const c of pending.splice(0)) out.write(c);
    if (ended) out.end();
  };
  const stream = createWriteStream(path);
  stream.on('error', (err) => settle.reject(err));
  stream.on('close', () => settle.resolve());
  stream.on('open', () => {
    out = stream;
    flush();
  });
  return {
    write(data, final) {
      pending.push(data);
      if (final) ended = true;
      flush();
    },
    fail(err) {
      settle.reject(err);
      stream.destroy();
    },
    done,
  };
}

/** Extracts every file member of `zipPath` into `dir`; directory entries and dot-files are skipped. */
export async function extractZip(zipPath: string, displayPath: string, dir: string): Promise<ExtractedMember[]> {
  const members: ExtractedMember[] = [];
  const writers: Promise<void>[] = [];
  const fail = (reason: string) =>
    new WorkbenchError(ErrorCode.INGEST_BAD_ZIP, `${displayPath}: the zip archive cannot be read (${reason}). Download it again; nothing was loaded.`, { file: displayPath });
  let failure: Error | null = null;
  const finished: boolean[] = [];
  await mkdir(dir, { recursive: true });
  const unzip = new Unzip((file: UnzipFile) => {
    const name = file.name;
    const base = name.split('/').pop() ?? '';
    if (name.endsWith('/') || base.startsWith('.') || name.startsWith('__MACOSX/')) return;
    const index = members.length;
    const target = join(dir, `member-${index}`);
    members.push({ name, path: target });
    finished.push(false);
    const writer = memberWriter(target);
    writers.push(writer.done);
    file.ondata = (err, data, final) => {
      if (err) {
        failure ??= err;
        writer.fail(err);
        return;
      }
      if (final) finished[index] = true;
      writer.write(data, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(zipPath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      unzip.push(chunk);
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch (err) {
    failure ??= err instanceof Error ? err : new Error(String(err));
  }
  // Inflation is synchronous: a member still open now was cut short.
  if (!failure && finished.includes(false)) failure = new Error('the archive is cut short');
  const written = await Promise.allSettled(writers);
  const writeError = written.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failure) throw fail((failure as Error).message);
  if (writeError) throw fail(`a member cannot be written to the temporary folder: ${(writeError.reason as Error).message}`);
  if (members.length === 0) throw fail('it holds no files');
  return members;
}
