// Restatements that never drop or double (issue 10, items 1 and 2). A delivery is known by its
// identity: the manifest's assemblyId / executionId, or the delivery folder AWS writes
// (`<report>/<yyyymmdd-yyyymmdd>/<assemblyId>/`, `data/BILLING_PERIOD=YYYY-MM/<execution>/`).
// Parts of one delivery add up; another delivery of a loaded period replaces it; inside one call
// the newest delivery wins and the older is reported as superseded. Files with no identity that
// would replace or double a period stop the ingest until the user says replace or append.
// Every expected figure below is summed by hand from the lines written in the test.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cur2Csv, curCsv, gz, touch, write } from '../support/files.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';
import { callApi, startHarness, type Harness } from './server-support.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
});
afterEach(() => t.close());

const PERIOD = join('cur', 'my-report', '20251101-20251201');
const OLD_ASSEMBLY = '0b6d3c1e-7a52-4f0e-9c1d-2e8f4a6b7c01';
const NEW_ASSEMBLY = 'e91f4d2a-3c6b-4d8e-a7f0-5b2c1d9e8f02';

// November as first delivered: a $10.00 + b $5.00 = $15.00 (2 lines)
const NOV_FIRST = [
  { id: 'a', month: '2025-11', cost: '10.00' },
  { id: 'b', month: '2025-11', cost: '5.00' },
];
// November restated: a $11.00 + b $5.25 + c $1.00 = $17.25 (3 lines)
const NOV_RESTATED = [
  { id: 'a', month: '2025-11', cost: '11.00' },
  { id: 'b', month: '2025-11', cost: '5.25' },
  { id: 'c', month: '2025-11', cost: '1.00' },
];

async function totals() {
  return query(t.api, `SELECT strftime(BillingPeriodStart, '%Y-%m') AS period, BillingAccountId AS account, count(*) AS n, sum(BilledCost)::VARCHAR AS billed
    FROM focus GROUP BY ALL ORDER BY 1, 2`);
}

/** Everything a failed ingest must leave as it was: every focus row and every import. */
async function snapshot() {
  const focus = await query(t.api, 'SELECT * EXCLUDE (Tags), Tags::VARCHAR AS Tags FROM focus ORDER BY x_ImportId, x_LineItemId');
  const imports = (await t.api.listImports({})).imports;
  return { focus, imports };
}

const tail = (p: string) => p.split('/').slice(-2).join('/');

describe('two deliveries of a month in one call: the newest is kept, the other reported', () => {
  it('by the legacy delivery folder: the assembly written last wins, whatever order the files are given in', async () => {
    const older = touch(write(join(t.dir, PERIOD, OLD_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_FIRST))), '2025-12-02T06:00:00Z');
    const newer = touch(write(join(t.dir, PERIOD, NEW_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_RESTATED))), '2025-12-05T06:00:00Z');
    const r = await t.api.ingest({ paths: [newer, older] });
    expect(r.files.map((f) => [tail(f.path), f.status])).toEqual([
      [`${NEW_ASSEMBLY}/my-report-1.csv.gz`, 'loaded'],
      [`${OLD_ASSEMBLY}/my-report-1.csv.gz`, 'superseded'],
    ]);
    expect(r.files[1]!.note).toContain(NEW_ASSEMBLY);
    expect(r.rowsLoaded).toBe(3);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' }]);
  });

  it('by the Data Exports execution folder: its timestamp says which is newer, not the file dates', async () => {
    const data = join(t.dir, 'exports', 'my-export', 'data', 'BILLING_PERIOD=2025-11');
    const older = write(join(data, `20251203T101500Z-${OLD_ASSEMBLY}`, 'my-export-00001.csv.gz'), gz(cur2Csv(NOV_FIRST)));
    const newer = write(join(data, `20251207T080000Z-${NEW_ASSEMBLY}`, 'my-export-00001.csv.gz'), gz(cur2Csv(NOV_RESTATED)));
    // copied in the other order: the older delivery's file is the younger on disk
    touch(newer, '2025-12-10T00:00:00Z');
    touch(older, '2025-12-11T00:00:00Z');
    const r = await t.api.ingest({ paths: [join(t.dir, 'exports')] });
    expect(r.files.map((f) => [f.path.split('/').at(-2), f.status])).toEqual([
      [`20251207T080000Z-${NEW_ASSEMBLY}`, 'loaded'],
      [`20251203T101500Z-${OLD_ASSEMBLY}`, 'superseded'],
    ]);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' }]);
  });

  it('by the manifest of each assembly (no period-level manifest): the newer manifest wins', async () => {
    const manifest = (assembly: string, part: string) =>
      JSON.stringify({ assemblyId: assembly, billingPeriod: { start: '20251101T000000.000Z', end: '20251201T000000.000Z' }, reportKeys: [`cur/my-report/20251101-20251201/${assembly}/${part}`] });
    write(join(t.dir, PERIOD, OLD_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_FIRST)));
    touch(write(join(t.dir, PERIOD, OLD_ASSEMBLY, 'my-report-Manifest.json'), manifest(OLD_ASSEMBLY, 'my-report-1.csv.gz')), '2025-12-02T06:00:00Z');
    write(join(t.dir, PERIOD, NEW_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_RESTATED)));
    touch(write(join(t.dir, PERIOD, NEW_ASSEMBLY, 'my-report-Manifest.json'), manifest(NEW_ASSEMBLY, 'my-report-1.csv.gz')), '2025-12-05T06:00:00Z');
    const r = await t.api.ingest({ paths: [join(t.dir, 'cur')] });
    expect(r.files.map((f) => [tail(f.path), f.status])).toEqual([
      [`${NEW_ASSEMBLY}/my-report-1.csv.gz`, 'loaded'],
      [`${OLD_ASSEMBLY}/my-report-1.csv.gz`, 'superseded'],
    ]);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' }]);
    // the superseded delivery is known content: given again alone, it changes nothing
    const again = await t.api.ingest({ paths: [join(t.dir, PERIOD, OLD_ASSEMBLY, 'my-report-1.csv.gz')] });
    expect(again.files.map((f) => f.status)).toEqual(['duplicate']);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' }]);
  });
});

