// Load semantics: one ingest is one transaction; a newer delivery of a billing period replaces it
// for that billing account (asked first when files carry no delivery identity); the same file again changes nothing; drifting schemas load; delivery
// folders follow their manifest; gzip and zip are read by content.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { curCsv, gz, write, zip } from '../support/files.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
});
afterEach(async () => {
  await expectConformant(t.api);
  t.close();
});

async function totals() {
  return query(t.api, `SELECT strftime(BillingPeriodStart, '%Y-%m') AS period, BillingAccountId AS account, count(*) AS n, sum(BilledCost)::VARCHAR AS billed
    FROM focus GROUP BY ALL ORDER BY 1, 2`);
}

describe('load semantics', () => {
  // files with no delivery identity replace only when told (ingest-restatements.test.ts has the rest)
  it('with replace, a newer file of a period replaces it for that billing account only', async () => {
    const v1 = write(join(t.dir, 'nov-v1.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '10.00' }, { id: 'b', month: '2025-11', cost: '5.00' }]));
    const other = write(join(t.dir, 'nov-other-payer.csv'), curCsv([{ id: 'x', payer: '999999999999', month: '2025-11', cost: '7.00' }]));
    const oct = write(join(t.dir, 'oct.csv'), curCsv([{ id: 'o', month: '2025-10', cost: '3.00' }]));
    await t.api.ingest({ paths: [v1, other, oct] });
    const v2 = write(join(t.dir, 'nov-v2.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '11.00' }, { id: 'b', month: '2025-11', cost: '5.25' }, { id: 'c', month: '2025-11', cost: '1.00' }]));
    const r = await t.api.ingest({ paths: [v2], overlap: 'replace' });
    expect(r.replacedImports).toEqual([1]);
    expect(await totals()).toEqual([
      { period: '2025-10', account: '111111111111', n: 1, billed: '3.000000000000' },
      { period: '2025-11', account: '111111111111', n: 3, billed: '17.250000000000' },
      { period: '2025-11', account: '999999999999', n: 1, billed: '7.000000000000' },
    ]);
    const imports = (await t.api.listImports({})).imports;
    expect(imports.map((i) => [i.id, i.status, i.rows])).toEqual([
      [4, 'loaded', 3],
      [3, 'loaded', 1],
      [2, 'loaded', 1],
      [1, 'replaced', 0],
    ]);
  });

  it('re-loading the same file changes nothing', async () => {
    const f = write(join(t.dir, 'nov.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '10.00' }]));
    await t.api.ingest({ paths: [f] });
    const copy = join(t.dir, 'renamed-copy.csv');
    copyFileSync(f, copy);
    const r = await t.api.ingest({ paths: [f, copy] });
    expect(r.files.map((x) => x.status)).toEqual(['duplicate', 'duplicate']);
    expect(r.rowsLoaded).toBe(0);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 1, billed: '10.000000000000' }]);
    expect((await t.api.listImports({})).imports).toHaveLength(1);
  });

  it('one ingest is one transaction: a bad file loads nothing of the others', async () => {
    const good = write(join(t.dir, 'good.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '10.00' }]));
    await t.api.ingest({ paths: [good] });
    const good2 = write(join(t.dir, 'good2.csv'), curCsv([{ id: 'b', month: '2025-12', cost: '4.00' }]));
    const bad = write(join(t.dir, 'bad.csv'), curCsv([{ id: 'c', month: '2025-12', cost: 'twelve' }]));
    await expect(t.api.ingest({ paths: [good2, bad] })).rejects.toMatchObject({ code: 'INGEST_BAD_VALUE' });
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 1, billed: '10.000000000000' }]);
    expect((await t.api.listImports({})).imports).toHaveLength(1);
  });

  it('loads months whose columns differ (schema drift)', async () => {
    const oct = write(join(t.dir, 'oct.csv'), curCsv([{ id: 'o', month: '2025-10', cost: '3.00' }]));
    const nov = write(
      join(t.dir, 'nov.csv'),
      curCsv([{ id: 'n', month: '2025-11', cost: '4.00' }], { 'resourceTags/user:Team': () => 'web', 'lineItem/NetUnblendedCost': () => '3.60' }),
    );
    await t.api.ingest({ paths: [oct, nov] });
    const rows = await query(t.api, `SELECT x_LineItemId AS id, BilledCost AS billed, x_NetUnblendedCost AS net, Tags AS tags FROM focus ORDER BY id`);
    // November has NetUnblendedCost, so BilledCost is the net figure; October lacks it and the tag columns: null, not 0.
    expect(rows).toEqual([
      { id: 'n', billed: 3.6, net: 3.6, tags: { Team: 'web' } },
      { id: 'o', billed: 3, net: null, tags: null },
    ]);
  });

  it('keeps tag columns whose names differ only in case apart', async () => {
    const f = write(
      join(t.dir, 'case.csv'),
      curCsv([{ id: 'k', month: '2025-11', cost: '1.00' }], { 'resourceTags/user:Team': () => 'web', 'resourceTags/user:team': () => 'data', 'resourceTags/user:TEAM': () => '' }),
    );
    await t.api.ingest({ paths: [f] });
    expect(await query(t.api, 'SELECT Tags FROM focus')).toEqual([{ Tags: { Team: 'web', team: 'data' } }]);
  });

  it('reads gzip and zip by content, whatever the name', async () => {
    const text = curCsv([{ id: 'g', month: '2025-11', cost: '2.50' }]);
    const gzFile = write(join(t.dir, 'report-part.bin'), gz(text));
    const zipFile = write(join(t.dir, 'archive.data'), zip({ 'cur/dec.csv': curCsv([{ id: 'z', month: '2025-12', cost: '1.25' }]) }));
    const r = await t.api.ingest({ paths: [gzFile, zipFile] });
    expect(r.files.map((f) => [f.format, f.rows])).toEqual([
      ['cur-legacy-csv', 1],
      ['cur-legacy-csv', 1],
    ]);
    expect(r.files[1]!.path).toContain('archive.data › cur/dec.csv');
    expect(await totals()).toEqual([
      { period: '2025-11', account: '111111111111', n: 1, billed: '2.500000000000' },
      { period: '2025-12', account: '111111111111', n: 1, billed: '1.250000000000' },
    ]);
  });

  it('loads a delivery folder by its manifest, several parts, skipping an older assembly', async () => {
    const period = join(t.dir, 'cur', 'report', '20251101-20251201');
    write(join(period, 'old-assembly', 'report-1.csv.gz'), gz(curCsv([{ id: 'old', month: '2025-11', cost: '99.00' }])));
    write(join(period, 'old-assembly', 'report-Manifest.json'), JSON.stringify({ assemblyId: 'old-assembly', billingPeriod: { start: '20251101T000000.000Z' }, reportKeys: ['cur/report/20251101-20251201/old-assembly/report-1.csv.gz'] }));
    write(join(period, 'new-assembly', 'report-1.csv.gz'), gz(curCsv([{ id: 'p1', month: '2025-11', cost: '10.00' }])));
    write(join(period, 'new-assembly', 'report-2.csv.gz'), gz(curCsv([{ id: 'p2', month: '2025-11', cost: '20.00' }])));
    const manifest = { assemblyId: 'new-assembly', billingPeriod: { start: '20251101T000000.000Z' }, reportKeys: ['cur/report/20251101-20251201/new-assembly/report-1.csv.gz', 'cur/report/20251101-20251201/new-assembly/report-2.csv.gz'] };
    write(join(period, 'new-assembly', 'report-Manifest.json'), JSON.stringify(manifest));
    write(join(period, 'report-Manifest.json'), JSON.stringify(manifest));
    const r = await t.api.ingest({ paths: [join(t.dir, 'cur')] });
    expect(r.files.filter((f) => f.status === 'loaded').map((f) => f.path.split('/').slice(-2).join('/'))).toEqual(['new-assembly/report-1.csv.gz', 'new-assembly/report-2.csv.gz']);
    expect(r.files.filter((f) => f.status === 'skipped').map((f) => f.path.split('/').slice(-2).join('/'))).toEqual(['old-assembly/report-1.csv.gz']);
    expect(await totals()).toEqual([{ period: '2025-11', account: '111111111111', n: 2, billed: '30.000000000000' }]);
  });

  it('refuses a delivery folder whose manifest lists a missing part, loading nothing', async () => {
    const dir = join(t.dir, 'delivery');
    write(join(dir, 'report-1.csv.gz'), gz(curCsv([{ id: 'p1', month: '2025-11', cost: '10.00' }])));
    write(join(dir, 'report-Manifest.json'), JSON.stringify({ assemblyId: 'a', billingPeriod: { start: '20251101T000000.000Z' }, reportKeys: ['x/report-1.csv.gz', 'x/report-2.csv.gz'] }));
    await expect(t.api.ingest({ paths: [dir] })).rejects.toMatchObject({ code: 'INGEST_MANIFEST', message: expect.stringContaining('report-2.csv.gz') });
    expect(await totals()).toEqual([]);
  });

  it('removes a billing period and lets its file load again', async () => {
    const f = write(join(t.dir, 'two-months.csv'), curCsv([{ id: 'a', month: '2025-10', cost: '1.00' }, { id: 'b', month: '2025-11', cost: '2.00' }]));
    await t.api.ingest({ paths: [f] });
    expect(await t.api.removePeriod({ billingPeriod: '2025-11' })).toEqual({ rowsRemoved: 1, importsAffected: [1] });
    expect(await totals()).toEqual([{ period: '2025-10', account: '111111111111', n: 1, billed: '1.000000000000' }]);
    await expect(t.api.removePeriod({ billingPeriod: '2025-11' })).rejects.toMatchObject({ code: 'PERIOD_NOT_FOUND' });
    await t.api.removePeriod({ billingPeriod: '2025-10' });
    expect((await t.api.listImports({})).imports[0]!.status).toBe('removed');
    const again = await t.api.ingest({ paths: [f] });
    expect(again.files[0]!.status).toBe('loaded');
    expect(await totals()).toHaveLength(2);
  });
});
