// Every command line in the README's "Command line" section, run as written (in a fresh folder,
// `npx finops-workbench` being this checkout's bin) against the demo workspace its first example
// builds, and against a generated bill in ~/cur/my-report/ for the "your own bill" block. Each
// must exit 0 and find data: a README example that prints an empty table teaches the wrong thing
// (issue 9: `--filter 'ServiceName=Amazon EC2'` and `--rows tag:Team` found nothing on the demo).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeSection, shellBlocks, shellWords } from '../support/readme-commands.ts';
import { tempDir } from '../support/workspace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'finops-workbench.mjs');
const NPX = ['npx', 'finops-workbench'];
const home = tempDir('fw-readme-');
const SECTION = readmeSection(readFileSync(join(ROOT, 'README.md'), 'utf8'), '## Command line');
const [DEMO_BLOCK, OWN_BLOCK] = shellBlocks(SECTION);

function run(words: string[]) {
  expect(words.slice(0, 2), `README examples start with "npx finops-workbench": ${words.join(' ')}`).toEqual(NPX);
  const r = spawnSync(process.execPath, [BIN, ...words.slice(2)], { encoding: 'utf8', timeout: 300_000, cwd: home, env: { ...process.env, HOME: home, COLUMNS: '120' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The table's body: lines after the caption and header, without the grand total and notes. */
function tableRows(stderr: string): string[] {
  const lines = stderr.trimEnd().split('\n');
  return lines.slice(2).filter((l) => !l.startsWith('Grand total') && !l.startsWith('note:') && !/columns not shown/.test(l));
}

/** Checks that an example's output holds data, per command. */
function expectData(words: string[], r: { stdout: string; stderr: string }): void {
  const command = words[2];
  const json = words.includes('--json');
  expect(r.stderr, 'no notice: every filter value and tag key exists').not.toMatch(/^(note|warning):/m);
  if (command === 'pivot' && json) {
    const doc = JSON.parse(r.stdout) as { rows: unknown[]; totals: (number | null)[]; notices: unknown[] };
    expect(doc.rows.length).toBeGreaterThan(1);
    expect(doc.totals[0]).toBeGreaterThan(0);
    expect(doc.notices).toEqual([]);
  } else if (command === 'pivot' && words.includes('--out')) {
    expect(r.stderr).toMatch(/^wrote \d+ rows to /m);
  } else if (command === 'pivot') {
    const rows = tableRows(r.stderr);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.some((l) => l.startsWith('(untagged)') || l.startsWith('(no lines)')) && rows.length < 3).toBe(false);
  } else if (command === 'sql') {
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(1);
  } else if (command === 'info') {
    expect(r.stderr).toMatch(/: [\d,]+ rows from AWS\n/);
    expect(r.stderr).toMatch(/^total /m);
  } else if (command === 'demo') {
    expect(r.stderr).toMatch(/^demo workspace demo\.duckdb: [\d,]+ rows, 2026-08, 2026-09, 2026-10$/m);
  } else if (command === 'forecast') {
    // where the month lands, and the track record on the demo's own history
    expect(r.stderr).toMatch(/^2026-11 +[\d,.]+ +[\d,.]+ +[\d,.]+ – [\d,.]+/m);
    expect(r.stderr).toMatch(/^track record: last \d+ months?: month totals within [\d.]+%/m);
  } else if (command === 'budgets' && words[3] === 'set') {
    expect(r.stderr).toMatch(/^Budget "[^"]+" saved\.$/m);
  } else if (command === 'budgets' && words[3] === 'status') {
    const doc = JSON.parse(r.stdout) as { statuses: { forecast: number; status: string }[] };
    expect(doc.statuses.length).toBeGreaterThan(0);
    expect(doc.statuses[0]!.forecast).toBeGreaterThan(0);
  } else if (command === 'ingest') {
    expect(r.stderr).toMatch(/^[\d,]+ rows from \d+ files? loaded into /m);
  } else {
    throw new Error(`add a check for README command "${command}"`);
  }
}

beforeAll(() => {
  // "your own bill": one generated month of legacy CUR where the README says it is
  const gen = join(home, 'gen');
  const r = spawnSync(process.execPath, [BIN, 'generate', '--out', gen, '--format', 'cur-legacy-csv', '--months', '1', '--scale', '3000', '--json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  cpSync(join(gen, 'billing'), join(home, 'cur', 'my-report'), { recursive: true });
}, 120_000);
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('README command-line examples', () => {
  it('are split into the demo block and the own-bill block', () => {
    expect(DEMO_BLOCK!.length).toBeGreaterThanOrEqual(5);
    expect(DEMO_BLOCK![0]).toBe('npx finops-workbench demo --db demo.duckdb');
    expect(OWN_BLOCK![0]).toBe('npx finops-workbench ingest --db costs.duckdb ~/cur/my-report/');
  });

  it('each find data on the demo workspace', () => {
    for (const line of DEMO_BLOCK!) {
      const words = shellWords(line);
      const r = run(words);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      expectData(words, r);
    }
  }, 600_000);

  it('each find data on a bill in ~/cur/my-report/', () => {
    for (const line of OWN_BLOCK!) {
      const words = shellWords(line);
      const r = run(words);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      expectData(words, r);
    }
    expect(existsSync(join(home, 'costs.xlsx'))).toBe(true);
  }, 300_000);

  it('the issue’s examples now say why they find nothing, with the demo’s own names', () => {
    const ec2 = run([...NPX, 'pivot', '--db', 'demo.duckdb', '--rows', 'ServiceName', '--filter', 'ServiceName=Amazon EC2']);
    expect(ec2.code).toBe(0);
    expect(ec2.stderr).toContain('note: No line has ServiceName "Amazon EC2". Did you mean "Amazon Elastic Compute Cloud"?\n');
    const team = run([...NPX, 'pivot', '--db', 'demo.duckdb', '--rows', 'tag:Team', '--json']);
    const doc = JSON.parse(team.stdout) as { notices: { code: string; suggestions: string[] }[] };
    // the demo is CUR 2.0 only, which writes Team as user_team: its key is `team` (no legacy header
    // taught the map AWS's spelling; `tagkeys set` would). Its misspelt `Team ` is user_team too.
    expect(doc.notices).toEqual([expect.objectContaining({ code: 'PIVOT_TAG_KEY_UNKNOWN', suggestions: ['team'] })]);
  }, 120_000);
});

describe('README command lines are split like a shell', () => {
  it('quotes, escapes and comments', () => {
    expect(shellWords(`npx fw pivot --filter 'ServiceName=Amazon EC2' --json "SELECT \\"a\\" b" x\\ y # note`)).toEqual([
      'npx', 'fw', 'pivot', '--filter', 'ServiceName=Amazon EC2', '--json', 'SELECT "a" b', 'x y',
    ]);
    expect(shellBlocks('text\n```sh\n# c\na b \\\n  c\n\nd\n```\n')).toEqual([['a b c', 'd']]);
  });
});
