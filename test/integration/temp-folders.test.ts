// Temporary folders (issue 8, finding 6): an ingest's folder and browser mode's upload folder are
// removed on every way out, and folders left by runs that crashed are removed at the next start,
// but only when the process that made them is gone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UploadStore } from '../../core/server/upload.ts';
import { curCsv, write, zip } from '../support/files.ts';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
let tmp: string;
let savedTmp: string | undefined;

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

beforeEach(async () => {
  t = await openTestWorkspace();
  tmp = tempDir('fw-tmpdir-');
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp; // os.tmpdir() reads it on every call
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  t.close();
});

const ours = () => readdirSync(tmp).filter((n) => n.startsWith('finops-'));

describe('temporary folders', () => {
  it('an ingest leaves none behind, loaded or failed, zip or not', async () => {
    const good = write(join(t.dir, 'good.zip'), zip({ 'a.csv': curCsv([{ id: 'a', month: '2025-09', cost: '1.00' }]) }));
    await t.api.ingest({ paths: [good] });
    const bad = write(join(t.dir, 'bad.zip'), zip({ 'b.csv': curCsv([{ id: 'b', month: '2025-09', cost: 'x' }]) }));
    await expect(t.api.ingest({ paths: [bad] })).rejects.toMatchObject({ code: 'INGEST_BAD_VALUE' });
    expect(ours()).toEqual([]);
  });

  it('stale folders of ended processes are removed at the next ingest; a live process keeps its own', async () => {
    const dead = deadPid();
    const stale = [`finops-ingest-${dead}-aaaaaa`, `finops-workbench-uploads-${dead}-bbbbbb`];
    const live = `finops-ingest-${process.ppid}-cccccc`;
    for (const n of [...stale, live]) mkdirSync(join(tmp, n, 'member'), { recursive: true });
    await t.api.ingest({ paths: [write(join(t.dir, 'a.csv'), curCsv([{ id: 'a', month: '2025-09', cost: '1.00' }]))] });
    expect(ours()).toEqual([live]);
  });

  it("browser mode's upload folder carries its process id and is removed at dispose", () => {
    const dead = deadPid();
    mkdirSync(join(tmp, `finops-workbench-uploads-${dead}-dddddd`));
    const store = new UploadStore();
    expect(ours()).toEqual([store.root.slice(tmp.length + 1)]);
    expect(store.root).toContain(`finops-workbench-uploads-${process.pid}-`);
    store.dispose();
    expect(existsSync(store.root)).toBe(false);
    expect(ours()).toEqual([]);
  });
});
