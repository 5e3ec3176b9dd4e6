// `finops-workbench pivot` as a user runs it: a real process on a real workspace file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { insertLines, TINY_ORG } from './pivot-fixture.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pivot-cli-'));
  db = join(dir, 'tiny-org.duckdb');
  const ws = await Workspace.open(db);
  await insertLines(ws, TINY_ORG);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finops-workbench pivot', () => {
  it('prints {spec, columns, rows, totals} as JSON with filters on a column and a tag', async () => {
    const r = await cli('pivot', '--db', db, '--rows', 'ServiceName,SubAccountName', '--cols', 'month', '--measure', 'EffectiveCost',
      '--from', '2026-01-01', '--to', '2026-04-01', '--filter', 'ServiceName=Amazon EC2', '--filter', 'tag:Team=payments', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.spec).toMatchObject({ kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], columns: ['month'], measures: ['EffectiveCost'] });
    expect(out.columns.map((c: { keys: string[]; total: boolean }) => (c.total ? 'Total' : c.keys[0]))).toEqual(['2026-01', '2026-02', '2026-03', 'Total']);
    // EC2 with Team=payments: all prod: Jan 80, Feb 90, Mar 100 - 20
    expect(out.rows).toEqual([
      { keys: ['Amazon EC2'], depth: 1, subtotal: true, values: [80, 90, 80, 250] },
      { keys: ['Amazon EC2', 'prod'], depth: 2, subtotal: false, values: [80, 90, 80, 250] },
    ]);
    expect(out.totals).toEqual([80, 90, 80, 250]);
  });

  it('prints CSV and writes XLSX', async () => {
    const csv = await cli('pivot', '--db', db, '--rows', 'tag:Team', '--top', 'tag:Team=2', '--measure', 'BilledCost', '--csv');
    expect(csv.code).toBe(0);
    // Billed by Team: payments 100+10.25+110+0.005+120-20 = 320.255; search 50.5+10.01 = 60.51; dba 200;
    // top 2 = payments, dba; Other = search 60.51 + o'brien 40 + '' 0.005 + untagged (200 + 1.111) = 301.626.
    // Floors 320.25 + 200.00 + 301.62 = 821.87 leave one cent of 821.88: it goes to the largest remainder (Other, 0.6c > 0.5c)
    const [block, table] = csv.stdout.split('\r\n\r\n');
    expect(table).toBe(['tag:Team,BilledCost (USD)', 'payments,320.25', 'dba,200.00', 'Other,301.63', 'Grand total,821.88', ''].join('\r\n'));
    // the context block, with the command that prints it again
    expect(block!.split('\r\n')).toContain('# Title: Effective cost by tag:Team');
    expect(block!.split('\r\n')).toContain(`# Command: npx finops-workbench pivot --db ${resolve(db)} --rows tag:Team --measure BilledCost --top tag:Team=2 --csv`);
    expect(block!.split('\r\n')).toContain('# Filters: None');
    const file = join(dir, 'out.xlsx');
    const x = await cli('pivot', '--db', db, '--rows', 'ServiceName', '--out', file);
    expect(x.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Pivot')!;
    expect(wb.getWorksheet('About')!.getCell('A1').value).toBe('Title');
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual(['Amazon EC2', 340.5]);
    expect([sheet.getCell('A7').value, sheet.getCell('B7').value]).toEqual(['Grand total', 671.88]);
  });

  it('fails with a clear code on an unknown column, and prints nothing on stdout', async () => {
    const r = await cli('pivot', '--db', db, '--rows', 'Servicename', '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: PIVOT_UNKNOWN_COLUMN: Unknown column "Servicename" in --rows\. Did you mean "ServiceName"\?/);
    const missing = await cli('pivot', '--db', join(dir, 'nope.duckdb'), '--json');
    expect(missing.stderr).toMatch(/^error: WORKSPACE_OPEN_FAILED/);
  });
});
