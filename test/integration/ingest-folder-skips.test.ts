// A folder import skips the files that are plainly not billing data (a licence, a readme, notes,
// images, checksums, JSON that is not a manifest) and lists each with its reason; a file that
// may be billing data but is broken still fails the whole ingest. Failed attempts are kept in
// their own table, shown by `info` across reopenings, while focus and imports stay as they were.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../core/api/service.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { curCsv, write } from '../support/files.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { openTestWorkspace, query, SHARED_DATA, type TestWorkspace } from '../support/workspace.ts';

const LEGACY_FOLDER = join(SHARED_DATA, 'aws-cur-legacy-sample');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
});
afterEach(async () => {
  // through the workspace open now (a test below reopens it)
  await expectConformant(createWorkbench(t.ws));
  t.close();
});

async function failure(paths: string[]): Promise<{ code: string; message: string }> {
  return t.api.ingest({ paths }).then(
    () => {
      throw new Error('the ingest should fail');
    },
    (e: { code: string; message: string }) => e,
  );
}

async function state() {
  return {
    focus: await query(t.api, `SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed FROM focus`),
    imports: await query(t.api, `SELECT id, status, rows, content_hash FROM imports ORDER BY id`),
  };
}

describe('a folder with files that are not billing data', () => {
  it('loads the real legacy CUR sample folder and lists its LICENSE as skipped', async () => {
    const r = await t.api.ingest({ paths: [LEGACY_FOLDER] });
    expect(r.rowsLoaded).toBe(1281);
    expect(r.files.map((f) => [f.path.slice(LEGACY_FOLDER.length + 1), f.status])).toEqual([
      ['sample-anonymous-aws-export-dataset.csv', 'loaded'],
      ['LICENSE', 'skipped'],
    ]);
    expect(r.files[1]!.note).toBe('a licence file, not billing data');
    // Sum of lineItem/UnblendedCost in the file (see ingest-real-samples.test.ts)
    expect(await query(t.api, `SELECT sum(BilledCost)::VARCHAR AS billed FROM focus`)).toEqual([{ billed: '1.682308697400' }]);
  });

  it('skips each kind of stray file with its reason and loads the billing parts', async () => {
    const dir = join(t.dir, 'shared-drive');
    write(join(dir, 'cur-2025-11.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '10.00' }, { id: 'b', month: '2025-11', cost: '2.50' }]));
    write(join(dir, 'README.md'), '# November bill\nDownloaded from the payer account.\n');
    write(join(dir, 'notes.txt'), 'ask finance about the EC2 spike\n');
    write(join(dir, 'notes'), 'no extension, just words\n');
    write(join(dir, 'LICENCE.txt'), 'Creative Commons\n');
    write(join(dir, 'chart.png'), PNG);
    write(join(dir, 'SHA256SUMS'), 'abc123  cur-2025-11.csv\n');
    write(join(dir, 'cur-2025-11.csv.md5'), 'abc123\n');
    write(join(dir, 'settings.json'), '{"theme": "dark"}\n');
    write(join(dir, '_SUCCESS'), '');
    const r = await t.api.ingest({ paths: [dir] });
    expect(r.rowsLoaded).toBe(2);
    const byName = Object.fromEntries(r.files.map((f) => [f.path.slice(dir.length + 1), [f.status, f.note ?? null]]));
    expect(byName).toEqual({
      'cur-2025-11.csv': ['loaded', null],
      'README.md': ['skipped', 'a readme or documentation file, not billing data'],
      'notes.txt': ['skipped', 'a document or notes, not billing data'],
      notes: ['skipped', 'a text file without billing columns (no extension, so not a data export)'],
      'LICENCE.txt': ['skipped', 'a licence file, not billing data'],
      'chart.png': ['skipped', 'an image, not billing data'],
      SHA256SUMS: ['skipped', 'a checksum or signature file, not billing data'],
      'cur-2025-11.csv.md5': ['skipped', 'a checksum or signature file, not billing data'],
      'settings.json': ['skipped', 'a JSON file that is not a delivery manifest (only CSV, gzip, zip and Parquet parts hold billing data)'],
      _SUCCESS: ['skipped', 'a job marker file (no data)'],
    });
    // 10.00 + 2.50
    expect(await query(t.api, `SELECT sum(BilledCost)::VARCHAR AS billed FROM focus`)).toEqual([{ billed: '12.500000000000' }]);
  });

  it('reads content before the name: a .txt file holding a CUR is loaded', async () => {
    const dir = join(t.dir, 'renamed');
    write(join(dir, 'export.txt'), curCsv([{ id: 'a', month: '2025-11', cost: '7.00' }]));
    write(join(dir, 'LICENSE'), 'MIT License\n\nCopyright (c) 2024\n');
    const r = await t.api.ingest({ paths: [dir] });
    expect(r.files.map((f) => [f.path.slice(dir.length + 1), f.status])).toEqual([
      ['export.txt', 'loaded'],
      ['LICENSE', 'skipped'],
    ]);
  });

  it('a broken billing file beside a licence still fails the whole ingest, and nothing loads', async () => {
    const dir = join(t.dir, 'broken');
    write(join(dir, 'a.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '1.00' }]));
    write(join(dir, 'b.csv'), curCsv([{ id: 'b', month: '2025-11', cost: 'one dollar' }]));
    copyFileSync(join(LEGACY_FOLDER, 'LICENSE'), join(dir, 'LICENSE'));
    const before = await state();
    const err = await failure([dir]);
    expect(err.code).toBe('INGEST_BAD_VALUE');
    expect(err.message).toContain('b.csv, line 2, column lineItem/UnblendedCost');
    expect(await state()).toEqual(before);
  });

  it('a CSV-named file that is not billing data still fails (it may be a bill exported wrong)', async () => {
    const dir = join(t.dir, 'people');
    write(join(dir, 'people.csv'), 'name,email\nAda,ada@example.com\n');
    write(join(dir, 'README'), 'the team\n');
    const err = await failure([dir]);
    expect(err.code).toBe('INGEST_UNKNOWN_FORMAT');
    expect(err.message).toContain('people.csv is not billing data');
  });

  it('a folder with nothing but stray files says what it skipped', async () => {
    const dir = join(t.dir, 'docs');
    write(join(dir, 'LICENSE'), 'MIT License\n');
    write(join(dir, 'README.md'), '# docs\n');
    const err = await failure([dir]);
    expect(err.code).toBe('INGEST_NO_FILES');
    expect(err.message).toContain('LICENSE (a licence file, not billing data)');
    expect(err.message).toContain('README.md (a readme or documentation file, not billing data)');
  });
});

describe('failed import attempts', () => {
  it('are kept apart from imports and focus, and listed by info after the workspace is reopened', async () => {
    await t.api.ingest({ paths: [write(join(t.dir, 'good.csv'), curCsv([{ id: 'g', month: '2025-10', cost: '42.00' }]))] });
    const before = await state();
    const bad = write(join(t.dir, 'bad.csv'), curCsv([{ id: 'b', month: '2025-11', cost: 'n/a' }]));
    const err = await failure([bad]);
    expect(await state()).toEqual(before);
    const info = await t.api.info({});
    expect(info.failedImports).toHaveLength(1);
    expect(info.failedImports[0]).toMatchObject({ paths: [bad], code: 'INGEST_BAD_VALUE', message: err.message });
    expect(info.imports).toHaveLength(1);

    // a new session on the same file still shows it
    const path = t.ws.path;
    t.ws.close();
    const reopened = await Workspace.open(path);
    try {
      const again = await createWorkbench(reopened).info({});
      expect(again.failedImports.map((f) => [f.paths, f.code])).toEqual([[[bad], 'INGEST_BAD_VALUE']]);
      expect(again.failedImports[0]!.attemptedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
    } finally {
      reopened.close();
      t.ws = await Workspace.open(path);
    }
  });

  it('a successful ingest records no failure', async () => {
    await t.api.ingest({ paths: [LEGACY_FOLDER] });
    expect((await t.api.info({})).failedImports).toEqual([]);
  });
});