describe('parts of one delivery loaded in separate calls add up', () => {
  it('legacy CUR parts of one assembly folder: both kept, $15.00 + $3.25 = $18.25', async () => {
    const part1 = write(join(t.dir, PERIOD, NEW_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_FIRST)));
    // part 2: c $2.50 + d $0.75 = $3.25
    const part2 = write(join(t.dir, PERIOD, NEW_ASSEMBLY, 'my-report-2.csv.gz'), gz(curCsv([{ id: 'c', month: '2025-11', cost: '2.50' }, { id: 'd', month: '2025-11', cost: '0.75' }])));
    await t.api.ingest({ paths: [part1] });
    const r = await t.api.ingest({ paths: [part2] });
    expect(r.replacedImports).toEqual([]);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 4, billed: '18.250000000000' }]);
    expect((await t.api.listImports({})).imports.map((i) => [i.id, i.status, i.rows, i.deliveryId])).toEqual([
      [2, 'loaded', 2, NEW_ASSEMBLY],
      [1, 'loaded', 2, NEW_ASSEMBLY],
    ]);
  });

  it('Data Exports parts named by the manifest under metadata/BILLING_PERIOD=: both kept', async () => {
    const root = join(t.dir, 'exports', 'my-export');
    const part1 = write(join(root, 'data', 'BILLING_PERIOD=2025-11', 'my-export-00001.csv.gz'), gz(cur2Csv(NOV_FIRST)));
    const part2 = write(join(root, 'data', 'BILLING_PERIOD=2025-11', 'my-export-00002.csv.gz'), gz(cur2Csv([{ id: 'c', month: '2025-11', cost: '2.50' }])));
    write(
      join(root, 'metadata', 'BILLING_PERIOD=2025-11', 'my-export-Manifest.json'),
      JSON.stringify({
        executionId: NEW_ASSEMBLY,
        billingPeriod: { start: '2025-11-01T00:00:00.000Z', end: '2025-12-01T00:00:00.000Z' },
        dataFiles: ['s3://bucket/exports/my-export/data/BILLING_PERIOD=2025-11/my-export-00001.csv.gz', 's3://bucket/exports/my-export/data/BILLING_PERIOD=2025-11/my-export-00002.csv.gz'],
      }),
    );
    await t.api.ingest({ paths: [part1] });
    await t.api.ingest({ paths: [part2] });
    // $15.00 + $2.50
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.500000000000' }]);
  });

  it('another delivery of a loaded period replaces it for that billing account only', async () => {
    const first = write(join(t.dir, PERIOD, OLD_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_FIRST)));
    const other = write(join(t.dir, 'other', '20251101-20251201', OLD_ASSEMBLY, 'other-1.csv.gz'), gz(curCsv([{ id: 'x', payer: '999999999999', month: '2025-11', cost: '7.00' }])));
    await t.api.ingest({ paths: [first, other] });
    const restated = write(join(t.dir, PERIOD, NEW_ASSEMBLY, 'my-report-1.csv.gz'), gz(curCsv(NOV_RESTATED)));
    const r = await t.api.ingest({ paths: [restated] });
    expect(r.replacedImports).toEqual([1]);
    expect(await totals()).toEqual([
      { period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' },
      { period: '2025-11', account: '999999999999', n: 1, billed: '7.000000000000' },
    ]);
  });
});

