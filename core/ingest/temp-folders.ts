// Temporary folders carry the id of the process that made them (`finops-ingest-<pid>-XXXXXX`), so
// a later run can tell the folders of a run that crashed (its process is gone: remove them) from
// those of a run still going (leave them alone). Each owner removes its own on every way out.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TempPrefix = {
  Ingest: 'finops-ingest-',
  Uploads: 'finops-workbench-uploads-',
} as const;

/** A new private folder in `parent` (the system temp folder by default), named for this process. */
export function makeTempFolder(prefix: string, parent: string = tmpdir()): string {
  return mkdtempSync(join(parent, `${prefix}${process.pid}-`));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes folders with these prefixes whose process has ended; returns their names. */
export function removeStaleTempFolders(prefixes: readonly string[] = Object.values(TempPrefix)): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return removed;
  }
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    const pid = prefix ? /^(\d+)-/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (!pid || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // another run may be removing it too, or it is not ours to remove: leave it
    }
  }
  return removed;
}
