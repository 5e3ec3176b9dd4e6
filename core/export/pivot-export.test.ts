// Layout, CSV and XLSX of hand-built pivot results (no database): edge shapes and escaping.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePivotSpec } from '../engines/pivot/run.ts';
import type { PivotColumn, PivotResult } from '../engines/pivot/result.ts';
import { csvField, pivotToCsv } from './pivot-csv.ts';
import { layoutPivot } from './pivot-layout.ts';
import { pivotToXlsx } from './pivot-xlsx.ts';

function result(over: Partial<PivotResult>): PivotResult {
  return {
    kind: 'pivotResult',
    spec: parsePivotSpec({ kind: 'pivot' }),
    rowDimensions: [],
    columnDimensions: [],
    measures: ['cost'],
    columns: [{ keys: [], labels: [], measure: 'cost', total: false }],
    rows: [],
    totals: null,
    currencies: ['EUR'],
    warnings: [],
    notices: [],
    source: 'focus',
    ...over,
  };
}

const col = (keys: string[], measure = 'cost', total = false): PivotColumn => ({ keys, labels: keys, measure, total });

describe('pivot exports', () => {
  it('escapes CSV fields and defuses formulas in labels', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5 team')).toBe("'-5 team");
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('naïve ☃')).toBe('naïve ☃');
  });

  it('lays out a pivot without row dimensions as one total row', () => {
    const r = result({ rows: [{ keys: [], labels: [], depth: 0, subtotal: false, hasChildren: false, values: [12.5] }], totals: [12.5] });
    expect(pivotToCsv(r)).toBe(',Effective cost (EUR)\r\nGrand total,12.50\r\n');
  });

  it('writes two column dimensions as merged groups over the measure row', async () => {
    const columns = [col(['2026', 'EC2']), col(['2026', 'EC2'], 'lines'), col(['2026', 'S3']), col(['2026', 'S3'], 'lines'), col([], 'cost', true), col([], 'lines', true)];
    const r = result({
      rowDimensions: ['tag:Team'],
      columnDimensions: ['year', 'ServiceName'],
      measures: ['cost', 'lines'],
      columns,
      rows: [{ keys: ['=cmd'], labels: ['=cmd'], depth: 1, subtotal: false, hasChildren: false, values: [1, 2, null, null, 1, 2] }],
      totals: [1, 2, null, null, 1, 2],
    });
    const layout = layoutPivot(r);
    expect(layout.header).toEqual([
      ['2026', '2026', '2026', '2026', 'Total', 'Total'],
      ['EC2', 'EC2', 'S3', 'S3', '', ''],
      ['Effective cost (EUR)', 'lines', 'Effective cost (EUR)', 'lines', 'Effective cost (EUR)', 'lines'],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await pivotToXlsx(r)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Pivot')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    // B1:E1 is one merged "2026" group, F1:G1 "Total"; B2:C2 "EC2", D2:E2 "S3"
    expect(ws.getCell('E1').master.address).toBe('B1');
    expect(ws.getCell('G1').master.address).toBe('F1');
    expect(ws.getCell('C2').master.address).toBe('B2');
    expect(ws.getCell('D2').master.address).toBe('D2');
    expect(ws.getCell('A4').value).toBe('=cmd'); // a string cell, never a formula
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell('C4').value, ws.getCell('C4').numFmt]).toEqual([2, '#,##0']);
    expect(ws.getCell('A5').value).toBe('Grand total');
  });
});
