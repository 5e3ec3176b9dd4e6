// Storage still paying (core/engines/rightsizing/SPEC.md, "Storage still paying") on hand-built
// volumes, snapshots and a stopped instance. The lookback is 14 days, 2026-03-01 to 03-15 (set by
// i-base's CPU metrics). Every expected number is worked out by hand in the comments; 730 hours
// make a month, and a day's line of 0.24 is 0.01 an hour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../core/engines/rightsizing/index.ts';
import type { RightsizeResult, Recommendation } from '../../core/engines/rightsizing/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { insertHandInstances } from '../support/rightsizing-fixture.ts';
import { insertStoppedInstanceAndStorage, insertStorageLines, OTHER_ACCOUNT } from '../support/rightsizing-storage-fixture.ts';

const SPEC = { kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20 } as const;

let t: TestWorkspace;
let result: RightsizeResult;
const rec = (id: string): Recommendation | undefined => result.recommendations.find((r) => r.resourceId === id);
const instanceLike = { cpu: 40, memory: 40, networkPerDay: 5e9 };

beforeAll(async () => {
  t = await openTestWorkspace();
  await insertHandInstances(t.ws, '2026-03-01', 14, [{ id: 'i-base', type: 'm5.large', effectiveRate: '0.096', onDemandRate: '0.096', ...instanceLike }]);
  // i-stopped ran 2026-02-20 to 02-28 (its last hour ends 03-01 00:00), then stopped: no hours in the lookback.
  await insertStoppedInstanceAndStorage(t.ws);
  result = await run(t.ws.db, SPEC);
});
afterAll(() => t?.close());

describe('step 2: volumes', () => {
  it('calls a volume with EBS metrics and no reads or writes for 14 days unused, and saves its whole cost', () => {
    // 0.24 a day = 0.01 an hour × 730 = 7.30; 100 GB.
    expect(rec('vol-unused')).toMatchObject({ action: 'delete-volume', currentType: 'gp3', recommendedType: null, monthlyCost: 7.3, monthlySavings: 7.3, risk: 'low', price: { source: 'bill' } });
    expect(rec('vol-unused')!.evidence).toMatchObject({ days: 14, cpu: null, storage: { finding: 'no-io', sizeGB: 100, ioOpsPerDay: 0 } });
  });

  it('says "no metrics", with high risk, for a billed volume without EBS metrics in an account that has them', () => {
    // 0.12 a day = 0.005 an hour × 730 = 3.65; 200 GB of gp2.
    expect(rec('vol-nometrics')).toMatchObject({ action: 'delete-volume', currentType: 'gp2', monthlyCost: 3.65, monthlySavings: 3.65, risk: 'high' });
    expect(rec('vol-nometrics')!.evidence).toMatchObject({ days: 0, storage: { finding: 'no-metrics', sizeGB: 200, ioOpsPerDay: null } });
  });

  it('leaves a volume in use alone', () => {
    expect(rec('vol-busy')).toBeUndefined();
  });
});

describe('step 3: a stopped instance still paying for its volume', () => {
  it('names the instance, its volume and when it last ran, priced at the volume\'s cost', () => {
    // 0.48 a day = 0.02 an hour × 730 = 14.60; the volume is 300 GB.
    expect(rec('i-stopped')).toMatchObject({ action: 'stop-storage', currentType: 'm5.large', monthlyCost: 14.6, monthlySavings: 14.6, risk: 'medium' });
    expect(rec('i-stopped')!.evidence.storage).toEqual({ finding: 'instance-stopped', sizeGB: 300, ioOpsPerDay: null, volumeIds: ['vol-stopped'], lastRunning: '2026-03-01T00:00:00.000Z' });
    expect(rec('vol-stopped')).toBeUndefined();
  });
});

describe('step 4: old snapshots', () => {
  it('finds a snapshot billed for at least 90 days by the snap- id in its ARN', () => {
    // 0.12 a day = 0.005 an hour × 730 = 3.65; 50 GB; first billed 104 days before 03-15.
    expect(rec('snap-0old')).toMatchObject({ action: 'delete-snapshot', currentType: 'snapshot', monthlyCost: 3.65, monthlySavings: 3.65, risk: 'medium' });
    expect(rec('snap-0old')!.evidence.storage).toEqual({ finding: 'old-snapshot', sizeGB: 50, ioOpsPerDay: null, firstBilled: '2025-12-01T00:00:00.000Z', ageDays: 104 });
    expect(rec('snap-0new')).toBeUndefined();
  });
});

describe('step 5: bad input gives warnings, not advice', () => {
  it('warns of volumes in accounts without EBS metrics and of volumes in the metrics but not in the bill', () => {
    expect(rec('vol-elsewhere')).toBeUndefined();
    expect(rec('vol-ghost')).toBeUndefined();
    expect(result.warnings).toEqual([
      '1 EBS volume billed in the lookback is in accounts without EBS volume metrics and was not assessed (vol-elsewhere): ingest their VolumeReadOps and VolumeWriteOps to find unused volumes.',
      "1 volume with EBS metrics had no storage lines in the bill's lookback (vol-ghost): its cost is unknown, so it was not assessed.",
    ]);
  });

  it('adds the storage to the summary', () => {
    // 14.60 + 7.30 + 3.65 + 3.65 = 29.20
    expect(result.summary).toEqual({
      count: 4,
      monthlySavings: 29.2,
      byAction: { 'delete-volume': { count: 2, monthlySavings: 10.95 }, 'delete-snapshot': { count: 1, monthlySavings: 3.65 }, 'stop-storage': { count: 1, monthlySavings: 14.6 } },
    });
  });

  it('keeps to the accounts asked for', async () => {
    const other = await run(t.ws.db, { ...SPEC, accounts: [OTHER_ACCOUNT] });
    expect(other.recommendations).toEqual([]);
    expect(other.warnings.filter((w) => w.includes('vol-'))).toEqual([expect.stringContaining('(vol-elsewhere)')]);
  });
});

describe('a bill shorter than 90 days', () => {
  it('says it cannot show a snapshot old', async () => {
    const short = await openTestWorkspace();
    try {
      await insertHandInstances(short.ws, '2026-03-01', 14, [{ id: 'i-base', type: 'm5.large', effectiveRate: '0.096', onDemandRate: '0.096', ...instanceLike }]);
      await insertStorageLines(short.ws, [{ resourceId: 'snap-0new', usageType: 'EBS:SnapshotUsage', gb: 50, dailyCost: '0.12', from: '2026-02-01', days: 42 }]);
      const r = await run(short.ws.db, SPEC);
      expect(r.recommendations).toEqual([]);
      expect(r.warnings).toEqual(['The bill covers 42 days, fewer than 90: no snapshot can be shown to be 90 days old (1 EBS snapshot billed). Ingest earlier months to find old snapshots.']);
    } finally {
      short.close();
    }
  });
});
