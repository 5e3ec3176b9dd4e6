// The context block every export carries (context.ts), read back from CSV text and from XLSX.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addAboutSheet, contextLines, csvContextBlock, shellQuote, type ExportContext } from './context.ts';
import { filterText, periodText, pivotTitle } from './pivot-context.ts';
import { parsePivotSpec } from '../engines/pivot/run.ts';

const CTX: ExportContext = {
  title: 'EC2 billed by account',
  basis: 'Billed cost: what the invoice charges',
  period: '2026-01-01 to 2026-03-31 inclusive (UTC)',
  filters: ['ServiceName is “Amazon EC2”', 'tag:Team is not “a,b”'],
  workspace: '/data/costs.duckdb',
  dataThrough: '2026-03-31',
  generatedAt: '2026-12-01T14:00:00.000Z',
  command: "npx finops-workbench pivot --db /data/costs.duckdb --basis Billed --out pivot.csv",
  notes: ['Money is rounded to cents.'],
};

describe('export context', () => {
  it('prints a CSV header block of # rows, one field each, ended by an empty row', () => {
    expect(csvContextBlock(CTX).split('\r\n')).toEqual([
      '# Title: EC2 billed by account',
      '# Cost basis: Billed cost: what the invoice charges',
      '# Period: 2026-01-01 to 2026-03-31 inclusive (UTC)',
      '# Filters: ServiceName is “Amazon EC2”',
      '"# Filters: tag:Team is not “a,b”"',
      '# Workspace: /data/costs.duckdb',
      '# Data through: 2026-03-31',
      '# Generated at: 2026-12-01T14:00:00.000Z',
      '# Command: npx finops-workbench pivot --db /data/costs.duckdb --basis Billed --out pivot.csv',
      '# Note: Money is rounded to cents.',
      '',
      '',
    ]);
  });

  it('says "None" when there are no filters, "no data" for an empty workspace', () => {
    const lines = contextLines({ ...CTX, filters: [], dataThrough: null, notes: [] });
    expect(lines).toContainEqual(['Filters', 'None']);
    expect(lines).toContainEqual(['Data through', 'no data']);
  });

  it('writes the About sheet as label/value rows that read back as text', async () => {
    const wb = new ExcelJS.Workbook();
    addAboutSheet(wb, { ...CTX, title: '=HYPERLINK("x")' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = back.getWorksheet('About')!;
    const rows = Array.from({ length: sheet.actualRowCount }, (_, i) => [sheet.getRow(i + 1).getCell(1).value, sheet.getRow(i + 1).getCell(2).value]);
    expect(rows[0]).toEqual(['Title', '=HYPERLINK("x")']);
    expect(sheet.getCell('B1').type).toBe(ExcelJS.ValueType.String);
    expect(rows).toContainEqual(['', 'tag:Team is not “a,b”']);
    expect(rows).toContainEqual(['Command', CTX.command]);
  });

  it('quotes for a POSIX shell only where needed', () => {
    expect(shellQuote('ServiceName,SubAccountName')).toBe('ServiceName,SubAccountName');
    expect(shellQuote('ServiceName=Amazon EC2')).toBe("'ServiceName=Amazon EC2'");
    expect(shellQuote("tag:Team=o'brien")).toBe(`'tag:Team=o'\\''brien'`);
  });

  it('puts a pivot spec into words', () => {
    const spec = parsePivotSpec({ kind: 'pivot', rows: ['ServiceName', 'SubAccountName'], columns: ['month'], basis: 'List' });
    expect(pivotTitle(spec)).toBe('List cost by ServiceName › SubAccountName, across month');
    expect(periodText({ from: '2026-08-01', to: '2026-11-01' })).toBe('2026-08-01 to 2026-10-31 inclusive (UTC)');
    expect(periodText({})).toBe('All data');
    expect(filterText({ dimension: 'tag:Team', op: 'notIn', values: ['a', null] })).toBe('tag:Team is none of “a”, (none)');
  });
});
