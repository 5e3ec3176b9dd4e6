// Zip archives (AWS delivers CUR as .zip too): members are extracted to a temporary folder and
// read from there; a damaged archive fails before anything is loaded.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';

export interface ExtractedMember {
  name: string;
  path: string;
}

/** Extracts every file member of `zipPath` into `dir`; directory entries and dot-files are skipped. */
export async function extractZip(zipPath: string, displayPath: string, dir: string): Promise<ExtractedMember[]> {
  const members: ExtractedMember[] = [];
  const writes: Promise<void>[] = [];
  const fail = (reason: string) =>
    new WorkbenchError(ErrorCode.INGEST_BAD_ZIP, `${displayPath}: the zip archive cannot be read (${reason}). Download it again; nothing was loaded.`, { file: displayPath });
  let failure: Error | null = null;
  const finished: boolean[] = [];
  const unzip = new Unzip((file: UnzipFile) => {
    const name = file.name;
    const base = name.split('/').pop() ?? '';
    if (name.endsWith('/') || base.startsWith('.') || name.startsWith('__MACOSX/')) return;
    const safe = normalize(name).replace(/^(\.\.(\/|\\|$))+/, '').replace(/[:*?"<>|]/g, '_');
    const target = join(dir, `${members.length}`, safe);
    const index = members.length;
    members.push({ name, path: target });
    finished.push(false);
    let out: WriteStream | null = null;
    const opened = mkdir(dirname(target), { recursive: true }).then(() => {
      out = createWriteStream(target);
    });
    const pending: Uint8Array[] = [];
    let ended = false;
    writes.push(
      new Promise<void>((resolve, reject) => {
        const flush = () => {
          if (!out) return;
          for (const c of pending.splice(0)) out.write(c);
          if (ended) out.end(() => resolve());
        };
        opened.then(flush, reject);
        file.ondata = (err, data, final) => {
          if (err) {
            failure = err;
            reject(err);
            return;
          }
          pending.push(data);
          if (final) {
            ended = true;
            finished[index] = true;
          }
          flush();
        };
        file.start();
      }),
    );
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(zipPath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      unzip.push(chunk);
      if (failure) break;
    }
    unzip.push(new Uint8Array(0), true);
    // Inflation is synchronous: a member still open now was cut short.
    if (!failure && finished.includes(false)) failure = new Error('the archive is cut short');
    if (!failure) await Promise.all(writes);
  } catch (err) {
    throw fail(err instanceof Error ? err.message : String(err));
  }
  if (failure) throw fail((failure as Error).message);
  if (members.length === 0) throw fail('it holds no files');
  return members;
}
