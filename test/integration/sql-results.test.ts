// Analyst SQL results (issue 8, findings 4 and 6): bounded by bytes as well as rows, saying which
// bound stopped them and why; DECIMAL money exact to the last digit, in the API and on the CLI;
// files reachable from the CLI only when the user passes --allow-files.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_RESULT_MAX_BYTES } from '../../core/store/read-only-sql.ts';
import { write } from '../support/files.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sql results', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'cur', 'legacy-all-line-types.csv')] });
  });
  afterAll(() => t.close());

  it('stop at the byte budget, however high the row limit, and say why', async () => {
    expect(SQL_RESULT_MAX_BYTES).toBe(16 * 1024 * 1024);
    // 100,000 rows of {"s":"x…x"} with 1,000 x: 1,008 bytes of JSON each plus a comma, ~100 MB in all.
    // 16,777,216 bytes hold the two brackets and 16,627 such rows (16,627 × 1,009 = 16,776,643).
    const r = await t.api.sql({ query: "SELECT repeat('x', 1000) AS s FROM range(100000)", limit: 1_000_000 });
    expect(r.rows.length).toBe(16_627);
    expect(r.truncated).toBe(true);
    expect(r.truncatedBy).toBe('bytes');
    expect(r.note).toMatch(/16 MB/);
    expect(r.note).toMatch(/GROUP BY|LIMIT/);
    expect(Buffer.byteLength(JSON.stringify(r.rows))).toBeLessThanOrEqual(16 * 1024 * 1024);
  });

  it('stop at the row limit and say so', async () => {
    const r = await t.api.sql({ query: 'SELECT range AS n FROM range(10)', limit: 4 });
    expect(r.rows).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
    expect(r).toMatchObject({ truncated: true, truncatedBy: 'rows' });
    expect(r.note).toMatch(/first 4 rows/);
  });

  it('are whole and unmarked when no bound is reached', async () => {
    const r = await t.api.sql({ query: 'SELECT range AS n FROM range(3)', limit: 3 });
    expect(r).toMatchObject({ rows: [{ n: 0 }, { n: 1 }, { n: 2 }], truncated: false, truncatedBy: null, note: null });
  });

  it('keep DECIMAL money exact, as decimal text', async () => {
    const r = await t.api.sql({ query: 'SELECT 12345678901234.123456789012::DECIMAL(38, 12) AS v, -0.000000000001::DECIMAL(38, 12) AS tiny' });
    expect(r.rows).toEqual([{ v: '12345678901234.123456789012', tiny: '-0.000000000001' }]);
    expect(r.columns).toEqual([
      { name: 'v', type: 'DECIMAL(38,12)' },
      { name: 'tiny', type: 'DECIMAL(38,12)' },
    ]);
    // L01: 10 hours of m5.large at 0.096 = 0.96 billed.
    const l01 = await t.api.sql({ query: "SELECT BilledCost FROM focus WHERE x_LineItemId = 'L01'" });
    expect(l01.rows).toEqual([{ BilledCost: '0.960000000000' }]);
  });

  it('read only in part do not keep the workspace locked once it is closed', async () => {
    // DuckDB keeps a database whose streaming result is still open alive past closeSync()
    const r = await t.api.sql({ query: 'SELECT range AS n FROM range(10000000)', limit: 2 });
    expect(r.truncatedBy).toBe('rows');
    const db = t.ws.path;
    t.ws.close();
    try {
      const info = cli('info', '--db', db, '--json');
      expect(info.stderr).toBe('');
      expect(JSON.parse(info.stdout)).toMatchObject({ rows: 15 }); // 13 lines + the unused rows of L07 and L11
    } finally {
      await reopen(t);
    }
  });

  it('keep DECIMAL money exact on the command line', async () => {
    const db = t.ws.path;
    t.ws.close();
    try {
      const r = cli('sql', '--db', db, '--json', 'SELECT 12345678901234.123456789012::DECIMAL(38, 12) AS v');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('"v": "12345678901234.123456789012"');
    } finally {
      await reopen(t);
    }
  });

  it('read a local file from the command line only with --allow-files', async () => {
    const db = t.ws.path;
    const csv = write(join(t.dir, 'rates.csv'), 'team,rate\nweb,0.25\n');
    t.ws.close();
    try {
      const refused = cli('sql', '--db', db, '--json', `SELECT * FROM read_csv('${csv}')`);
      expect(refused.code).not.toBe(0);
      expect(refused.stdout).toBe('');
      expect(refused.stderr.trim()).toMatch(/^error: SQL_FILE_ACCESS: .*--allow-files/);
      const allowed = cli('sql', '--db', db, '--json', '--allow-files', `SELECT team, rate::VARCHAR AS rate FROM read_csv('${csv}')`);
      expect(allowed.code).toBe(0);
      expect(JSON.parse(allowed.stdout)).toEqual([{ team: 'web', rate: '0.25' }]);
      // even with files allowed, the query cannot write one
      const copy = cli('sql', '--db', db, '--allow-files', `COPY (SELECT 1) TO '${join(t.dir, 'out.csv')}'`);
      expect(copy.stderr.trim()).toMatch(/^error: SQL_NOT_READ_ONLY: /);
    } finally {
      await reopen(t);
    }
  });
});

async function reopen(t: TestWorkspace): Promise<void> {
  const { Workspace } = await import('../../core/store/workspace.ts');
  const { createWorkbench } = await import('../../core/api/service.ts');
  const ws = await Workspace.open(t.ws.path);
  Object.assign(t, { ws, api: createWorkbench(ws) });
}
