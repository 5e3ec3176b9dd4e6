// Browser-mode upload: the browser cannot hand us a path, so it streams the file's bytes here.
// We check the name and size, stream to a private temp folder (never into memory), and the
// caller ingests the temp file through the same `ingest` method as any other path.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { makeTempFolder, removeStaleTempFolders, TempPrefix } from '../ingest/temp-folders.ts';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';

export const UPLOAD_REFUSED = 'UPLOAD_REFUSED';
export const DEFAULT_MAX_UPLOAD_BYTES = 8 * 1024 ** 3;
const UPLOAD_ROOT_PREFIX = TempPrefix.Uploads;
/** <tmp>/finops-workbench-uploads-XXXXXX/u-XXXXXX/ of any run. */
const UPLOAD_FOLDER = new RegExp(`${join(tmpdir(), UPLOAD_ROOT_PREFIX).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9-]+[/\\\\]u-[A-Za-z0-9]+[/\\\\]`, 'g');

/** A plain file name: no folders, no control characters, not hidden, not too long. */
export function checkUploadName(name: string | null): string {
  if (!name) throw new WorkbenchError(UPLOAD_REFUSED, 'The upload has no file name.');
  // eslint-disable-next-line no-control-regex
  if (name.length > 200 || /[/\\\u0000-\u001f\u007f]/.test(name) || name.startsWith('.') || name.trim() !== name) {
    throw new WorkbenchError(UPLOAD_REFUSED, `"${name.slice(0, 80)}" is not a plain file name. Rename the file (letters, digits, dots, dashes) and upload it again.`);
  }
  return name;
}

export class UploadStore {
  readonly root: string;
  /** temp path -> the name the user's file had */
  private readonly files = new Map<string, string>();

  constructor(private readonly maxBytes = DEFAULT_MAX_UPLOAD_BYTES) {
    // uploads of a server that crashed are removed here; this one's go at dispose or at exit
    removeStaleTempFolders();
    this.root = makeTempFolder(UPLOAD_ROOT_PREFIX);
    process.once('exit', this.removeAtExit);
  }

  /** Streams the request body into a new temp file and returns its path. */
  async receive(req: IncomingMessage, rawName: string | null): Promise<{ path: string; bytes: number }> {
    const name = checkUploadName(rawName);
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/octet-stream') throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'Send the file as application/octet-stream.');
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (!Number.isFinite(declared)) throw new WorkbenchError(UPLOAD_REFUSED, 'The upload must state its size (Content-Length).');
    if (declared === 0) throw new WorkbenchError(ErrorCode.INGEST_EMPTY_FILE, `${name} is empty (0 bytes). Export the file again and upload the new copy.`, { file: name });
    if (declared > this.maxBytes) throw new WorkbenchError(UPLOAD_REFUSED, `${name} is larger than the upload limit (${this.maxBytes} bytes). Import it by its path instead.`);
    const dir = mkdtempSync(join(this.root, 'u-'));
    const path = join(dir, name);
    let bytes = 0;
    const max = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > max || bytes > declared) done(new WorkbenchError(UPLOAD_REFUSED, `${name} sent more bytes than it declared.`));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(req, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      if (bytes !== declared) throw new WorkbenchError(UPLOAD_REFUSED, `${name} arrived incomplete (${bytes} of ${declared} bytes). Upload it again.`);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    this.files.set(path, name);
    return { path, bytes };
  }

  isUpload(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * Replaces temp paths of uploads with the user's file name in a result or error, so messages
   * name "cur.csv.gz (uploaded)" rather than a temp folder the user never saw.
   */
  mask<T>(value: T): T {
    // the common case (no upload in play, no upload path in the value) costs one native scan
    if (this.files.size === 0 && !mentionsUploadFolder(value)) return value;
    const swap = (text: string) => {
      let out = text;
      for (const [path, name] of this.files) out = out.replaceAll(path, `${name} (uploaded)`);
      // uploads already discarded (a failed attempt kept in the import history, from this run or
      // an earlier one): drop the temp folders, leaving the user's file name
      return out.replace(UPLOAD_FOLDER, '');
    };
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return swap(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    if (value instanceof WorkbenchError) {
      return new WorkbenchError(value.code, swap(value.message), value.details ? (walk(value.details) as Record<string, unknown>) : undefined) as T;
    }
    if (value instanceof Error) return new Error(swap(value.message)) as T;
    return walk(value) as T;
  }

  /** Deletes uploaded files once they were ingested (or failed to be). */
  discard(paths: readonly string[]): void {
    for (const p of paths) {
      if (!this.files.delete(p)) continue;
      rmSync(join(p, '..'), { recursive: true, force: true });
    }
  }

  private readonly removeAtExit = (): void => {
    rmSync(this.root, { recursive: true, force: true });
  };

  dispose(): void {
    process.off('exit', this.removeAtExit);
    this.removeAtExit();
    this.files.clear();
  }
}

function mentionsUploadFolder(value: unknown): boolean {
  const text = value instanceof Error ? value.message + JSON.stringify((value as WorkbenchError).details ?? null) : JSON.stringify(value ?? null);
  return typeof text === 'string' && text.includes(UPLOAD_ROOT_PREFIX);
}
