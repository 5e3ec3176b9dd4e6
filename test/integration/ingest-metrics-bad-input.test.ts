// Bad utilization metric files (issue 17, Done when): unknown instances, gaps, 0-1 percentages and
// bits give clear warnings and correct rows; a unit that cannot be the metric's, conflicting
// duplicates or a series naming no instance are refused with the file and the place, and the
// whole ingest (the bill given with it too) rolls back: nothing is lost, nothing half-loaded.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { curCsv, write } from '../support/files.ts';
import { INSTANCE_A, INSTANCE_B, INSTANCE_UNBILLED, metricsCsv, writeBill } from '../support/metric-files.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
  await t.api.ingest({ paths: [writeBill(t.dir)] });
});
afterEach(() => t.close());

const HEADER = ['resource_id', 'metric', 'timestamp', 'period_seconds', 'maximum', 'average', 'unit'];

function csv(name: string, rows: (string | number)[][], header = HEADER): string {
  return write(join(t.dir, name), metricsCsv(header, rows));
}

async function state() {
  return {
    imports: await query(t.api, 'SELECT id, format, status, rows FROM imports ORDER BY id'),
    metrics: await query(t.api, 'SELECT count(*)::INTEGER AS n FROM resource_metrics'),
    focus: await query(t.api, 'SELECT count(*)::INTEGER AS n FROM focus'),
  };
}

async function refused(paths: string[]): Promise<{ code: string; message: string }> {
  const before = await state();
  const err = await t.api.ingest({ paths }).then(
    () => {
      throw new Error('the ingest should be refused');
    },
    (e: { code: string; message: string }) => e,
  );
  expect(await state()).toEqual(before);
  return err;
}

describe('warnings, with the data kept right', () => {
  it('lists the instances the bill does not have', async () => {
    const file = csv('unknown.csv', [[INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'], [INSTANCE_UNBILLED, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent']]);
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.status).toBe('loaded');
    expect(r.files[0]!.warnings).toEqual([`${file}: 1 of 2 resources are not in the loaded bill (${INSTANCE_UNBILLED}). Their metrics are kept, but rightsizing has no price for them: load the bill that charges them, or check the account.`]);
  });

  it('counts the days without data of each resource', async () => {
    const file = csv('gaps.csv', [
      [INSTANCE_A, 'CPUUtilization', '2026-11-01', 86400, 5, 2, 'Percent'], [INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'],
      [INSTANCE_A, 'CPUUtilization', '2026-11-05', 86400, 5, 2, 'Percent'], // 3 and 4 missing
      [INSTANCE_B, 'CPUUtilization', '2026-11-01', 86400, 5, 2, 'Percent'], [INSTANCE_B, 'CPUUtilization', '2026-11-03', 86400, 5, 2, 'Percent'], // 2 missing
    ]);
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.warnings).toEqual([`${file}: 2 resources have days without data between their first and last (${INSTANCE_A} 2 days, ${INSTANCE_B} 1 day): stopped then, or missing from the export. Rightsizing counts only the days with data.`]);
  });

  it('scales percentages given as 0-1 fractions when memory proves it, and says so', async () => {
    const file = csv('fractions.csv', [[INSTANCE_A, 'mem_used_percent', '2026-11-02', 86400, 0.45, 0.4, 'Percent'], [INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 0.3, 0.125, 'Percent']]);
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.warnings).toEqual([`${file}: CPUUtilization, mem_used_percent are given as 0-1 fractions (memory is never at or under 1% on a running machine): multiplied by 100 to percentages.`]);
    expect(await query(t.api, 'SELECT metric, maximum, average FROM resource_metrics ORDER BY metric')).toEqual([
      { metric: 'CPUUtilization', maximum: 30, average: 12.5 },
      { metric: 'mem_used_percent', maximum: 45, average: 40 },
    ]);
  });

  it('keeps CPU alone at or under 1 as it is (an idle instance), with a warning naming both readings', async () => {
    const file = csv('idle.csv', [[INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 0.8, 0.25, 'Percent']]);
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.warnings).toEqual([`${file}: every CPUUtilization value is at most 1. Kept as percentages (0-1%, idle); if the file gives 0-1 fractions instead, export them as 0-100 and load again.`]);
    expect(await query(t.api, 'SELECT maximum FROM resource_metrics')).toEqual([{ maximum: 0.8 }]);
  });

  it('turns bits into bytes (8 bits a byte)', async () => {
    const file = csv('bits.csv', [[INSTANCE_A, 'NetworkIn', '2026-11-02', 86400, 8000, 800, 'Bits']]);
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.warnings).toEqual([`${file}: NetworkIn was given in Bits: converted to Bytes (8 bits a byte).`]);
    expect(await query(t.api, 'SELECT maximum, average, unit FROM resource_metrics')).toEqual([{ maximum: 1000, average: 100, unit: 'Bytes' }]);
  });

  it('keeps a repeated point with the same values once', async () => {
    const row = [INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'];
    const file = csv('repeat.csv', [row, row]);
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.rows).toBe(1);
    expect(r.files[0]!.warnings).toEqual([`${file}: 1 repeated point (same resource, metric, time and values) kept once.`]);
  });
});

