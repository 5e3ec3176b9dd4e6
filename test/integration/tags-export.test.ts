// Offenders of the tag-audit fixture exported for owners: CSV with its context block, XLSX with
// one sheet per account (largest first) and an About sheet. Rows written by hand from SPEC.md.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetName } from '../../core/export/tags-offenders.ts';
import type { TestWorkspace } from '../support/workspace.ts';
import { EXAMPLE_POLICY, tagAuditWorkspace } from './tags-fixture.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await tagAuditWorkspace();
});
afterAll(() => t.close());

const HEADER = ['ResourceId', 'AccountId', 'AccountName', 'ServiceName', 'Cost', 'Missing keys', 'Invalid keys', 'Values found', 'First seen', 'Last seen'];

describe('offenders export', () => {
  it('CSV: the context block, then every offender ranked by cost', async () => {
    const f = await t.api.tagsOffendersExport({ spec: { kind: 'tagAudit', policy: EXAMPLE_POLICY, basis: 'Effective', offenders: 1, fixTop: 10 }, format: 'csv' });
    expect(f).toMatchObject({ fileName: 'tag-offenders.csv', mimeType: 'text/csv', encoding: 'utf8' });
    const [context, table] = f.content.split('\r\n\r\n');
    expect(context).toContain('# Title: Tag offenders: resources missing Team, Environment');
    expect(context).toContain('# Cost basis: Effective cost');
    expect(context).toContain('4 of 4 offenders listed, 125.00 in all');
    expect(table!.trimEnd().split('\r\n')).toEqual([
      HEADER.join(','),
      'i-2,111111111111,alpha,Amazon EC2,60.00,Environment,,,2026-10-04T00:00:00Z,2026-10-05T00:00:00Z',
      'i-3,111111111111,alpha,Amazon EC2,30.00,,Team,Team=,2026-11-04T00:00:00Z,2026-11-05T00:00:00Z',
      'bucket-1,222222222222,beta,Amazon S3,25.00,,"Team (as ""team"")",team=search,2026-10-05T00:00:00Z,2026-10-06T00:00:00Z',
      'db-1,222222222222,beta,Amazon RDS,10.00,,Environment,Environment=production,2026-10-06T00:00:00Z,2026-10-07T00:00:00Z',
    ]);
  });

  it('XLSX: one sheet per account, the account with the most cost first, then About', async () => {
    const f = await t.api.tagsOffendersExport({ spec: { kind: 'tagAudit', policy: EXAMPLE_POLICY, basis: 'Effective', offenders: 100, fixTop: 10 }, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.content, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['alpha 111111111111', 'beta 222222222222', 'About']);
    const rows = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1, 6));
    expect(rows('alpha 111111111111')).toEqual([HEADER.slice(0, 5), ['i-2', '111111111111', 'alpha', 'Amazon EC2', 60], ['i-3', '111111111111', 'alpha', 'Amazon EC2', 30]]);
    expect(rows('beta 222222222222')).toEqual([HEADER.slice(0, 5), ['bucket-1', '222222222222', 'beta', 'Amazon S3', 25], ['db-1', '222222222222', 'beta', 'Amazon RDS', 10]]);
  });

  it('sheet names Excel accepts: no : \\ / ? * [ ], 31 characters, unique ignoring case', () => {
    const taken = new Set<string>();
    expect(sheetName('prod: a/b [x]', taken)).toBe('prod_ a_b _x_');
    expect(sheetName('PROD_ A_B _X_', taken)).toBe('PROD_ A_B _X_~2');
    expect(sheetName('a'.repeat(40), taken)).toBe('a'.repeat(31));
    expect(sheetName('a'.repeat(40), taken)).toBe(`${'a'.repeat(29)}~2`);
  });
});
