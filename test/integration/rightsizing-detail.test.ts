// rightsizeDetail (core/engines/rightsizing/detail.ts): one resource's recommendation equal to the
// list's entry for it, on the hand-built instances and storage of rightsizing-engine.test.ts and
// rightsizing-storage.test.ts (test/support, together in one workspace: lookback 2026-03-01 to 03-15) and on a
// generated organisation; and for volumes, snapshots and stopped instances, what the bill shows.
// Bill figures are worked out by hand: March has 744 hours, so a day of 100 GB is
// 100 × 24 ÷ 744 = 3.225806451613 GB-months (12 decimals, as loaded), 45.16129 over 14 days.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, run, type RightsizeResult } from '../../core/engines/rightsizing/index.ts';
import { ingestPaths } from '../../core/ingest/index.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';
import { HAND_INSTANCES, insertHandInstances } from '../support/rightsizing-fixture.ts';
import { insertStoppedInstanceAndStorage, OTHER_ACCOUNT } from '../support/rightsizing-storage-fixture.ts';

const SPEC = { kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20 } as const;
const days = (from: number, n: number, cost: number, gbMonths: number) =>
  Array.from({ length: n }, (_, i) => ({ day: `2026-03-${String(from + i).padStart(2, '0')}`, cost, gbMonths }));

