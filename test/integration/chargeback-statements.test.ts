// Statements of the "three-teams" worked example (core/engines/chargeback/SPEC.md) through the
// API, as the app's export button gets them: the CSV rows, the workbook's formulas and the PDF's
// pages hold the figures SPEC.md works out by hand (payments 123.42, search 64.48, data 44.10,
// unallocated 7.00, source total 239.00).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../core/api/pivot-contract.ts';
import type { TestWorkspace } from '../support/workspace.ts';
import { cellValue, rowOf } from '../support/xlsx-formulas.ts';
import { THREE_TEAMS_RULES, threeTeamsWorkspace } from './chargeback-fixture.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await threeTeamsWorkspace();
});
afterAll(() => t.close());

const spec = { period: '2026-10', rules: THREE_TEAMS_RULES };
const tail = ',USD,Effective,0';

function saved(f: ExportedFile): string {
  const path = join(t.dir, f.fileName);
  writeFileSync(path, Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8'));
  return path;
}

describe('chargebackExport', () => {
  it('CSV: one row per owner × line, adding up to the source total', async () => {
    const f = await t.api.chargebackExport({ spec, format: 'csv', mode: 'chargeback' });
    expect(f).toMatchObject({ fileName: 'chargeback-2026-10.csv', mimeType: 'text/csv', encoding: 'utf8' });
    const [context, table] = f.content.split('\r\n\r\n');
    expect(context).toContain('# Title: Chargeback statement, 2026-10');
    expect(context).toContain('# Note: Rules: inline rules (not saved in the workspace).');
    expect(context).toContain(`--period 2026-10 --rules chargeback-rules.json --mode chargeback --out chargeback-2026-10.csv`);
    expect(table!.trimEnd().split('\r\n')).toEqual([
      'period,statement,owner,line,item,split_method,amount,currency,cost_basis,rules_version',
      `2026-10,chargeback,payments,direct,Amazon EC2,,100.00${tail}`,
      `2026-10,chargeback,payments,direct,Amazon S3,,20.00${tail}`,
      `2026-10,chargeback,payments,shared,Unused commitment,even,3.33${tail}`,
      `2026-10,chargeback,payments,shared,Tax,fixed,11.00${tail}`,
      `2026-10,chargeback,payments,shared,Credits,proportional,-10.91${tail}`,
      `2026-10,chargeback,search,direct,Amazon EC2,,60.00${tail}`,
      `2026-10,chargeback,search,shared,Unused commitment,even,3.33${tail}`,
      `2026-10,chargeback,search,shared,Tax,fixed,6.60${tail}`,
      `2026-10,chargeback,search,shared,Credits,proportional,-5.45${tail}`,
      `2026-10,chargeback,data,direct,Amazon RDS,,40.00${tail}`,
      `2026-10,chargeback,data,shared,Unused commitment,even,3.34${tail}`,
      `2026-10,chargeback,data,shared,Tax,fixed,4.40${tail}`,
      `2026-10,chargeback,data,shared,Credits,proportional,-3.64${tail}`,
      `2026-10,chargeback,Unallocated,unallocated,,,7.00${tail}`,
    ]);
  });

  it('XLSX: the formulas, evaluated from their cells, give the JSON totals', async () => {
    const json = await t.api.chargeback({ spec });
    const f = await t.api.chargebackExport({ spec, format: 'xlsx', mode: 'showback' });
    expect(f).toMatchObject({ fileName: 'showback-2026-10.xlsx', encoding: 'base64' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.content, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'payments', 'search', 'data', 'About']);
    const s = wb.getWorksheet('Summary')!;
    expect([5, 6, 7].map((r) => [s.getCell(`A${r}`).text, cellValue(s, `D${r}`)])).toEqual([['payments', 123.42], ['search', 64.48], ['data', 44.1]]);
    expect([5, 6, 7].map((r) => cellValue(s, `D${r}`))).toEqual(json.allocations.map((a) => a.total));
    expect(cellValue(s, `D${rowOf(s, 'Total')}`)).toBe(239);
    expect(cellValue(s, `D${rowOf(s, 'Total')}`)).toBe(json.sourceTotal);
    expect(cellValue(s, `D${rowOf(s, 'Difference (Total − Source total)')}`)).toBe(0);
    // payments had 50.00 in September
    expect(cellValue(s, 'F5')).toBe(73.42);
    for (const a of json.allocations) {
      const sheet = wb.getWorksheet(a.owner)!;
      expect(cellValue(sheet, `C${rowOf(sheet, 'Total')}`), a.owner).toBe(a.total);
      expect(cellValue(sheet, `C${rowOf(sheet, 'Shared costs received')}`), a.owner).toBe(a.shared);
    }
  });

  it('PDF: a cover, then one page per owner with its name and total', async () => {
    const file = saved(await t.api.chargebackExport({ spec, format: 'pdf', mode: 'chargeback' }));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+4\n/);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
    expect(page(1)).toContain('239.00 USD');
    expect(page(1)).toContain('inline rules (not saved in the workspace)');
    for (const [n, owner, total] of [[2, 'payments', '123.42'], [3, 'search', '64.48'], [4, 'data', '44.10']] as const) {
      expect(page(n)).toContain(owner);
      expect(page(n)).toContain(`Total ${total} USD`);
    }
  });

  it("the engine's errors come back as they are, and no file is made", async () => {
    await expect(t.api.chargebackExport({ spec: { period: '2026-10' }, format: 'pdf', mode: 'showback' })).rejects.toMatchObject({ code: 'CHARGEBACK_NO_RULES' });
  });
});
