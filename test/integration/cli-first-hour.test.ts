// The command line as a new user meets it (issue 9, item 7): --version, months in --from/--to,
// errors in the flags' words, no empty workspace left by a failed first ingest, `~` in paths,
// progress lines in a log, "already loaded" said once, output that fits the terminal.
// Expected output is written by hand from the files the tests write.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { curCsv, write } from '../support/files.ts';
import { tempDir } from '../support/workspace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'finops-workbench.mjs');
const home = tempDir('fw-cli-home-');
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** The CLI with stderr piped (not a terminal), HOME in a temp folder, a known width. */
function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, cwd: home, env: { ...process.env, HOME: home, COLUMNS: '100', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Two months: August 10.00 + 2,000.50 on EC2, September 5.25 on S3.
const NAMES = { 'product/ProductName': (l: { product?: string }) => (l.product === 'AmazonS3' ? 'Amazon Simple Storage Service' : 'Amazon Elastic Compute Cloud') };
const AUG = curCsv(
  [
    { id: 'a1', month: '2026-08', cost: '10.00', day: '03' },
    { id: 'a2', month: '2026-08', cost: '2000.50', day: '20' },
  ],
  NAMES,
);
const SEP = curCsv([{ id: 's1', month: '2026-09', cost: '5.25', product: 'AmazonS3', day: '10' }], NAMES);

describe('finops-workbench, the first hour', () => {
  const db = join(home, 'costs.duckdb');

  it('--version prints the package version alone on stdout', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.stderr).toBe('');
  });

  it('a failed first ingest leaves no workspace file behind', () => {
    const bad = write(join(home, 'notes.csv'), 'a,b\n1,2\n');
    const fresh = join(home, 'fresh.duckdb');
    const r = cli(['ingest', '--db', fresh, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: INGEST_UNKNOWN_FORMAT: /m);
    expect(existsSync(fresh)).toBe(false);
    expect(existsSync(`${fresh}.wal`)).toBe(false);
  });

  it('expands ~ in import paths and prints progress as lines when stderr is not a terminal', () => {
    write(join(home, 'cur', 'aug.csv'), AUG);
    const r = cli(['ingest', '--db', db, '~/cur/aug.csv']);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    const file = join(home, 'cur', 'aug.csv');
    // one line per phase (discover, read, load, commit, done), then the result
    expect(lines[0]).toBe(`Looking at ${file}`);
    expect(lines[1]).toBe('Checking 1 file');
    expect(lines[2]).toMatch(/^Loading .*aug\.csv/);
    expect(lines.slice(-4)).toEqual([
      'Saving the workspace (100%)',
      'Loaded 2 rows from 1 file',
      `loaded          ${file} (cur-legacy-csv): 2 rows, 2026-08, billed 2,010.50`,
      `2 rows from 1 file loaded into ${db}`,
    ]);
  });

  it('a workspace that existed is kept when a later ingest fails', () => {
    const r = cli(['ingest', '--db', db, join(home, 'notes.csv')]);
    expect(r.code).toBe(1);
    expect(existsSync(db)).toBe(true);
    expect(JSON.parse(cli(['info', '--db', db, '--json']).stdout).rows).toBe(2);
  });

  it('says "already loaded" once for a file loaded before', () => {
    const r = cli(['ingest', '--db', db, '--json', '~/cur/aug.csv']);
    expect(JSON.parse(r.stdout).files[0].status).toBe('duplicate');
    const human = cli(['ingest', '--db', db, '~/cur/aug.csv']);
    expect(human.stderr.match(/already loaded/g)).toHaveLength(1);
    expect(human.stderr.trimEnd().split('\n').slice(-1)).toEqual([`Nothing new loaded into ${db}.`]);
  });

  it('info prints aligned columns with separators and "1 import" / "2 rows"', () => {
    write(join(home, 'cur', 'sep.csv'), SEP);
    expect(cli(['ingest', '--db', db, '--json', '~/cur/sep.csv']).code).toBe(0);
    const r = cli(['info', '--db', db]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${db}: 3 rows from AWS`);
    expect(lines.slice(1, 7)).toEqual([
      '',
      'billing period  provider  billing account  currency  rows  billed cost  effective cost',
      '2026-08         AWS       111111111111     USD          2     2,010.50        2,010.50',
      '2026-09         AWS       111111111111     USD          1         5.25            5.25',
      'total                                      USD          3     2,015.75        2,015.75',
      '',
    ]);
    expect(lines[7]).toMatch(/^2 imports; the last: .*sep\.csv, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    // the notes.csv attempt that failed above is kept in the history
    expect(lines[8]).toMatch(/^1 failed import attempt \(nothing changed\); the last: .*notes\.csv, .* UTC: INGEST_UNKNOWN_FORMAT$/);
  });

  it('pivot takes months in --from/--to, --to running through the month named', () => {
    const r = cli(['pivot', '--db', db, '--rows', 'ServiceName', '--cols', 'month', '--from', '2026-08', '--to', '2026-09']);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'Effective cost in USD by ServiceName and month, 2026-08-01 to 2026-09-30',
      'ServiceName                     2026-08  2026-09     Total',
      'Amazon Elastic Compute Cloud   2,010.50           2,010.50',
      'Amazon Simple Storage Service               5.25      5.25',
      'Grand total                    2,010.50     5.25  2,015.75',
    ]);
    const aug = cli(['pivot', '--db', db, '--rows', 'ServiceName', '--from', '2026-08', '--to', '2026-08', '--json']);
    expect(JSON.parse(aug.stdout).spec.period).toEqual({ from: '2026-08-01', to: '2026-09-01' });
    expect(JSON.parse(aug.stdout).totals).toEqual([2010.5]);
  });

  it('pivot errors name the flags, never the spec fields', () => {
    const r = cli(['pivot', '--db', db, '--rows', 'ServiceName', '--from', '2026-8']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: BAD_REQUEST: --from "2026-8" is not a date: write a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), e.g. --from 2026-08.\n');
    const cols = cli(['pivot', '--db', db, '--rows', 'ServiceName', '--cols', 'month,RegionId,ChargeCategory,SubAccountName']);
    expect(cols.stderr).toMatch(/^error: BAD_REQUEST: Invalid pivot flags: --cols: /);
    expect(cols.stderr).not.toMatch(/spec\./);
  });

  it('pivot fits a narrow terminal: columns left out with a note, every line within the width', () => {
    const r = cli(['pivot', '--db', db, '--rows', 'ServiceName', '--cols', 'day'], { COLUMNS: '60' });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    // 3 days (08-03, 08-20, 09-10) and Total: labels (29 wide) give up 3 characters so that two
    // days (10 each) and Total (8) fit in 60 with their gaps: 26 + 12 + 12 + 10
    expect(lines.slice(1)).toEqual([
      'ServiceName                 2026-08-03  2026-08-20     Total',
      'Amazon Elastic Compute Cl…       10.00    2,000.50  2,010.50',
      'Amazon Simple Storage Ser…                              5.25',
      'Grand total                      10.00    2,000.50  2,015.75',
      '1 of 4 columns not shown (width 60): see all with --csv, --json or --out FILE.xlsx',
    ]);
    expect(lines.every((l) => [...l].length <= 60 || l.startsWith('Effective cost') || l.startsWith('1 of 4'))).toBe(true);
  });

  it('pivot says when a filter value matches nothing, with the nearest value', () => {
    const r = cli(['pivot', '--db', db, '--rows', 'ServiceName', '--filter', 'ServiceName=Amazon EC2']);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n').slice(-1)).toEqual(['note: No line has ServiceName "Amazon EC2". Did you mean "Amazon Elastic Compute Cloud"?']);
  });
});
