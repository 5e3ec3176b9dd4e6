// What the Rightsizing view asks of the API beside `rightsize` (issue 17, item 4), on hand-built
// instances (test/support/rightsizing-fixture.ts; figures of rightsizing-engine.test.ts): the
// daily CPU maxima for sparklines, the ticket list through the API and `rightsize --out`.
import ExcelJS from 'exceljs';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../core/api/service.ts';
import type { WorkbenchApi } from '../../core/api/contract.ts';
import { cli } from '../support/cli.ts';
import { insertHandInstances } from '../support/rightsizing-fixture.ts';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';

let dir: string;
let t: TestWorkspace;
let api: WorkbenchApi;
const spec = { kind: 'rightsize' as const, lookbackDays: 14, percentile: 'p95' as const, headroomPct: 20, includeMemory: true };

beforeAll(async () => {
  dir = tempDir('rightsize-view-');
  t = await openTestWorkspace(dir);
  await insertHandInstances(t.ws, '2026-03-01', 14, [
    // covered by a Savings Plan: saves 126.14 a month (rightsizing-engine.test.ts)
    { id: 'i-sp', type: 'm5.2xlarge', effectiveRate: '0.2304', onDemandRate: '0.384', commitment: 'Savings Plan', cpu: 15, memory: 18, networkPerDay: 5e9 },
    // idle: 0.0416 × 730 = 30.368 → 30.37
    { id: 'i-idle', type: 't3.medium', effectiveRate: '0.0416', onDemandRate: '0.0416', cpu: 0.8, memory: 5, networkPerDay: 1e6 },
    { id: 'i-spiky', type: 'm5.4xlarge', effectiveRate: '0.768', onDemandRate: '0.768', cpu: [5, 5, 5, 5, 5, 5, 30, 5, 5, 5, 5, 5, 5, 5], memory: 10, networkPerDay: 5e9 },
  ]);
  api = createWorkbench(t.ws);
});
afterAll(() => {
  t?.ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rightsizeSparklines', () => {
  it('gives each resource its CPU maximum of every day of the lookback, oldest first', async () => {
    const s = await api.rightsizeSparklines({ resourceIds: ['i-spiky', 'i-sp', 'i-unknown'], spec });
    expect(s.days).toHaveLength(14);
    expect(s.days[0]).toBe('2026-03-01');
    expect(s.days[13]).toBe('2026-03-14');
    expect(s.cpuMax['i-spiky']).toEqual([5, 5, 5, 5, 5, 5, 30, 5, 5, 5, 5, 5, 5, 5]);
    expect(s.cpuMax['i-sp']).toEqual(Array(14).fill(15));
    expect(s.cpuMax['i-unknown']).toBeUndefined();
  });

  it('leaves a day without data empty, never 0, when the lookback reaches before the metrics', async () => {
    const s = await api.rightsizeSparklines({ resourceIds: ['i-idle'], spec: { ...spec, lookbackDays: 16 } });
    expect(s.days[0]).toBe('2026-02-27');
    expect(s.cpuMax['i-idle']).toEqual([null, null, ...Array(12 + 2).fill(0.8)]);
  });
});

describe('rightsizeExport and rightsize --out', () => {
  it('XLSX through the API: the Tickets total and the Summary equal the result’s summary to the cent', async () => {
    const result = await api.rightsize({ spec });
    // i-spiky: 0.768 × 730 = 560.64, p95 13.75% → m5.xlarge keeps 8/32: saves 420.48;
    // + 126.14 (i-sp) + 30.37 (i-idle) = 576.99
    expect(result.summary).toMatchObject({ count: 3, monthlySavings: 576.99 });
    const file = await api.rightsizeExport({ spec, format: 'xlsx' });
    expect(file.fileName).toBe('rightsizing-tickets.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const tickets = wb.getWorksheet('Tickets')!;
    const total = tickets.getRow(5).getCell(10).value as { result: number };
    expect(total.result).toBe(576.99);
    const summary = wb.getWorksheet('Summary')!;
    expect((summary.getRow(summary.rowCount).values as unknown[]).slice(1)).toEqual(['Total', 3, 576.99]);
  });

  it('`rightsize --out FILE.csv` writes the ticket list with the command that makes it again', async () => {
    t.ws.close(); // the command opens the workspace file itself
    const out = join(dir, 'tickets.csv');
    const r = await cli('rightsize', '--db', join(dir, 'workspace.duckdb'), '--account', '222222222222', '--out', out);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# Command: finops-workbench rightsize --db');
    expect(text).toContain('--account 222222222222 --out rightsizing-tickets.csv');
    const rows = text.split('\r\n').filter((l) => l.startsWith('i-'));
    expect(rows.map((l) => l.split(',')[0])).toEqual(['i-spiky', 'i-sp', 'i-idle']);
    expect(rows.some((l) => l.startsWith('i-sp,222222222222,prod,,us-east-1,m5.2xlarge,m5.large,downsize,168.19,126.14,'))).toBe(true);
    expect(r.stderr).toMatch(/wrote 3 recommendations \(576\.99 a month\) to .*tickets\.csv/);
  });

  it('refuses an --out that is neither .csv nor .xlsx', async () => {
    const r = await cli('rightsize', '--db', join(dir, 'workspace.duckdb'), '--out', join(dir, 'x.pdf'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--out must end in .csv or .xlsx, not ".pdf"');
  });
});