describe('files with no delivery identity: the ingest stops and the user decides', () => {
  async function loadFirst(): Promise<string> {
    const v1 = write(join(t.dir, 'nov-v1.csv'), curCsv(NOV_FIRST));
    await t.api.ingest({ paths: [v1] });
    return v1;
  }

  it('a file that would replace or double a loaded period stops, naming the import it would affect; nothing changes', async () => {
    const v1 = await loadFirst();
    const before = await snapshot();
    const v2 = write(join(t.dir, 'nov-v2.csv'), curCsv(NOV_RESTATED));
    const err = await t.api.ingest({ paths: [v2] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'INGEST_REPLACE_OR_APPEND' });
    const { message, details } = err as { message: string; details: Record<string, unknown> };
    expect(message).toContain('nov-v1.csv');
    expect(message).toContain('2025-11');
    expect(message).toContain('111111111111');
    expect(message).toContain('--replace');
    expect(message).toContain('--append');
    expect(details).toMatchObject({
      choices: ['replace', 'append'],
      conflicts: [
        {
          providerName: 'AWS',
          billingAccountId: '111111111111',
          billingPeriod: '2025-11',
          files: [{ path: v2, rows: 3, billedCost: 17.25 }],
          loaded: [{ importId: 1, path: v1, rows: 2, billedCost: 15, loadedAt: before.imports[0]!.loadedAt }],
        },
      ],
    });
    expect(await snapshot()).toEqual(before);
    // a question, not a failure: the import history gains no failed attempt
    expect((await t.api.info({})).failedImports).toEqual([]);
  });

  it('--replace: the new file replaces the period ($17.25)', async () => {
    await loadFirst();
    const v2 = write(join(t.dir, 'nov-v2.csv'), curCsv(NOV_RESTATED));
    const r = await t.api.ingest({ paths: [v2], overlap: 'replace' });
    expect(r.replacedImports).toEqual([1]);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' }]);
    expect((await t.api.listImports({})).imports.map((i) => [i.id, i.status])).toEqual([
      [2, 'loaded'],
      [1, 'replaced'],
    ]);
  });

  it('--append: the new rows add to the period ($15.00 + $17.25 = $32.25)', async () => {
    await loadFirst();
    const v2 = write(join(t.dir, 'nov-v2.csv'), curCsv(NOV_RESTATED));
    const r = await t.api.ingest({ paths: [v2], overlap: 'append' });
    expect(r.replacedImports).toEqual([]);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 5, billed: '32.250000000000' }]);
  });

  it('two files of one call overlapping a period stop too; --append sums them, --replace keeps the one given last', async () => {
    const a = write(join(t.dir, 'nov-a.csv'), curCsv(NOV_FIRST));
    const b = write(join(t.dir, 'nov-b.csv'), curCsv([{ id: 'c', month: '2025-11', cost: '2.50' }]));
    await expect(t.api.ingest({ paths: [a, b] })).rejects.toMatchObject({
      code: 'INGEST_REPLACE_OR_APPEND',
      details: { conflicts: [{ billingPeriod: '2025-11', files: [{ path: a, rows: 2, billedCost: 15 }, { path: b, rows: 1, billedCost: 2.5 }], loaded: [] }] },
    });
    expect(await totals()).toEqual([]);
    expect((await t.api.listImports({})).imports).toEqual([]);

    await t.api.ingest({ paths: [a, b], overlap: 'append' });
    // $15.00 + $2.50
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 3, billed: '17.500000000000' }]);
  });

  it('--replace inside one call: the file given last wins, the other is reported as superseded', async () => {
    const a = write(join(t.dir, 'nov-a.csv'), curCsv(NOV_FIRST));
    const b = write(join(t.dir, 'nov-b.csv'), curCsv([{ id: 'c', month: '2025-11', cost: '2.50' }]));
    const r = await t.api.ingest({ paths: [a, b], overlap: 'replace' });
    expect(r.files.map((f) => [f.path, f.status])).toEqual([
      [b, 'loaded'],
      [a, 'superseded'],
    ]);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 1, billed: '2.500000000000' }]);
  });

  it('the same bytes again still change nothing, with or without a choice', async () => {
    const v1 = await loadFirst();
    const before = await snapshot();
    const copy = join(t.dir, 'renamed-copy.csv');
    copyFileSync(v1, copy);
    const r = await t.api.ingest({ paths: [v1, copy] });
    expect(r.files.map((f) => f.status)).toEqual(['duplicate', 'duplicate']);
    const r2 = await t.api.ingest({ paths: [copy], overlap: 'append' });
    expect(r2.files.map((f) => f.status)).toEqual(['duplicate']);
    expect(await snapshot()).toEqual(before);
  });

  it('a month not loaded yet needs no choice', async () => {
    await loadFirst();
    const dec = write(join(t.dir, 'dec.csv'), curCsv([{ id: 'd', month: '2025-12', cost: '4.00' }]));
    await t.api.ingest({ paths: [dec] });
    expect(await totals()).toEqual([
      { period: '2025-11', account: '111111111111', n: 2, billed: '15.000000000000' },
      { period: '2025-12', account: '111111111111', n: 1, billed: '4.000000000000' },
    ]);
  });
});

