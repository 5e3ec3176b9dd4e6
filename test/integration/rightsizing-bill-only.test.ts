// A workspace with a bill and no utilization metrics (core/engines/rightsizing/SPEC.md step 1):
// `rightsize` gives what the bill alone shows (an old snapshot) with a warning that instance sizing
// was skipped, in the engine, the API and the command line; the detail and the sparklines answer
// too. Figures by hand: the bill ends 2026-03-15, so the 14-day lookback is 03-01 to 03-15;
// snap-0old is billed from 2025-12-01 (104 days) at 0.12 a day = 0.005 an hour × 730 = 3.65.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../core/api/service.ts';
import type { WorkbenchApi } from '../../core/api/contract.ts';
import { cli } from '../support/cli.ts';
import { insertHandInstances } from '../support/rightsizing-fixture.ts';
import { insertStorageLines } from '../support/rightsizing-storage-fixture.ts';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';

const SPEC = { kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20, includeMemory: true } as const;
const NO_METRICS = 'No utilization metrics imported: instance sizing skipped; import CloudWatch metrics with `ingest` (CPUUtilization, and mem_used_percent from the CloudWatch agent). The recommendations shown come from the bill alone.';

let dir: string;
let t: TestWorkspace;
let api: WorkbenchApi;

beforeAll(async () => {
  dir = tempDir('fw-rs-bill-only-');
  t = await openTestWorkspace(dir);
  // instance-hours and volumes in the bill, but no metric rows at all
  await insertHandInstances(t.ws, '2026-03-01', 14, [{ id: 'i-base', type: 'm5.2xlarge', effectiveRate: '0.384', onDemandRate: '0.384' }]);
  await insertStorageLines(t.ws, [
    { resourceId: 'vol-a', usageType: 'EBS:VolumeUsage.gp3', gb: 100, dailyCost: '0.24', from: '2026-03-01', days: 14 },
    { resourceId: 'arn:aws:ec2:us-east-1:222222222222:snapshot/snap-0old', usageType: 'EBS:SnapshotUsage', gb: 50, dailyCost: '0.12', from: '2025-12-01', days: 104 },
  ]);
  api = createWorkbench(t.ws);
});
afterAll(() => {
  t?.ws.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('rightsize without metrics', () => {
  it('gives the bill-only recommendations with the warning that sizing was skipped (API)', async () => {
    const r = await api.rightsize({ spec: SPEC });
    expect(r.metrics).toBe(false);
    expect(r.lookback).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T00:00:00.000Z' });
    expect(r.recommendations.map((x) => [x.resourceId, x.action, x.monthlySavings])).toEqual([['snap-0old', 'delete-snapshot', 3.65]]);
    expect(r.summary).toEqual({ count: 1, monthlySavings: 3.65, byAction: { 'delete-snapshot': { count: 1, monthlySavings: 3.65 } } });
    expect(r.warnings).toEqual([
      NO_METRICS,
      '1 EBS volume billed in the lookback is in accounts without EBS volume metrics and was not assessed (vol-a): ingest their VolumeReadOps and VolumeWriteOps to find unused volumes.',
    ]);
  });

  it('answers the detail and the sparklines', async () => {
    const snap = await api.rightsizeDetail({ resourceId: 'snap-0old', spec: SPEC });
    expect(snap.recommendation?.monthlySavings).toBe(3.65);
    expect(snap.bill?.firstBilledDay).toBe('2025-12-01');
    const inst = await api.rightsizeDetail({ resourceId: 'i-base', spec: SPEC });
    expect(inst).toMatchObject({ recommendation: null, note: NO_METRICS, periodSeconds: null });
    const s = await api.rightsizeSparklines({ resourceIds: ['i-base'], spec: SPEC });
    expect(s.days).toHaveLength(14);
    expect(s.cpuMax).toEqual({});
  });

  it('an empty workspace is still refused, saying what to load', async () => {
    const empty = await openTestWorkspace();
    try {
      await expect(createWorkbench(empty.ws).rightsize({ spec: SPEC })).rejects.toMatchObject({ code: 'RIGHTSIZE_NO_METRICS', message: expect.stringContaining('neither a bill nor utilization metrics') });
    } finally {
      empty.close();
    }
  });

  it('the command: exit 0, the recommendation in JSON, the warning on stderr', async () => {
    t.ws.close(); // the command opens the workspace file itself
    const r = await cli('rightsize', '--db', join(dir, 'workspace.duckdb'), '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { resourceId: string }[]).map((x) => x.resourceId)).toEqual(['snap-0old']);
    expect(r.stderr).toContain(`warning: ${NO_METRICS}`);
  });
});