describe('refusals: the file and the place named, nothing loaded (the bill given with it neither)', () => {
  it('refuses a unit that cannot be the metric’s, with its line', async () => {
    const file = csv('bytes-cpu.csv', [[INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'], [INSTANCE_B, 'CPUUtilization', '2026-11-02', 86400, 5000, 2000, 'Bytes']]);
    const other = write(join(t.dir, 'more-bill', 'bill-2.csv'), curCsv([{ id: 'c', month: '2026-10', cost: '1.00' }]));
    const e = await refused([other, file]);
    expect(e).toMatchObject({ code: 'INGEST_METRIC_UNIT', message: `${file}, line 3: CPUUtilization is a percentage, but the file gives it in Bytes. Export the metric in its CloudWatch unit; nothing was loaded.` });
  });

  it('refuses a rate for a total (Bytes/Second for NetworkIn)', async () => {
    const file = csv('rate.csv', [[INSTANCE_A, 'NetworkIn', '2026-11-02', 86400, 5, 2, 'Bytes/Second']]);
    expect(await refused([file])).toMatchObject({ code: 'INGEST_METRIC_UNIT', message: `${file}, line 2: NetworkIn is the bytes of each period, but the file gives a rate (Bytes/Second). Export the metric in its CloudWatch unit; nothing was loaded.` });
  });

  it('refuses a percentage above 100', async () => {
    const file = csv('over.csv', [[INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'], [INSTANCE_A, 'CPUUtilization', '2026-11-03', 86400, 250, 2, 'Percent']]);
    expect(await refused([file])).toMatchObject({ code: 'INGEST_METRIC_UNIT', message: `${file}, line 3: CPUUtilization of 250%, above 100%, which it cannot be. Check the export; nothing was loaded.` });
  });

  it('refuses two different values for one resource, metric and period, naming both lines', async () => {
    const file = csv('conflict.csv', [[INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'], [INSTANCE_B, 'CPUUtilization', '2026-11-02', 86400, 5, 2, 'Percent'], [INSTANCE_A, 'CPUUtilization', '2026-11-02', 86400, 9, 2, 'Percent']]);
    expect(await refused([file])).toMatchObject({ code: 'INGEST_METRIC_DUPLICATE', message: `${file}: line 2 and line 4 give ${INSTANCE_A} CPUUtilization at 2026-11-02 00:00:00 UTC with different values. Keep one of them; nothing was loaded.` });
  });

  it('refuses a get-metric-data result whose Label and Id name no instance', async () => {
    const file = write(join(t.dir, 'gmd.json'), JSON.stringify({ MetricDataResults: [{ Id: 'm1', Label: 'CPUUtilization', Timestamps: ['2026-11-02T00:00:00Z', '2026-11-02T01:00:00Z'], Values: [1, 2], StatusCode: 'Complete' }] }));
    const e = await refused([file]);
    expect(e.code).toBe('INGEST_METRIC_UNLABELLED');
    expect(e.message).toContain(`${file}, MetricDataResults[0]: the result does not say which instance or volume it holds`);
  });

  it('refuses a get-metric-statistics file that names no instance (not in the file, not in its name)', async () => {
    const file = write(join(t.dir, 'cpu.json'), JSON.stringify({ Label: 'CPUUtilization', Datapoints: [{ Timestamp: '2026-11-02T00:00:00Z', Maximum: 3, Unit: 'Percent' }] }));
    const e = await refused([file]);
    expect(e.code).toBe('INGEST_METRIC_UNLABELLED');
    expect(e.message).toContain(`${file}: the file does not say which instance or volume its Datapoints are for`);
  });

  it('refuses a metrics CSV with a column it does not know (a misspelt statistic is never dropped)', async () => {
    const file = csv('typo.csv', [[INSTANCE_A, 'CPUUtilization', '2026-11-02', 5]], ['resource_id', 'metric', 'timestamp', 'max']);
    expect(await refused([file])).toMatchObject({ code: 'INGEST_MISSING_COLUMNS' });
  });
});