describe('the command line: --replace and --append', () => {
  const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('stops with one error line naming the loaded import, then loads with the flag the user gives', () => {
    const db = join(t.dir, 'cli.duckdb');
    const v1 = write(join(t.dir, 'nov-v1.csv'), curCsv(NOV_FIRST));
    const v2 = write(join(t.dir, 'nov-v2.csv'), curCsv(NOV_RESTATED));
    expect(cli('ingest', '--db', db, v1).code).toBe(0);
    const stop = cli('ingest', '--db', db, v2);
    expect(stop.code).not.toBe(0);
    expect(stop.stderr).toMatch(/^error: INGEST_REPLACE_OR_APPEND: .*nov-v1\.csv.*--replace.*--append/m);
    expect(cli('ingest', '--db', db, '--replace', '--append', v2).stderr).toMatch(/^error: BAD_REQUEST: .*--replace.*--append/m);
    const r = cli('ingest', '--db', db, '--json', '--append', v2);
    expect(r.code).toBe(0);
    const sum = cli('sql', '--db', db, '--json', 'SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed FROM focus');
    // $15.00 + $17.25
    expect(JSON.parse(sum.stdout)).toEqual([{ n: 5, billed: '32.250000000000' }]);
  });
});

describe('over HTTP (the method table IPC uses too)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('validates the choice, answers the question as error data with its details, then loads with the choice', async () => {
    const v1 = write(join(h.dir, 'nov-v1.csv'), curCsv(NOV_FIRST));
    const v2 = write(join(h.dir, 'nov-v2.csv'), curCsv(NOV_RESTATED));
    const bad = await callApi(h, 'ingest', { paths: [v2], overlap: 'sometimes' });
    expect([bad.status, bad.json().error.code]).toEqual([400, 'BAD_REQUEST']);
    expect((await callApi(h, 'ingest', { paths: [v1] })).json().ok).toBe(true);
    const asked = (await callApi(h, 'ingest', { paths: [v2] })).json();
    expect(asked).toMatchObject({ ok: false, error: { code: 'INGEST_REPLACE_OR_APPEND', details: { choices: ['replace', 'append'], conflicts: [{ billingPeriod: '2025-11', loaded: [{ path: v1, rows: 2, billedCost: 15 }], files: [{ path: v2, rows: 3, billedCost: 17.25 }] }] } } });
    expect((await callApi(h, 'ingest', { paths: [v2], overlap: 'replace' })).json().ok).toBe(true);
    const info = (await callApi(h, 'info', {})).json().result;
    expect(info.periods.map((p: { billingPeriod: string; rows: number; billedCost: number }) => [p.billingPeriod, p.rows, p.billedCost])).toEqual([['2025-11', 3, 17.25]]);
  }, 60_000);
});
