// `info` and `ingest` as text: aligned columns, thousands separators, "1 row" and "2 rows".
import { describe, expect, it } from 'vitest';
import type { IngestResult, WorkspaceInfo } from '../../api/contract.ts';
import { formatInfo } from './info.ts';
import { formatIngest } from './ingest.ts';

const IMPORT = {
  id: 2, source: 'file', path: '/data/cur/2026-09.csv.gz', contentHash: 'h', format: 'cur-legacy-csv', billingPeriods: ['2026-09'], billingAccounts: ['111'],
  providers: ['AWS'], currency: 'USD', rows: 1, bytes: 10, billedCost: 0.5, status: 'loaded' as const, replacedBy: null, loadedAt: '2026-12-01T14:20:50.877Z', deliveryId: null,
};

describe('info as text', () => {
  it('aligns the periods with totals, separators and singular/plural words', () => {
    const info: WorkspaceInfo = {
      path: '/w/costs.duckdb',
      schemaVersion: 3,
      rows: 90207,
      periods: [
        { billingPeriod: '2026-08', providerName: 'AWS', billingAccountId: '668941900757', currency: 'USD', rows: 90206, billedCost: 10229.32, effectiveCost: 8184.17 },
        { billingPeriod: '2026-09', providerName: 'AWS', billingAccountId: '111', currency: 'USD', rows: 1, billedCost: 0.5, effectiveCost: 0.5 },
      ],
      totals: [{ currency: 'USD', rows: 90207, billedCost: 10229.82, effectiveCost: 8184.67 }],
      providers: ['AWS'],
      currencies: ['USD'],
      lastImport: IMPORT,
      imports: [IMPORT],
      failedImports: [{ id: 1, paths: ['/data/notes.csv'], code: 'INGEST_UNKNOWN_FORMAT', message: 'm', attemptedAt: '2026-12-01T14:00:00.000Z' }],
    };
    expect(formatInfo(info)).toEqual([
      '/w/costs.duckdb: 90,207 rows from AWS',
      '',
      'billing period  provider  billing account  currency    rows  billed cost  effective cost',
      '2026-08         AWS       668941900757     USD       90,206    10,229.32        8,184.17',
      '2026-09         AWS       111              USD            1         0.50            0.50',
      'total                                      USD       90,207    10,229.82        8,184.67',
      '',
      '1 import; the last: /data/cur/2026-09.csv.gz, 2026-12-01 14:20 UTC',
      '1 failed import attempt (nothing changed); the last: /data/notes.csv, 2026-12-01 14:00 UTC: INGEST_UNKNOWN_FORMAT',
    ]);
  });

  it('says what to do with an empty workspace', () => {
    const info: WorkspaceInfo = { path: '/w/new.duckdb', schemaVersion: 3, rows: 1, periods: [], totals: [], providers: [], currencies: [], lastImport: null, imports: [], failedImports: [] };
    expect(formatInfo({ ...info, rows: 0 })).toEqual([
      '/w/new.duckdb: 0 rows',
      'No billing data yet: load files with "finops-workbench ingest --db /w/new.duckdb FILE_OR_FOLDER".',
      '0 imports',
    ]);
  });
});

describe('ingest as text', () => {
  it('says "already loaded" once for a file loaded before, and what changed', () => {
    const result: IngestResult = {
      files: [
        { path: '/d/a.csv', format: 'cur-legacy-csv', status: 'loaded', importId: 3, rows: 1, billingPeriods: ['2026-08'], billedCost: 1234.5 },
        { path: '/d/b.csv', format: 'cur-legacy-csv', status: 'duplicate', importId: null, rows: 0, billingPeriods: [], billedCost: 0, note: 'already loaded: same content as an earlier import' },
      ],
      rowsLoaded: 1,
      replacedImports: [],
    };
    expect(formatIngest(result, 'w.duckdb')).toEqual([
      'loaded          /d/a.csv (cur-legacy-csv): 1 row, 2026-08, billed 1,234.50',
      'already loaded  /d/b.csv: the same content as an earlier import, nothing changed',
      '1 row from 1 file loaded into w.duckdb',
    ]);
    expect(formatIngest({ ...result, files: [result.files[1]!], rowsLoaded: 0 }, 'w.duckdb')).toEqual([
      'already loaded  /d/b.csv: the same content as an earlier import, nothing changed',
      'Nothing new loaded into w.duckdb.',
    ]);
  });
});
