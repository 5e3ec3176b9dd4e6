// The rightsizing ticket list (CSV and XLSX, read back with exceljs) on three hand-written
// recommendations: an SP-covered downsize, an idle instance, and an unattached volume (no type to
// move to, no CPU evidence). Totals: 126.14 + 30.37 + 8.00 = 164.51, as the result's summary.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Recommendation, RightsizeResult } from '../../engines/rightsizing/result.ts';
import type { RightsizeSpec } from '../../engines/rightsizing/spec.ts';
import type { ExportContext } from '../context.ts';
import { rightsizeCommand } from './context.ts';
import { ticketsToCsv } from './csv.ts';
import { SUMMARY_SHEET, TICKETS_SHEET, ticketsToXlsx } from './xlsx.ts';

const spec: RightsizeSpec = { kind: 'rightsize', lookbackDays: 32, percentile: 'p95', headroomPct: 20, includeMemory: true, accounts: ['111111111111'], tag: { key: 'Team', value: 'search' } };
const noCpu = { cpu: null, cpuMax: null, memory: null, networkBytesPerDay: null, vcpu: { current: 0, target: null }, memoryGiB: { current: 0, target: null } };
const recs: Recommendation[] = [
  {
    resourceId: 'i-sp', accountId: '111111111111', accountName: 'search-prod', region: 'us-east-1', owner: 'search', currentType: 'm5.2xlarge',
    action: 'downsize', recommendedType: 'm5.large', needsTesting: false, monthlyCost: 168.19, monthlySavings: 126.14,
    price: { source: 'bill', coveredBy: 'SavingsPlan', freedCommitmentPerHour: 0.1728 },
    evidence: { days: 14, cpu: 15, cpuMax: 15, memory: 18, networkBytesPerDay: 1e10, vcpu: { current: 8, target: 2 }, memoryGiB: { current: 32, target: 8 } },
    risk: 'low',
  },
  {
    resourceId: 'i-idle', accountId: '111111111111', accountName: 'search-prod', region: 'us-east-1', owner: 'search', currentType: 't3.medium',
    action: 'terminate', recommendedType: null, needsTesting: false, monthlyCost: 30.37, monthlySavings: 30.37, price: { source: 'on-demand' },
    evidence: { days: 14, cpu: 0.8, cpuMax: 0.8, memory: 5, networkBytesPerDay: 2e6, vcpu: { current: 2, target: null }, memoryGiB: { current: 4, target: null } },
    risk: 'low',
  },
  {
    resourceId: 'vol-0abc', accountId: '111111111111', region: 'us-east-1', currentType: 'gp2', action: 'delete-volume', recommendedType: null,
    needsTesting: false, monthlyCost: 8, monthlySavings: 8, price: { source: 'bill' },
    // the storage evidence the non-instance actions add (optional in Evidence)
    evidence: { days: 30, ...noCpu, storage: { finding: 'no-io', sizeGB: 100, ioOpsPerDay: 0 } } as Recommendation['evidence'], risk: 'medium',
  },
];
const result: RightsizeResult = {
  recommendations: recs,
  summary: { count: 3, monthlySavings: 164.51, byAction: { downsize: { count: 1, monthlySavings: 126.14 }, terminate: { count: 1, monthlySavings: 30.37 }, 'delete-volume': { count: 1, monthlySavings: 8 } } },
  warnings: ['1 instance had fewer than 14 days of metrics: their recommendations are high risk.'],
  asOf: '2026-03-15T00:00:00.000Z',
  metrics: true,
  lookback: { from: '2026-02-11T00:00:00.000Z', to: '2026-03-15T00:00:00.000Z' },
};
const ctx: ExportContext = { title: 'Rightsizing tickets', basis: 'Effective', period: 'p', filters: [], workspace: 'w.duckdb', dataThrough: '2026-03-14', generatedAt: '2026-03-15T00:00:00.000Z', command: 'cmd' };

function parseCsv(text: string): string[][] {
  // no field of these rows holds a newline; quoted fields may hold commas
  const body = text.split('\r\n').filter((l) => l && !l.startsWith('"#') && !l.startsWith('#'));
  return body.map((l) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')));
}

describe('rightsizing ticket list', () => {
  it('CSV: one row per recommendation, savings adding up to the summary to the cent, a volume without type or CPU', () => {
    const rows = parseCsv(ticketsToCsv(spec, result, ctx));
    const [head, ...body] = rows;
    expect(body).toHaveLength(3);
    const col = (name: string) => head!.indexOf(name);
    expect(body.map((r) => r[col('Resource')])).toEqual(['i-sp', 'i-idle', 'vol-0abc']);
    expect(body.map((r) => r[col('Monthly savings (USD)')])).toEqual(['126.14', '30.37', '8.00']);
    const cents = body.reduce((s, r) => s + Math.round(Number(r[col('Monthly savings (USD)')]) * 100), 0);
    expect(cents).toBe(16451);
    expect(body[0]![col('Current type')]).toBe('m5.2xlarge');
    expect(body[0]![col('Recommended type')]).toBe('m5.large');
    expect(body[0]![col('Covered by')]).toBe('SavingsPlan');
    expect(body[0]![col('Freed commitment (USD/h)')]).toBe('0.1728');
    expect(body[0]![col('Evidence')]).toBe('CPU p95 15.0% (peak 15.0%); memory p95 18.0%; network 10.0 GB a day; 8 → 2 vCPU; 32 → 8 GiB');
    expect(body[2]).toMatchObject({ [col('Action')]: 'delete-volume', [col('Recommended type')]: '', [col('Evidence')]: '100 GB; no I/O', [col('Owner')]: '', [col('Risk')]: 'medium' });
  });

  it('XLSX: Tickets with a SUM total, Summary by action equal to the result, About with the context', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ticketsToXlsx(spec, result, ctx)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([TICKETS_SHEET, SUMMARY_SHEET, 'About']);
    const t = wb.getWorksheet(TICKETS_SHEET)!;
    const head = (t.getRow(1).values as unknown[]).slice(1);
    const savingsCol = head.indexOf('Monthly savings (USD)') + 1;
    expect(t.rowCount).toBe(5);
    expect([2, 3, 4].map((r) => t.getRow(r).getCell(savingsCol).value)).toEqual([126.14, 30.37, 8]);
    expect(t.getRow(4).getCell(head.indexOf('Recommended type') + 1).value).toBe('');
    const total = t.getRow(5).getCell(savingsCol).value as { formula: string; result: number };
    expect(t.getRow(5).getCell(1).value).toBe('Total');
    expect(total).toEqual({ formula: 'SUM(J2:J4)', result: 164.51 });
    const s = wb.getWorksheet(SUMMARY_SHEET)!;
    const rows = [2, 3, 4, 5].map((r) => (s.getRow(r).values as unknown[]).slice(1));
    expect(rows).toEqual([['downsize', 1, 126.14], ['terminate', 1, 30.37], ['delete-volume', 1, 8], ['Total', 3, 164.51]]);
    expect(wb.getWorksheet('About')!.getRow(1).values).toEqual([undefined, 'Title', 'Rightsizing tickets']);
  });

  it('names the command that makes the same list again', () => {
    expect(rightsizeCommand(spec, 'w.duckdb', 'rightsizing-tickets.xlsx')).toBe(
      'finops-workbench rightsize --db w.duckdb --lookback 32 --percentile p95 --headroom 20 --account 111111111111 --tag Team=search --out rightsizing-tickets.xlsx',
    );
  });
});
