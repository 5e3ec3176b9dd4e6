// Analyst SQL cannot write, change settings, install anything or reach files (issue 8, finding 1):
// every attack below is refused with a coded error, the workspace is the same before and after
// (also after reopening it), and no file appears.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { sql } from '../../core/sql/index.ts';
import { createWorkbench } from '../../core/api/service.ts';
import { Workspace } from '../../core/store/workspace.ts';
import type { WorkbenchApi } from '../../core/api/contract.ts';
import { FIXTURES, openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';
import { write } from '../support/files.ts';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

/** What an attack could change: the FOCUS rows, the import history, the saved views. */
async function snapshot(ws: Workspace): Promise<unknown> {
  return {
    focus: await ws.db.all(sql`SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed, sum(EffectiveCost)::VARCHAR AS effective FROM focus`),
    imports: await ws.db.all(sql`SELECT id, status, rows, content_hash FROM imports ORDER BY id`),
    views: await ws.db.all(sql`SELECT name, spec FROM saved_views ORDER BY name`),
    tables: await ws.db.all(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1`),
  };
}

describe('analyst SQL is locked down', () => {
  let t: TestWorkspace;
  let before: unknown;
  const out = tempDir('fw-sql-out-');
  const target = (name: string) => join(out, name);
  const secret = write(join(out, 'secret.csv'), 'a,b\n1,2\n');

  // Each statement as an attacker would type it, and the file it would write (if any).
  const ATTACKS: { sql: string; file?: string }[] = [];
  for (const prefix of ['EXPLAIN ANALYZE ', '']) {
    ATTACKS.push(
      { sql: `${prefix}DELETE FROM focus` },
      { sql: `${prefix}UPDATE imports SET status = 'removed'` },
      { sql: `${prefix}DROP TABLE saved_views` },
      { sql: `${prefix}INSERT INTO focus (BilledCost) VALUES (1)` },
      { sql: `${prefix}COPY (SELECT 'echo owned') TO '${target(`${prefix ? 'ea-' : ''}x.sh`)}'`, file: target(`${prefix ? 'ea-' : ''}x.sh`) },
      { sql: `${prefix}SET memory_limit = '8GB'` },
      { sql: `${prefix}INSTALL httpfs` },
      { sql: `${prefix}ATTACH '${target(`${prefix ? 'ea-' : ''}other.duckdb`)}' AS other`, file: target(`${prefix ? 'ea-' : ''}other.duckdb`) },
    );
  }
  ATTACKS.push(
    { sql: 'EXPLAIN SELECT * FROM focus' },
    { sql: 'SELECT 1; DELETE FROM focus' },
    { sql: "CALL pragma_version()" },
    { sql: 'LOAD json' },
    { sql: 'CHECKPOINT' },
    { sql: "SELECT nextval('no_such_sequence')" },
    { sql: `EXPORT DATABASE '${target('export')}'`, file: target('export') },
  );

  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'cur', 'legacy-all-line-types.csv')] });
    await t.api.saveView(validateRequest('saveView', { name: 'by service', spec: { kind: 'pivot', rows: ['ServiceName'] } }));
    before = await snapshot(t.ws);
  });
  afterAll(() => t.close());

  it.each(ATTACKS)('refuses $sql with a coded error, changing nothing', async ({ sql, file }) => {
    const code = await codeOf(t.api.sql({ query: sql }));
    expect(['SQL_NOT_READ_ONLY', 'SQL_FAILED']).toContain(code);
    expect(await snapshot(t.ws)).toEqual(before);
    if (file) expect(existsSync(file)).toBe(false);
  });

  it('refuses the write forms as not read-only, naming what it got', async () => {
    await expect(t.api.sql({ query: 'EXPLAIN ANALYZE DELETE FROM focus' })).rejects.toMatchObject({ code: 'SQL_NOT_READ_ONLY', message: expect.stringMatching(/EXPLAIN/) });
    await expect(t.api.sql({ query: 'DROP TABLE saved_views' })).rejects.toMatchObject({ code: 'SQL_NOT_READ_ONLY', message: expect.stringMatching(/DROP/) });
  });

  it('refuses to read a local file, with what to do instead', async () => {
    for (const q of [`SELECT * FROM read_csv('${secret}')`, `SELECT * FROM '${secret}'`, `SELECT * FROM read_text('/etc/passwd')`, `SELECT * FROM glob('/etc/*')`]) {
      await expect(t.api.sql({ query: q }), q).rejects.toMatchObject({ code: 'SQL_FILE_ACCESS', message: expect.stringMatching(/--allow-files/) });
    }
  });

  it('runs on a locked instance that installs and loads nothing by itself', async () => {
    const r = await t.api.sql({
      query: `SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'autoinstall_known_extensions', 'autoload_known_extensions', 'lock_configuration') ORDER BY name`,
    });
    expect(r.rows).toEqual([
      { name: 'autoinstall_known_extensions', value: 'false' },
      { name: 'autoload_known_extensions', value: 'false' },
      { name: 'enable_external_access', value: 'false' },
      { name: 'lock_configuration', value: 'true' },
    ]);
  });

  it('still answers ordinary reads', async () => {
    // L01 is the fixture's one Usage line.
    const r = await t.api.sql({ query: "SELECT x_LineItemId AS id FROM focus WHERE x_LineItemType = 'Usage'" });
    expect(r.rows).toEqual([{ id: 'L01' }]);
    const described = await t.api.sql({ query: 'DESCRIBE focus' });
    expect(described.rows).toContainEqual(expect.objectContaining({ column_name: 'BilledCost', column_type: 'DECIMAL(38,12)' }));
    const loaded = await t.api.sql({ query: "SELECT count(*) AS n FROM (FROM imports) WHERE status = 'loaded'" });
    expect(loaded.rows).toEqual([{ n: 1 }]);
  });

  it('finds the workspace unchanged after reopening it', async () => {
    const path = t.ws.path;
    t.ws.close();
    const ws = await Workspace.open(path);
    try {
      expect(await snapshot(ws)).toEqual(before);
    } finally {
      ws.close();
    }
    // reopen for afterAll's close
    const again = await Workspace.open(path);
    (t as { ws: Workspace }).ws = again;
    (t as { api: WorkbenchApi }).api = createWorkbench(again);
  });

  it('has no way to ask for file access over a transport', () => {
    expect(() => validateRequest('sql', { query: 'SELECT 1', allowFiles: true })).toThrow(/allowFiles/);
  });
});

describe('ingest on the locked workspace', () => {
  it('still reads the files the user gives it, from anywhere', async () => {
    const t = await openTestWorkspace();
    try {
      const r = await t.api.ingest({ paths: [join(FIXTURES, 'cur', 'legacy-all-line-types.csv')] });
      expect(r.files[0]).toMatchObject({ status: 'loaded' });
    } finally {
      t.close();
    }
  });
});
