// The command line contract (DESIGN.md): --json prints one JSON document on stdout and nothing
// else there; failures exit non-zero with one `error: CODE: message` line on stderr.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curCsv, write } from '../support/files.ts';
import { SHARED_DATA, tempDir } from '../support/workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
const dir = tempDir();
const db = join(dir, 'cli.duckdb');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('finops-workbench command line', () => {

  it('ingest --json prints only the result on stdout', () => {
    const r = cli('ingest', '--db', db, '--json', join(SHARED_DATA, 'aws-cur-legacy-sample', 'sample-anonymous-aws-export-dataset.csv'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0]).toMatchObject({ status: 'loaded', format: 'cur-legacy-csv', rows: 1281, billingPeriods: ['2023-11'] });
    expect(doc.rowsLoaded).toBe(1281);
  });

  it('sql --json returns rows as objects', () => {
    const r = cli('sql', '--db', db, '--json', "SELECT ServiceName, count(*) AS n FROM focus WHERE ServiceName LIKE 'AWS Glue%' GROUP BY 1");
    expect(r.code).toBe(0);
    // 99 lines of the sample have product/ProductName = AWS Glue.
    expect(JSON.parse(r.stdout)).toEqual([{ ServiceName: 'AWS Glue', n: 99 }]);
  });

  it('sql refuses anything but a read', () => {
    const r = cli('sql', '--db', db, '--json', 'DELETE FROM focus');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^error: SQL_NOT_READ_ONLY: .*read-only/);
  });

  it('info --json describes periods and imports', () => {
    const r = cli('info', '--db', db, '--json');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.periods).toEqual([
      { billingPeriod: '2023-11', providerName: 'AWS', billingAccountId: '123412340534', currency: 'USD', rows: 1281, billedCost: 1.68, effectiveCost: 1.68 },
    ]);
    expect(info.totals).toEqual([{ currency: 'USD', rows: 1281, billedCost: 1.68, effectiveCost: 1.68 }]);
    expect(info.imports).toHaveLength(1);
  });

  it('a bad file fails with a one-line error and an exit code', () => {
    const bad = write(join(dir, 'not-billing.csv'), 'a,b\n1,2\n');
    const r = cli('ingest', '--db', db, '--json', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: INGEST_UNKNOWN_FORMAT: .*not-billing\.csv is not billing data/);
  });

  it('human output goes to stderr', () => {
    const f = write(join(dir, 'dec.csv'), curCsv([{ id: 'd', month: '2023-12', cost: '2.00' }]));
    const r = cli('ingest', '--db', db, f);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 row from 1 file loaded');
  });
});
