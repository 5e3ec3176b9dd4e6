// The pivot methods of WorkbenchApi on tiny-org: validation at the border, drill-down pages,
// saved views round trips, and exports read back (XLSX with exceljs).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench, validateRequest, type WorkbenchApi } from '../../core/api/index.ts';
import { HOSTILE_TEAM, tinyOrgWorkspace, type TempWorkspace } from './pivot-fixture.ts';

let t: TempWorkspace;
let api: WorkbenchApi;
beforeAll(async () => {
  t = await tinyOrgWorkspace();
  api = createWorkbench(t.ws);
});
afterAll(() => t.dispose());

const SERVICES_BY_MONTH = { kind: 'pivot' as const, rows: ['ServiceName', 'SubAccountName'], columns: ['month'], measures: ['EffectiveCost', 'share'] };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'no error';
}

describe('pivot API', () => {
  it('validates requests: unknown fields in the spec are refused at the border', () => {
    expect(() => validateRequest('pivot', { spec: { kind: 'pivot', rows: ['ServiceName'], colour: 'red' } })).toThrow(/colour/);
    expect(() => validateRequest('pivot', { spec: { kind: 'pivot' }, extra: 1 })).toThrow(/extra/);
    const req = validateRequest('pivot', { spec: { kind: 'pivot', rows: ['ServiceName'] } });
    expect(req.spec.basis).toBe('Effective');
  });

  it('answers a pivot (building the aggregate on first use) and names unknown columns', async () => {
    const r = await api.pivot(validateRequest('pivot', { spec: SERVICES_BY_MONTH }));
    expect(r.source).toBe('aggregate');
    expect(r.totals!.slice(0, 2)).toEqual([290.75, 1]);
    expect(await codeOf(api.pivot(validateRequest('pivot', { spec: { kind: 'pivot', rows: ['Service'] } })))).toBe('PIVOT_UNKNOWN_COLUMN');
  });

  it('drills into a cell: the lines behind it, paged and sorted in DuckDB, adding up to the cell', async () => {
    const first = await api.pivotDrill(
      validateRequest('pivotDrill', {
        spec: SERVICES_BY_MONTH,
        cell: { rows: ['Amazon EC2'], columns: [] },
        sort: [{ column: 'EffectiveCost', direction: 'desc' }],
        limit: 2,
        columns: ['ChargePeriodStart', 'SubAccountName', 'EffectiveCost'],
      }),
    );
    expect(first.totals).toEqual({ lines: 6, cost: 340.5 });
    expect(first.rows).toEqual([
      { ChargePeriodStart: '2026-03-02T00:00:00Z', SubAccountName: 'prod', EffectiveCost: 100 },
      { ChargePeriodStart: '2026-02-01T00:00:00Z', SubAccountName: 'prod', EffectiveCost: 90 },
    ]);
    const last = await api.pivotDrill(
      validateRequest('pivotDrill', {
        spec: SERVICES_BY_MONTH,
        cell: { rows: ['Amazon EC2'], columns: [] },
        sort: [{ column: 'EffectiveCost', direction: 'desc' }],
        offset: 4,
        limit: 10,
        withTotals: false,
        columns: ['EffectiveCost'],
      }),
    );
    expect(last.rows.map((r) => r.EffectiveCost)).toEqual([40, -20]);
    expect(last.totals).toBeNull();
  });

  it('drills into a month cell, an OTHER bucket, and with a text filter', async () => {
    const feb = await api.pivotDrill(validateRequest('pivotDrill', { spec: SERVICES_BY_MONTH, cell: { rows: ['Amazon S3', 'dev'], columns: ['2026-02'] }, columns: ['EffectiveCost'] }));
    expect(feb.totals).toEqual({ lines: 2, cost: 10.01 });
    const top2 = { kind: 'pivot' as const, rows: ['ServiceName'], topN: [{ dimension: 'ServiceName', n: 2 }] };
    const other = await api.pivotDrill(validateRequest('pivotDrill', { spec: top2, cell: { rows: [{ other: true }] }, sort: [{ column: 'ServiceName' }], columns: ['ServiceName'] }));
    expect(other.rows.map((r) => r.ServiceName)).toEqual(['AWS Lambda', 'Amazon CloudWatch', 'Amazon CloudWatch', 'Amazon S3', 'Amazon S3', 'Amazon S3']);
    expect(other.totals!.cost).toBeCloseTo(21.381, 9);
    const hostile = await api.pivotDrill(
      validateRequest('pivotDrill', { spec: { kind: 'pivot', rows: ['tag:Team'] }, cell: { rows: [HOSTILE_TEAM] }, where: [{ column: 'ServiceName', op: 'contains', value: "ec2'; --" }] }),
    );
    expect(hostile.totals).toEqual({ lines: 0, cost: 0 });
    const ec2 = await api.pivotDrill(validateRequest('pivotDrill', { spec: { kind: 'pivot', rows: ['tag:Team'] }, cell: { rows: [HOSTILE_TEAM] }, where: [{ column: 'ServiceName', op: 'contains', value: 'ec2' }] }));
    expect(ec2.totals).toEqual({ lines: 1, cost: 40 });
    expect(() => validateRequest('pivotDrill', { spec: top2, sort: [{ column: 'Nope' }] })).toThrow(/not a column/);
  });

  it('saves, lists, reopens exactly, exports, imports and deletes a view', async () => {
    const saved = await api.saveView(validateRequest('saveView', { name: 'EC2 by month', spec: SERVICES_BY_MONTH }));
    expect(saved.spec).toEqual(validateRequest('pivot', { spec: SERVICES_BY_MONTH }).spec);
    expect(await codeOf(api.saveView(validateRequest('saveView', { name: 'EC2 by month', spec: SERVICES_BY_MONTH })))).toBe('VIEW_EXISTS');
    const doc = await api.exportView({ name: 'EC2 by month' });
    expect(doc).toMatchObject({ format: 'finops-workbench/view', version: 1, name: 'EC2 by month' });
    const copy = await api.importView(validateRequest('importView', { document: JSON.parse(JSON.stringify(doc)), name: `Team "x"; --` }));
    expect(copy.spec).toEqual(saved.spec);
    expect((await api.listViews({})).views.map((v) => v.name)).toEqual(['EC2 by month', `Team "x"; --`]);
    const reopened = await api.getView({ name: `Team "x"; --` });
    expect(await api.pivot({ spec: reopened.spec })).toEqual(await api.pivot({ spec: saved.spec }));
    await api.deleteView({ name: 'EC2 by month' });
    expect(await codeOf(api.getView({ name: 'EC2 by month' }))).toBe('VIEW_NOT_FOUND');
    expect(() => validateRequest('importView', { document: { format: 'something-else', version: 1, name: 'x', spec: {} } })).toThrow();
  });

  it('exports CSV with its context block, then the hierarchy and totals', async () => {
    const file = await api.pivotExport(validateRequest('pivotExport', { spec: { kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], columns: ['month'], period: { from: '2026-01-01', to: '2026-04-01' }, filters: [{ dimension: 'ServiceName', values: ['Amazon S3', 'Amazon CloudWatch'] }] }, format: 'csv', title: 'Storage and monitoring' }));
    expect(file.mimeType).toBe('text/csv');
    const lines = file.content.split('\r\n');
    // tiny-org's last line starts 2026-03-15 00:00 and ends an hour later
    expect(lines.slice(0, 12)).toEqual([
      '# Title: Storage and monitoring',
      // a row holding a comma is one quoted CSV field
      '"# Cost basis: Effective cost: amortized, with commitment fees spread over their term and unused commitment on its own lines"',
      '# Period: 2026-01-01 to 2026-03-31 inclusive (UTC)',
      '"# Filters: ServiceName is one of “Amazon S3”, “Amazon CloudWatch”"',
      `# Workspace: ${t.ws.path}`,
      '# Data through: 2026-03-15',
      expect.stringMatching(/^# Generated at: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      `"# Command: npx finops-workbench pivot --db ${t.ws.path} --rows ServiceName,SubAccountName --cols month --from 2026-01-01 --to 2026-04-01 --filter 'ServiceName=Amazon S3' --filter 'ServiceName=Amazon CloudWatch' --out pivot.csv"`,
      '"# Note: Money is rounded to cents across the whole grid: every row adds up to its Total, every column to its Grand total, and the Grand total is the exact source total rounded to the cent."',
      '',
      // the basis in the column header, not only in the file name
      'ServiceName,SubAccountName,2026-01 / Effective cost (USD),2026-02 / Effective cost (USD),Total / Effective cost (USD)',
      'Amazon S3,,10.25,10.01,20.26',
    ]);
    expect(lines.slice(12)).toEqual([
      'Amazon S3,prod,10.25,,10.25',
      'Amazon S3,dev,,10.01,10.01',
      'Amazon CloudWatch,,,0.01,0.01',
      'Amazon CloudWatch,dev,,0.01,0.01',
      'Amazon CloudWatch,prod,,0.00,0.00',
      'Grand total,,10.25,10.02,20.27',
      '',
    ]);
  });

  it('exports XLSX whose cells, formats, frozen headers and outline read back with exceljs', async () => {
    const spec = { kind: 'pivot' as const, rows: ['ServiceName', 'SubAccountName'], columns: ['month'], measures: ['EffectiveCost', 'share'], period: { from: '2026-02-01' }, filters: [{ dimension: 'ServiceName', values: ['Amazon EC2', 'AWS Lambda'] }] };
    const file = await api.pivotExport(validateRequest('pivotExport', { spec, format: 'xlsx' }));
    expect(file.encoding).toBe('base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Pivot')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['', '', '2026-02', '2026-02', '2026-03', '2026-03', 'Total', 'Total'].map((v) => (v === '' ? undefined : v)));
    expect(ws.getCell('C1').isMerged && ws.getCell('D1').isMerged).toBe(true);
    expect(row(2)).toEqual(['ServiceName', 'SubAccountName', 'EffectiveCost (USD)', 'share of Effective cost', 'EffectiveCost (USD)', 'share of Effective cost', 'EffectiveCost (USD)', 'share of Effective cost']);
    // EC2: Feb 90 + 40 = 130 of 131.111; Mar 100 - 20 = 80 of 80; total 210 of 211.111
    expect(ws.getCell('A3').value).toBe('Amazon EC2');
    expect(ws.getCell('C3').value).toBe(130);
    expect(ws.getCell('C3').numFmt).toBe('#,##0.00;[Red]-#,##0.00');
    expect(ws.getCell('D3').numFmt).toBe('0.00%');
    expect(ws.getCell('D3').value as number).toBeCloseTo(130 / 131.111, 12);
    expect(ws.getCell('E3').value).toBe(80);
    expect(ws.getCell('G3').value).toBe(210);
    expect(ws.getRow(3).font?.bold).toBe(true);
    expect(ws.getRow(3).outlineLevel ?? 0).toBe(0);
    expect([ws.getCell('B4').value, ws.getCell('C4').value, ws.getCell('E4').value, ws.getRow(4).outlineLevel]).toEqual(['prod', 90, 80, 1]);
    expect([ws.getCell('B5').value, ws.getCell('C5').value, ws.getCell('E5').value]).toEqual(['dev', 40, null]);
    expect([ws.getCell('A6').value, ws.getCell('C6').value, ws.getCell('E6').value]).toEqual(['AWS Lambda', 1.11, null]);
    expect([ws.getCell('A8').value, ws.getCell('C8').value, ws.getCell('E8').value, ws.getCell('G8').value, ws.getCell('H8').value]).toEqual(['Grand total', 131.11, 80, 211.11, 1]);
    expect(ws.rowCount).toBe(8);
    // the context on a sheet of its own
    const about = wb.getWorksheet('About')!;
    const aboutRows = Array.from({ length: about.actualRowCount }, (_, i) => [about.getCell(i + 1, 1).value, about.getCell(i + 1, 2).value]);
    expect(aboutRows.slice(0, 6)).toEqual([
      ['Title', 'Effective cost by ServiceName › SubAccountName, across month'],
      ['Cost basis', 'Effective cost: amortized, with commitment fees spread over their term and unused commitment on its own lines'],
      ['Period', 'from 2026-02-01 (UTC) to the end of the data'],
      ['Filters', 'ServiceName is one of “Amazon EC2”, “AWS Lambda”'],
      ['Workspace', t.ws.path],
      ['Data through', '2026-03-15'],
    ]);
    expect(aboutRows[7]![0]).toBe('Command');
    expect(aboutRows[7]![1]).toContain(`pivot --db ${t.ws.path} --rows ServiceName,SubAccountName --cols month --measure EffectiveCost,share --from 2026-02-01`);
  });
});
