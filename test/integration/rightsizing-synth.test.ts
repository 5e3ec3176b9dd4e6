// The rightsizing engine against a generated organisation's truth.json (core/synth: instances.ts
// marks instances oversized, idle or right-sized and truth.rightsizing lists the right answers).
// The truth sizes on the observed peak with 20% headroom, so the engine runs with percentile max,
// headroom 20 and a 93-day lookback (the whole 3 months). The generator's metric files are loaded
// by `ingest`, as a user would load them.
// Modernize recommendations (a newer generation, needs testing) are not sizing findings: they are
// counted apart, never as a flagged right-sized instance. Storage still paying (truth.rightsizing
// .storage: unattached volumes, instances stopped at 35% of the range, snapshots billed 90 days)
// is read over the last 30 days, when the stopped instances have long stopped.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type RightsizeResult } from '../../core/engines/rightsizing/index.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { ingestPaths } from '../../core/ingest/index.ts';
import { tempDir } from '../support/workspace.ts';
import { rmSync } from 'node:fs';

const TRUTH_ACTION = { stop: 'terminate', downsize: 'downsize' } as const;
// The generator bills RDS DB instances (core/synth/workloads.ts) but writes no AWS/RDS metrics for
// them: the engine says so in one warning, and no other warning is expected.
const NO_RDS_METRICS = /^\d+ DB instances? billed in the lookback had no CPUUtilization maximum under their DBInstanceIdentifier/;
const otherWarnings = (warnings: string[]): string[] => warnings.filter((w) => !NO_RDS_METRICS.test(w));

let rt: RoundTrip;
let dir: string;
let result: RightsizeResult;
let storage: RightsizeResult;
const STORAGE_ACTIONS: readonly string[] = ['delete-volume', 'stop-storage', 'delete-snapshot'];
const STORAGE_LOOKBACK_DAYS = 30;

beforeAll(async () => {
  dir = tempDir('fw-rightsize-');
  rt = await generateAndIngest(dir, { months: 3, scale: 60_000, grain: 'daily', seed: 7, format: 'focus-csv', metrics: true, start: '2026-06' });
  await ingestPaths(rt.ws, [join(rt.gen.out, 'cloudwatch')]);
  result = await run(rt.ws.db, { kind: 'rightsize', lookbackDays: 93, percentile: 'max', headroomPct: 20 });
  storage = await run(rt.ws.db, { kind: 'rightsize', lookbackDays: STORAGE_LOOKBACK_DAYS, percentile: 'max', headroomPct: 20 });
}, 600_000);
afterAll(() => {
  rt?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('on a generated organisation with truth', () => {
  it('finds every idle and oversized instance with the right target, flags no right-sized one', () => {
    const truth = new Map(rt.truth.rightsizing.instances.map((i) => [i.resourceId!, i]));
    expect(truth.size).toBeGreaterThan(20);
    expect([...truth.values()].some((i) => i.finding === 'idle')).toBe(true);
    const flagged = result.recommendations.filter((r) => r.action === 'downsize' || r.action === 'terminate');
    const right = flagged.filter((r) => {
      const t = truth.get(r.resourceId);
      return t !== undefined && TRUTH_ACTION[t.action] === r.action && t.recommendedType === r.recommendedType;
    });
    const wrong = flagged.filter((r) => !right.includes(r)).map((r) => `${r.resourceId} ${r.currentType} ${r.action} ${r.recommendedType} (truth: ${truth.get(r.resourceId)?.finding ?? 'ok'} ${truth.get(r.resourceId)?.recommendedType ?? ''})`);
    const missed = [...truth.values()].filter((t) => !right.some((r) => r.resourceId === t.resourceId)).map((t) => `${t.resourceId} ${t.instanceType} ${t.finding} ${t.recommendedType}`);
    expect(wrong).toEqual([]);
    expect(missed).toEqual([]);
    const precision = right.length / flagged.length;
    const recall = right.length / truth.size;
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('says the days of data, and no warning about the data', () => {
    expect(otherWarnings(result.warnings)).toEqual([]);
    expect(result.warnings.filter((w) => NO_RDS_METRICS.test(w))).toHaveLength(1);
    const instances = result.recommendations.filter((r) => !STORAGE_ACTIONS.includes(r.action));
    expect(instances.every((r) => r.evidence.days > 0 && r.evidence.memory !== null)).toBe(true);
  });

  it('finds every unattached volume, stopped instance and old snapshot, and flags no volume in use', () => {
    expect(storage.lookback).toEqual({ from: '2026-08-02T00:00:00.000Z', to: '2026-09-01T00:00:00.000Z' });
    const to = Date.parse(storage.lookback.to);
    const truth = new Map(rt.truth.rightsizing.storage.filter((s) => s.stoppedAt === null || Date.parse(s.stoppedAt) <= to - STORAGE_LOOKBACK_DAYS * 86_400_000).map((s) => [s.resourceId, s]));
    expect(new Set([...truth.values()].map((s) => s.kind))).toEqual(new Set(['unattached-volume', 'stopped-instance', 'snapshot']));
    expect(truth.size).toBeGreaterThanOrEqual(10);
    const flagged = storage.recommendations.filter((r) => STORAGE_ACTIONS.includes(r.action));
    const right = flagged.filter((r) => truth.get(r.resourceId)?.action === r.action);
    const wrong = flagged.filter((r) => !right.includes(r)).map((r) => `${r.resourceId} ${r.action} ${r.evidence.storage?.finding}`);
    const missed = [...truth.values()].filter((t) => !right.some((r) => r.resourceId === t.resourceId)).map((t) => `${t.resourceId} ${t.kind}`);
    expect(wrong).toEqual([]);
    expect(missed).toEqual([]);
    expect(right.length / flagged.length).toBeGreaterThanOrEqual(0.9);
    expect(right.length / truth.size).toBeGreaterThanOrEqual(0.9);
    for (const r of right) {
      const t = truth.get(r.resourceId)!;
      // The truth prices a GB-month; the 30 days read (2026-08-02 to 09-01) are all in August, whose
      // 744 hours bill a GB-month: the engine's cost per hour × 730 is the GB-month × 730 ÷ 744.
      expect(Math.abs(r.monthlySavings - (Number(t.monthlyCost) * 730) / 744), r.resourceId).toBeLessThanOrEqual(0.01);
      expect(r.evidence.storage?.sizeGB, r.resourceId).toBe(t.sizeGB);
      if (t.kind === 'stopped-instance') expect(r.evidence.storage?.volumeIds).toEqual(t.volumeIds);
    }
    expect(otherWarnings(storage.warnings)).toEqual([]);
  });
});
