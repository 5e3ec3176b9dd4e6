// The rightsizing method (core/engines/rightsizing/SPEC.md) on hand-built instances: 14 days of
// daily metrics (2026-03-01 to 03-14) and 24 instance-hours a day in the bill. Every expected
// number is worked out by hand in the comments; 730 hours make a month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, run } from '../../core/engines/rightsizing/index.ts';
import type { RightsizeResult, Recommendation } from '../../core/engines/rightsizing/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { HAND_INSTANCES, insertHandInstances } from '../support/rightsizing-fixture.ts';

let t: TestWorkspace;
let result: RightsizeResult;
const rec = (id: string): Recommendation | undefined => result.recommendations.find((r) => r.resourceId === id);

beforeAll(async () => {
  t = await openTestWorkspace();
  await insertHandInstances(t.ws, '2026-03-01', 14, HAND_INSTANCES);
  result = await run(t.ws.db, { kind: 'rightsize', lookbackDays: 14, percentile: 'p95', headroomPct: 20 });
});
afterAll(() => t?.close());

describe('step 5: savings at the user\'s own rates', () => {
  it('prices an on-demand downsize at the billed rate × the share of normalization units removed', () => {
    const r = rec('i-ondemand')!;
    expect(r).toMatchObject({ action: 'downsize', currentType: 'm5.2xlarge', recommendedType: 'm5.large', needsTesting: false, risk: 'low' });
    // 0.384 × 730 = 280.32 a month; m5.large is 4 of m5.2xlarge's 16 units: 280.32 × 12/16 = 210.24 saved.
    expect(r.monthlyCost).toBe(280.32);
    expect(r.monthlySavings).toBe(210.24);
    expect(r.price).toEqual({ source: 'bill' });
  });

  it('saves less on a Savings-Plan-covered instance, and says the commitment it frees', () => {
    const r = rec('i-sp')!;
    expect(r).toMatchObject({ action: 'downsize', recommendedType: 'm5.large' });
    // 0.2304 × 730 = 168.192 → 168.19; saved 168.192 × 0.75 = 126.144 → 126.14 (on demand it would be 210.24).
    expect(r.monthlyCost).toBe(168.19);
    expect(r.monthlySavings).toBe(126.14);
    // 0.2304/h of commitment drawn today, of which 0.75 no longer is: 0.1728/h.
    expect(r.price).toEqual({ source: 'bill', coveredBy: 'SavingsPlan', freedCommitmentPerHour: 0.1728 });
  });

  it('saves the whole cost of an idle instance', () => {
    const r = rec('i-idle')!;
    // 0.0416 × 730 = 30.368 → 30.37.
    expect(r).toMatchObject({ action: 'terminate', recommendedType: null, monthlyCost: 30.37, monthlySavings: 30.37, risk: 'low' });
    expect(r.evidence).toEqual({ days: 14, cpu: 0.8, cpuMax: 0.8, memory: 5, networkBytesPerDay: 2e6, vcpu: { current: 2, target: null }, memoryGiB: { current: 4, target: null } });
  });

  it('prices a newer generation at public on-demand rates, flagged needs testing', () => {
    const r = rec('i-modern')!;
    // 0.192 × 730 = 140.16; (0.192 − 0.1632) × 730 = 21.024 → 21.02. Graviton changes the architecture: high risk.
    expect(r).toMatchObject({ action: 'modernize', recommendedType: 'm7g.xlarge', needsTesting: true, monthlyCost: 140.16, monthlySavings: 21.02, risk: 'high', price: { source: 'on-demand' } });
  });

  it('adds up the summary', () => {
    // 420.48 (i-spiky, below) + 210.24 + 126.14 + 30.37 + 21.02 = 808.25
    expect(result.summary).toEqual({
      count: 5,
      monthlySavings: 808.25,
      byAction: { downsize: { count: 3, monthlySavings: 756.86 }, terminate: { count: 1, monthlySavings: 30.37 }, modernize: { count: 1, monthlySavings: 21.02 } },
    });
    expect(result.recommendations.map((r) => r.resourceId)).toEqual(['i-spiky', 'i-ondemand', 'i-sp', 'i-idle', 'i-modern']);
    expect(result.lookback).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T00:00:00.000Z' });
  });
});

