// The chargeback workbook read back with exceljs: every formula is evaluated from the cells it
// names (test/support/xlsx-formulas.ts), never from the result the writer cached, and compared
// with the fixture's totals written by hand.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_PLATFORM, STATEMENT_CONTEXT, STATEMENT_RESULT } from '../../../test/fixtures/chargeback/statement-result.ts';
import { cellValue as evaluate, evaluateFormula as formula, rowOf } from '../../../test/support/xlsx-formulas.ts';
import { statementToXlsx } from './xlsx.ts';

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await statementToXlsx(STATEMENT_RESULT, 'chargeback', STATEMENT_CONTEXT)) as unknown as ArrayBuffer);
});

const MONEY = '"$"#,##0.00;[Red]-"$"#,##0.00';

describe('statement XLSX', () => {
  it('a Summary, one sheet per owner (names Excel accepts), then About', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'payments', 'search', 'Data Platform _EU__ ingest_ETL', 'About']);
  });

  it('Summary: owners, unallocated, SUM totals that equal the JSON totals, a difference of 0.00', () => {
    const s = wb.getWorksheet('Summary')!;
    expect(s.getCell('A1').text).toBe('Chargeback statement, 2026-10');
    expect(s.getRow(4).values).toEqual([undefined, 'Owner', 'Direct', 'Shared', 'Total', 'Previous month', 'Change', 'Change %']);
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect([5, 6, 7].map((r) => s.getCell(`A${r}`).text)).toEqual(['payments', 'search', DATA_PLATFORM]);
    expect([5, 6, 7].map((r) => evaluate(s, `D${r}`))).toEqual([5600, 2800.5, 1199.5]);
    expect([5, 6, 7].map((r) => evaluate(s, `F${r}`))).toEqual([600, 0, -50.5]);
    expect(s.getCell('F6').value).toBeNull(); // no previous month: no change, not a change of 0
    expect(s.getCell('A8').text).toBe('Unallocated');
    expect(evaluate(s, 'D8')).toBe(400);
    expect(s.getCell('A9').text).toBe('Total');
    expect(s.getCell('D9').formula).toBe('SUM(D5:D8)');
    expect([evaluate(s, 'B9'), evaluate(s, 'C9'), evaluate(s, 'D9')]).toEqual([8500, 1100, 10000]);
    expect(evaluate(s, 'D10')).toBe(10000);
    expect(evaluate(s, 'D11')).toBe(0);
    for (const a of ['B5', 'C5', 'D5', 'E5', 'F5', 'D8', 'B9', 'D9', 'D11']) expect(s.getCell(a).numFmt, a).toBe(MONEY);
    expect(s.getCell('G5').numFmt).toBe('0.0%');
    expect([evaluate(s, 'G5'), evaluate(s, 'G7')]).toEqual([0.12, -0.0404]);
    expect(s.getColumn(1).width).toBeGreaterThanOrEqual(30);
    expect(s.getCell('A5').hyperlink).toBe("#'payments'!A1");
  });

  it('owner sheets: total = direct + shared as formulas over the sections, each section a SUM of its lines', () => {
    const expected: [string, number, number, number, number][] = [
      // sheet, direct, shared, total, lines by account
      ['payments', 5000, 600, 5600, 2],
      ['search', 2500, 300.5, 2800.5, 1],
      ['Data Platform _EU__ ingest_ETL', 1000, 199.5, 1199.5, 1],
    ];
    for (const [name, direct, shared, total] of expected) {
      const s = wb.getWorksheet(name)!;
      const at = (label: string, from?: number) => evaluate(s, `C${rowOf(s, label, from)}`);
      expect(at('Total'), name).toBe(total);
      expect(at('Direct cost'), name).toBe(direct);
      expect(at('Shared costs received'), name).toBe(shared);
      // the account section's own SUM row is the second "Direct cost" row after its title
      expect(at('Direct cost', rowOf(s, 'Direct cost by account')), name).toBe(direct);
      expect(s.getCell(`C${rowOf(s, 'Total')}`).numFmt).toBe(MONEY);
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
    const dp = wb.getWorksheet('Data Platform _EU__ ingest_ETL')!;
    expect(dp.getCell('A1').text).toBe(DATA_PLATFORM);
    expect(evaluate(dp, `C${rowOf(dp, 'Other services (not itemized)')}`)).toBe(50);
    const pay = wb.getWorksheet('payments')!;
    const support = rowOf(pay, 'Support');
    expect([pay.getCell(`B${support}`).text, evaluate(pay, `C${support}`)]).toEqual(['split in proportion to direct cost', 400]);
    expect(evaluate(pay, `C${rowOf(pay, 'Change')}`)).toBe(600);
    expect(pay.getCell(`A${rowOf(pay, 'Top resources by direct cost (the 2 largest)') + 2}`).text).toBe('arn:aws:rds:us-east-1:111111111111:db:payments-main');
  });

  it('every formula in the workbook caches the value this test computes', () => {
    for (const s of wb.worksheets) {
      s.eachRow((row) =>
        row.eachCell((c) => {
          if (c.formula) expect(c.result, `${s.name}!${c.address}`).toBeCloseTo(formula(s, c.formula), 9);
        }),
      );
    }
  });

  it('showback says so on every sheet', async () => {
    const show = new ExcelJS.Workbook();
    await show.xlsx.load((await statementToXlsx(STATEMENT_RESULT, 'showback', STATEMENT_CONTEXT)) as unknown as ArrayBuffer);
    expect(show.getWorksheet('Summary')!.getCell('A1').text).toBe('Showback: informational, 2026-10');
    expect(show.getWorksheet('search')!.getCell('A2').text).toMatch(/^Showback: informational, nothing is billed\./);
  });
});