describe('on hand-built instances and storage', () => {
  let t: TestWorkspace;
  let list: RightsizeResult;

  beforeAll(async () => {
    t = await openTestWorkspace();
    await insertHandInstances(t.ws, '2026-03-01', 14, HAND_INSTANCES);
    await insertStoppedInstanceAndStorage(t.ws);
    list = await run(t.ws.db, SPEC);
  });
  afterAll(() => t?.close());

  it('the list holds what the engine and storage tests worked out (i-sp covered by a Savings Plan: 126.14)', () => {
    expect(list.recommendations.map((r) => [r.resourceId, r.action, r.monthlySavings])).toEqual([
      ['i-spiky', 'downsize', 420.48],
      ['i-ondemand', 'downsize', 210.24],
      ['i-sp', 'downsize', 126.14],
      ['i-idle', 'terminate', 30.37],
      ['i-modern', 'modernize', 21.02],
      ['i-stopped', 'stop-storage', 14.6],
      ['vol-unused', 'delete-volume', 7.3],
      ['snap-0old', 'delete-snapshot', 3.65],
      ['vol-nometrics', 'delete-volume', 3.65],
    ]);
  });

  it('gives every recommendation exactly as the list does', async () => {
    for (const r of list.recommendations) expect((await detail(t.ws.db, r.resourceId, SPEC)).recommendation).toEqual(r);
    const sp = await detail(t.ws.db, 'i-sp', SPEC);
    expect(sp).toMatchObject({ kind: 'instance', bill: null, note: null, periodSeconds: 86400 });
    expect(sp.recommendation?.price).toEqual({ source: 'bill', coveredBy: 'SavingsPlan', freedCommitmentPerHour: 0.1728 });
    expect(sp.series.CPUUtilization).toHaveLength(14);
  });

  it('follows the spec, as the list does (p90, another account)', async () => {
    expect((await detail(t.ws.db, 'i-spiky', { ...SPEC, percentile: 'p90' })).recommendation?.recommendedType).toBe('m5.large');
    expect((await detail(t.ws.db, 'i-spiky', { ...SPEC, accounts: [OTHER_ACCOUNT] })).recommendation).toBeNull();
  });

  it('says why an instance has no recommendation', async () => {
    expect((await detail(t.ws.db, 'i-graviton', SPEC)).note).toMatch(/^No change advised: the instance is the smallest size of its family that fits/);
    expect((await detail(t.ws.db, 'i-nometrics', SPEC)).note).toBe('Not assessed: the instance is billed in the lookback but has no CPUUtilization maximum in it. Ingest its CloudWatch metrics.');
    await expect(detail(t.ws.db, 'i-nowhere', SPEC)).rejects.toMatchObject({ code: 'RIGHTSIZE_UNKNOWN_RESOURCE' });
  });

  it('an unused volume: its daily storage cost, size and days billed', async () => {
    const d = await detail(t.ws.db, 'vol-unused', SPEC);
    expect(d).toMatchObject({ kind: 'volume', note: null, recommendation: { action: 'delete-volume', monthlySavings: 7.3 } });
    // 14 days at 0.24 = 3.36; 14 × 3.225806451613 = 45.161290322582 → 45.16129 GB-months
    expect(d.bill).toEqual({
      resourceIds: ['vol-unused'], from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T00:00:00.000Z',
      days: days(1, 14, 0.24, 3.225806), cost: 3.36, gbMonths: 45.16129, firstBilledDay: '2026-03-01', lastBilledDay: '2026-03-14', stoppedInstance: null,
    });
    // its EBS metrics: no reads or writes on any day
    expect(d.series.VolumeReadOps!.map((p) => p.avg)).toEqual(Array(14).fill(0));
  });

  it('a stopped instance: its volumes in the bill and when it last ran', async () => {
    const d = await detail(t.ws.db, 'i-stopped', SPEC);
    expect(d.recommendation?.action).toBe('stop-storage');
    // vol-stopped: 300 GB, 0.48 a day; 300 × 24 ÷ 744 = 9.677419 GB-months a day, 135.483871 over 14 days; 0.48 × 14 = 6.72
    expect(d.bill).toEqual({
      resourceIds: ['vol-stopped'], from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T00:00:00.000Z',
      days: days(1, 14, 0.48, 9.677419), cost: 6.72, gbMonths: 135.483871, firstBilledDay: '2026-02-20', lastBilledDay: '2026-03-14',
      stoppedInstance: { resourceId: 'i-stopped', type: 'm5.large', lastRunning: '2026-03-01T00:00:00.000Z' },
    });
  });

  it('a stopped instance’s volume points to the instance', async () => {
    const d = await detail(t.ws.db, 'vol-stopped', SPEC);
    expect(d.recommendation).toBeNull();
    expect(d.note).toBe("Counted as the storage of i-stopped (m5.large), stopped since 2026-03-01: see that instance's stop-storage recommendation.");
    expect(d.bill?.stoppedInstance).toEqual({ resourceId: 'i-stopped', type: 'm5.large', lastRunning: '2026-03-01T00:00:00.000Z' });
  });

  it('an old snapshot, asked by its id or its ARN; a young one says its age', async () => {
    for (const id of ['snap-0old', 'arn:aws:ec2:us-east-1:222222222222:snapshot/snap-0old']) {
      const d = await detail(t.ws.db, id, SPEC);
      expect(d).toMatchObject({ kind: 'snapshot', note: null, recommendation: { resourceId: 'snap-0old', action: 'delete-snapshot', monthlySavings: 3.65 } });
      // 50 GB: 50 × 24 ÷ 744 = 1.612903 GB-months a day; 0.12 × 14 = 1.68
      expect(d.bill).toMatchObject({ resourceIds: ['snap-0old'], days: days(1, 14, 0.12, 1.612903), cost: 1.68, firstBilledDay: '2025-12-01', lastBilledDay: '2026-03-14' });
    }
    const young = await detail(t.ws.db, 'snap-0new', SPEC);
    expect(young.recommendation).toBeNull();
    // 2026-02-01 to 03-15: 28 + 14 = 42 days
    expect(young.note).toBe('Billed for 42 days, fewer than 90: not old enough to advise deleting it.');
    expect(young.bill?.firstBilledDay).toBe('2026-02-01');
  });

  it('a volume in use, and one in an account without EBS metrics, say so', async () => {
    expect((await detail(t.ws.db, 'vol-busy', SPEC)).note).toBe('In use: it had reads or writes in the lookback, so nothing is advised.');
    const elsewhere = await detail(t.ws.db, 'vol-elsewhere', SPEC);
    expect(elsewhere.note).toMatch(/^Not assessed: its account has no EBS volume metrics/);
    expect(elsewhere.bill?.cost).toBe(0.336);
  });
});

describe('on a generated organisation', () => {
  let dir: string;
  let rt: RoundTrip;

  beforeAll(async () => {
    dir = tempDir('fw-rs-detail-');
    rt = await generateAndIngest(dir, { months: 1, scale: 8000, grain: 'daily', seed: 7, format: 'focus-csv', metrics: true, start: '2026-10' });
    await ingestPaths(rt.ws, [join(rt.gen.out, 'cloudwatch')]);
  }, 600_000);
  afterAll(() => {
    rt?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the list’s entry for the first resources of every action', async () => {
    for (const spec of [SPEC, { ...SPEC, lookbackDays: 30, percentile: 'max' } as const]) {
      const list = await run(rt.ws.db, spec);
      const picked = [...new Set(list.recommendations.map((r) => r.action))].flatMap((a) => list.recommendations.filter((r) => r.action === a).slice(0, 3));
      expect(picked.length).toBeGreaterThan(3);
      for (const r of picked) expect((await detail(rt.ws.db, r.resourceId, spec)).recommendation).toEqual(r);
    }
  }, 120_000);
});
