// The line items of a drill-down exported as CSV and XLSX through the API, read back: the
// context block names the cell and every filter, money is exact (5.005 stays 5.005), and the
// printed command, run through the read-only `sql` method, gives the same lines.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench, validateRequest, type WorkbenchApi } from '../../core/api/index.ts';
import { tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
let api: WorkbenchApi;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
  api = createWorkbench(t.ws);
});
afterAll(() => t.dispose());

// S3 in February: two dev lines of 5.005 (quantity 50), on the 15th and the 16th
const REQUEST = {
  spec: { kind: 'pivot' as const, rows: ['ServiceName'], columns: ['month'], filters: [{ dimension: 'SubAccountName', values: ['dev'] }] },
  cell: { rows: ['Amazon S3'], columns: ['2026-02'] },
  columns: ['ChargePeriodStart', 'ServiceName', 'EffectiveCost', 'ConsumedQuantity', 'Tags'],
  sort: [{ column: 'ChargePeriodStart', direction: 'desc' as const }],
  where: [{ column: 'EffectiveCost', op: 'gt' as const, value: 1 }],
  title: 'Amazon S3 · Feb 2026',
};

describe('drill-down export', () => {
  it('writes CSV with its context block and the lines exactly as stored', async () => {
    const file = await api.pivotDrillExport(validateRequest('pivotDrillExport', { ...REQUEST, format: 'csv' }));
    expect([file.fileName, file.mimeType, file.encoding]).toEqual(['line-items.csv', 'text/csv', 'utf8']);
    const [block, table] = file.content.split('\r\n\r\n');
    const lines = block!.split('\r\n');
    expect(lines[0]).toBe('# Title: Line items: Amazon S3 · Feb 2026');
    expect(lines[2]).toBe('# Period: All data');
    // every filter: the pivot's, the cell's keys, the grid's
    expect(lines.slice(3, 7)).toEqual(['# Filters: SubAccountName is “dev”', '# Filters: ServiceName is “Amazon S3”', '# Filters: month is “2026-02”', '# Filters: EffectiveCost > “1”']);
    expect(lines).toContain(`# Workspace: ${t.ws.path}`);
    expect(lines).toContain('# Data through: 2026-03-15');
    expect(table!.split('\r\n')).toEqual([
      'ChargePeriodStart,ServiceName,EffectiveCost,ConsumedQuantity,Tags',
      '2026-02-16 00:00:00,Amazon S3,5.005,50,Team=search',
      '2026-02-15 00:00:00,Amazon S3,5.005,50,Team=search',
      '',
    ]);
  });

  it('prints a command whose query gives the same lines', async () => {
    const file = await api.pivotDrillExport(validateRequest('pivotDrillExport', { ...REQUEST, format: 'csv' }));
    const command = file.content.split('\r\n').find((l) => l.includes('# Command: '))!;
    const m = /--json '(.*)'"?$/.exec(command.replaceAll('""', '"'));
    expect(command).toContain(`npx finops-workbench sql --db ${t.ws.path} --json '`);
    const query = m![1]!.replaceAll(`'\\''`, "'");
    const rows = (await api.sql({ query })).rows;
    expect(rows.map((r) => [String(r.ChargePeriodStart).slice(0, 10), r.EffectiveCost])).toEqual([
      // the read-only sql method gives DECIMAL exactly, as text
      ['2026-02-16', '5.005000000000'],
      ['2026-02-15', '5.005000000000'],
    ]);
  });

  it('writes XLSX: numbers as numbers with every decimal shown, and an About sheet', async () => {
    const file = await api.pivotDrillExport(validateRequest('pivotDrillExport', { ...REQUEST, format: 'xlsx' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Line items')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['ChargePeriodStart', 'ServiceName', 'EffectiveCost', 'ConsumedQuantity', 'Tags']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['2026-02-16 00:00:00', 'Amazon S3', 5.005, 50, 'Team=search']);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00########;[Red]-#,##0.00########');
    expect(sheet.actualRowCount).toBe(3);
    const about = wb.getWorksheet('About')!;
    expect([about.getCell('A1').value, about.getCell('B1').value]).toEqual(['Title', 'Line items: Amazon S3 · Feb 2026']);
  });

  it('refuses unknown fields at the border', () => {
    expect(() => validateRequest('pivotDrillExport', { ...REQUEST, format: 'csv', offset: 5 })).toThrow(/offset/);
  });
});