describe('step 2: the percentile of the daily maxima', () => {
  // Sorted maxima of i-spiky: thirteen 5s, then 30. Linear interpolation between ranks (0-based
  // rank q × 13): p95 at 12.35 = 5 + 0.35 × 25 = 13.75%; p90 at 11.7 = 5%; max 30%.
  it('p95: 13.75% of 16 vCPU = 2.2 vCPU → m5.xlarge (3.2 usable); the 30% day would not fit it: medium risk', () => {
    const r = rec('i-spiky')!;
    expect(r).toMatchObject({ recommendedType: 'm5.xlarge', risk: 'medium', monthlySavings: 420.48 });
    expect(r.evidence.cpu).toBeCloseTo(13.75, 10);
    expect(r.evidence.cpuMax).toBe(30);
  });

  it('p90: 0.8 vCPU → m5.large; max: 4.8 vCPU → m5.2xlarge (6.4 usable)', async () => {
    const p90 = await run(t.ws.db, { kind: 'rightsize', percentile: 'p90' });
    expect(p90.recommendations.find((r) => r.resourceId === 'i-spiky')?.recommendedType).toBe('m5.large');
    const max = await run(t.ws.db, { kind: 'rightsize', percentile: 'max' });
    expect(max.recommendations.find((r) => r.resourceId === 'i-spiky')?.recommendedType).toBe('m5.2xlarge');
  });

  it('headroom 0: m5.2xlarge at 15% CPU (1.2 vCPU) and 18% memory (5.76 GiB) still needs m5.large (the smallest m5)', async () => {
    const r = await run(t.ws.db, { kind: 'rightsize', headroomPct: 0 });
    expect(r.recommendations.find((x) => x.resourceId === 'i-ondemand')?.recommendedType).toBe('m5.large');
  });
});

describe('what is not advised', () => {
  it('leaves right-sized instances with nothing cheaper priced alone', () => {
    expect(rec('i-graviton')).toBeUndefined();
  });

  it('warns about billed instances without metrics and metrics without a bill', () => {
    expect(result.warnings).toContain('1 instance billed in the lookback had no CPUUtilization maximum in it and was not assessed (i-nometrics): ingest their CloudWatch metrics.');
    expect(result.warnings).toContain('1 instance with metrics had no instance-hours in the bill (i-unbilled): their type and price are unknown, so it was not assessed.');
  });

  it('refuses a spec it does not know, saying which field', async () => {
    await expect(run(t.ws.db, { kind: 'rightsize', headroomPct: 50 } as never)).rejects.toMatchObject({ code: 'RIGHTSIZE_BAD_SPEC' });
  });
});

describe('rightsizeDetail', () => {
  it('gives the metric series over the lookback and the fit', async () => {
    const d = await detail(t.ws.db, 'i-spiky', { kind: 'rightsize' });
    expect(d.periodSeconds).toBe(86400);
    expect(d.series.CPUUtilization!.map((p) => p.max)).toEqual([5, 5, 5, 5, 5, 5, 30, 5, 5, 5, 5, 5, 5, 5]);
    expect(d.series.CPUUtilization![6]!.t).toBe('2026-03-07T00:00:00Z');
    expect(d.recommendation?.recommendedType).toBe('m5.xlarge');
    expect((await detail(t.ws.db, 'i-graviton', { kind: 'rightsize' })).note).toMatch(/^No change advised/);
  });

  it('says when a resource has no metrics in the lookback', async () => {
    await expect(detail(t.ws.db, 'i-nowhere', { kind: 'rightsize' })).rejects.toMatchObject({ code: 'RIGHTSIZE_UNKNOWN_RESOURCE' });
  });
});
