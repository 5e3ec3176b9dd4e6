// `finops-workbench chargeback … --out FILE.csv|.xlsx|.pdf [--mode …]` as a user runs it, on the
// three-teams fixture (core/engines/chargeback/SPEC.md: payments 123.42, search 64.48, data
// 44.10, unallocated 7.00, source total 239.00, worked out by hand there).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../core/store/workspace.ts';
import { cli } from '../support/cli.ts';
import { cellValue, rowOf } from '../support/xlsx-formulas.ts';
import { insertLines, THREE_TEAMS_LINES, THREE_TEAMS_RULES } from './chargeback-fixture.ts';

let dir: string;
let db: string;
let rules: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chargeback-statements-'));
  db = join(dir, 'three-teams.duckdb');
  rules = join(dir, 'rules.json');
  writeFileSync(rules, JSON.stringify(THREE_TEAMS_RULES));
  const ws = await Workspace.open(db);
  await insertLines(ws, THREE_TEAMS_LINES);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => cli('chargeback', '--db', db, '--period', '2026-10', '--rules', rules, ...args);

describe('chargeback --out', { timeout: 300_000 }, () => {
  it('.pdf --mode chargeback: a cover and one page per owner; --json still prints the result', async () => {
    const out = join(dir, 'october.pdf');
    const r = await run('--out', out, '--mode', 'chargeback', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sourceTotal: 239, unallocated: 7 });
    expect(r.stderr).toContain(`wrote the 2026-10 chargeback statement of 3 owners to ${out}`);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+4\n/);
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Chargeback statement: this amount is charged to you');
    expect(text).toContain('Total 123.42 USD');
  });

  it('.xlsx (showback by default): Summary totals as formulas that give the source total', async () => {
    const out = join(dir, 'october.xlsx');
    expect((await run('--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const s = wb.getWorksheet('Summary')!;
    expect(s.getCell('A1').text).toBe('Showback: informational, 2026-10');
    expect(cellValue(s, `D${rowOf(s, 'Total')}`)).toBe(239);
  });

  it('.csv: rows that add up to 239.00, and the command that makes it again', async () => {
    const out = join(dir, 'october.csv');
    expect((await run('--out', out)).code).toBe(0);
    const [context, table] = readFileSync(out, 'utf8').split('\r\n\r\n');
    expect(context).toContain(`--mode showback --out ${out}`);
    const cents = table!.trimEnd().split('\r\n').slice(1).reduce((s, l) => s + Math.round(Number(l.split(',')[6]) * 100), 0);
    expect(cents).toBe(23900);
  });

  it('refuses a file or mode it cannot write, before any work, and writes nothing', async () => {
    const docx = join(dir, 'october.docx');
    const bad = await run('--out', docx);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('error: BAD_REQUEST: --out must end in .csv, .xlsx, .pdf, not ".docx".');
    expect(existsSync(docx)).toBe(false);
    const mode = await run('--out', join(dir, 'x.pdf'), '--mode', 'invoice');
    expect(mode.stderr).toContain('error: BAD_REQUEST: --mode must be showback or chargeback, not "invoice".');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});
