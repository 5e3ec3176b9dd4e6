// Pulled files are staged in a temporary folder that the ingest path reads like any folder the
// user names; the imports table records what each file stands for (an s3:// URI, a query).
import { copyFile, link, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface Staging {
  dir: string;
  /** Places `file` at `relPath` inside the staging folder (a hard link when it can, else a copy). */
  place(file: string, relPath: string): Promise<string>;
  /** What a staged file stands for, for the imports table. */
  readonly origins: Map<string, string>;
  dispose(): Promise<void>;
}

export async function createStaging(prefix: string): Promise<Staging> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const origins = new Map<string, string>();
  return {
    dir,
    origins,
    async place(file, relPath) {
      const target = resolve(dir, ...relPath.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await link(file, target).catch(() => copyFile(file, target));
      return target;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
