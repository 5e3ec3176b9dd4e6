// The workspace's DuckDB instance reads files only from its staging folder (store/duckdb-config.ts),
// so each input file is staged there first: a hard link when the file is on the same disk (free,
// no copy), else a copy (a clone where the file system can).
import { constants } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { basename, join } from 'node:path';

export async function stageFile(path: string, dir: string, index: number): Promise<string> {
  // the name only helps a person reading the folder: cut so a long one cannot exceed the file system's limit
  const target = join(dir, `s${index}-${basename(path).slice(-100)}`);
  try {
    await link(path, target);
  } catch {
    // another disk (EXDEV), a file system without hard links, or a file the user may read but not link
    await copyFile(path, target, constants.COPYFILE_FICLONE);
  }
  return target;
}
