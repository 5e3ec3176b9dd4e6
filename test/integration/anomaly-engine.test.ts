// The anomaly engine on hand-built series (test/support/daily-charges.ts), one per SPEC.md case. Expected
// numbers are worked out by hand in the comments: expected = median of the same weekday over the
// 4 weeks before, noise σ = 1.4826 × MAD of 8 same weekdays, floored at 5% of expected and $1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { dayAt, daily, insertCharges } from '../support/daily-charges.ts';
import { parseAnomalySpec, type AnomalySpecInput } from '../../core/engines/anomaly/index.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
});
afterEach(() => t.close());

const detect = (spec: Omit<AnomalySpecInput, 'kind'> = {}) => t.api.anomalies({ spec: parseAnomalySpec({ kind: 'anomalies', ...spec }) });
const list = async () => (await detect()).anomalies;
const MONDAY = '2026-01-05';

describe('step 2: the expected value follows the week and the month', () => {
  it('a weekday/weekend pattern raises nothing', async () => {
    await insertCharges(t.ws, daily(MONDAY, dayAt(MONDAY, 139), (_d, wd) => (wd < 5 ? 200 : 60)));
    expect(await list()).toEqual([]);
  });

  it('a fee on the 1st of every month raises nothing (the same day a month before had it too)', async () => {
    await insertCharges(t.ws, [
      ...daily('2026-01-01', dayAt('2026-01-01', 149), () => 100),
      ...daily('2026-01-01', dayAt('2026-01-01', 149), (day) => (day.endsWith('-01') ? 500 : null), { service: 'AWS Support', usageType: 'Support' }),
    ]);
    expect(await list()).toEqual([]);
  });

  it('a slow ramp (1% a day) is followed, not raised', async () => {
    // 17.5 days behind a 1%/day ramp is ~16% low, but 8 weeks of the ramp make σ ~16%: score ~1
    await insertCharges(t.ws, daily(MONDAY, dayAt(MONDAY, 149), (_d, _wd, i) => Math.round(100 * 1.01 ** i * 100) / 100));
    expect(await list()).toEqual([]);
  });
});

describe('step 3: anomalies are runs of days above the band', () => {
  it('a single-day spike is one anomaly, with its resource as a cause; the old spike then raises nothing', async () => {
    await insertCharges(t.ws, [
      ...daily(MONDAY, dayAt(MONDAY, 119), () => 80),
      ...daily(MONDAY, dayAt(MONDAY, 119), () => 20, { usageType: 'DataTransfer-Out-Bytes' }),
      { day: dayAt(MONDAY, 80), cost: 500, usageType: 'DataTransfer-Out-Bytes', resource: 'i-spiky' },
    ]);
    const found = await list();
    expect(found).toHaveLength(1);
    const a = found[0]!;
    // the usage type's series stands out most: expected 20, σ floored to $1, 520 − 20 = 500
    expect(a).toMatchObject({ start: dayAt(MONDAY, 80), end: dayAt(MONDAY, 80), scope: { x_UsageType: 'DataTransfer-Out-Bytes' }, actual: 520, expected: 20, impact: 500, impactPct: 2500, score: 500 });
    expect(a.rootCauses).toContainEqual({ dimension: 'ResourceId', value: 'i-spiky', impact: 500 });
    expect(a.rootCauses[0]).toEqual({ dimension: 'SubAccountName', value: 'prod', impact: 500 });
    expect(a.signature).toEqual({ SubAccountName: 'prod', ServiceName: 'Amazon EC2', RegionId: 'us-east-1', x_UsageType: 'DataTransfer-Out-Bytes' });
    // the same spike in the total, the account, the service and the region is this one anomaly
    expect(a.seenIn.map((s) => s.dimension).sort()).toEqual(['RegionId', 'ServiceName', 'SubAccountName', 'total', 'x_UsageType']);
  });

  it('a level shift is reported once, then absorbed', async () => {
    // 100 a day, 400 from day 60: days 60-73 expect 100 (excess 300), days 74-80 expect the
    // median of [400, 400, 100, 100] = 250 (excess 150), from day 81 the median is 400
    await insertCharges(t.ws, daily(MONDAY, dayAt(MONDAY, 129), (_d, _wd, i) => (i < 60 ? 100 : 400)));
    const found = await list();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: dayAt(MONDAY, 60), end: dayAt(MONDAY, 80), actual: 21 * 400, expected: 14 * 100 + 7 * 250, impact: 14 * 300 + 7 * 150 });
  });

  it('a new service is one anomaly, from the day it appears', async () => {
    // 0 expected for 14 days (excess 50), then the median of [50, 50, 0, 0] = 25 for 7 days
    await insertCharges(t.ws, [...daily(MONDAY, dayAt(MONDAY, 119), () => 100), ...daily(MONDAY, dayAt(MONDAY, 119), (_d, _wd, i) => (i >= 70 ? 50 : null), { service: 'Amazon SageMaker', usageType: 'Train:ml.g5' })]);
    const found = await list();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: dayAt(MONDAY, 70), end: dayAt(MONDAY, 90), scope: { ServiceName: 'Amazon SageMaker' }, expected: 7 * 25, impact: 14 * 50 + 7 * 25, impactPct: 500 });
    // 875 ÷ 175 = 500%; its first day alone had nothing expected
    expect(found[0]!.rootCauses[0]).toEqual({ dimension: 'SubAccountName', value: 'prod', impact: 21 * 50 });
  });
});

describe('step 6: records and feedback', () => {
  const twoSpikes = () => [
    ...daily(MONDAY, dayAt(MONDAY, 139), () => 100),
    { day: dayAt(MONDAY, 60), cost: 400, usageType: 'Batch' },
    { day: dayAt(MONDAY, 110), cost: 400, usageType: 'Batch' },
  ];

  it('ids are stable across runs and a re-ingest of the same data; planned suppresses the pattern', async () => {
    await insertCharges(t.ws, twoSpikes());
    const first = await list();
    expect(first.map((a) => a.start)).toEqual([dayAt(MONDAY, 60), dayAt(MONDAY, 110)].sort());
    expect(first.every((a) => a.isNew && a.feedback === null)).toBe(true);
    const early = first.find((a) => a.start === dayAt(MONDAY, 60))!;
    const saved = await t.api.anomalyFeedback({ id: early.id, verdict: 'planned', note: 'month-end batch' });
    expect(saved.feedback).toMatchObject({ verdict: 'planned', note: 'month-end batch' });

    // the same data again (as a re-ingest would load it): same ids, feedback kept
    await t.ws.db.run((await import('../../core/sql/index.ts')).sql`DELETE FROM focus`);
    await insertCharges(t.ws, twoSpikes());
    const r = await detect();
    expect(r.anomalies.map((a) => a.id)).toEqual([early.id]);
    expect(r.anomalies[0]).toMatchObject({ isNew: false, feedback: { verdict: 'planned', note: 'month-end batch' } });
    // the later spike of the same pattern is not raised again
    expect(r.suppressedCount).toBe(1);
    const all = await detect({ includeSuppressed: true });
    expect(all.anomalies.find((a) => a.start === dayAt(MONDAY, 110))).toMatchObject({ suppressed: true, isNew: false });
  });

  it('anomaliesRead lists the same anomalies without recording them: isNew stays true, feedback and suppression are read', async () => {
    await insertCharges(t.ws, twoSpikes());
    const records = async () => Number(await t.ws.db.value((await import('../../core/sql/index.ts')).sql`SELECT count(*) FROM anomaly_records`));
    const read = await t.api.anomaliesRead({ spec: parseAnomalySpec({ kind: 'anomalies' }) });
    expect(read.anomalies.map((a) => a.start)).toEqual([dayAt(MONDAY, 60), dayAt(MONDAY, 110)].sort());
    expect(await records()).toBe(0);
    expect((await t.api.anomaliesRead({ spec: parseAnomalySpec({ kind: 'anomalies' }) })).anomalies.every((a) => a.isNew)).toBe(true);
    // recorded once, then read: the same ids, no longer new; planned on the early one suppresses the later one
    const recorded = await list();
    expect(recorded.map((a) => a.id)).toEqual(read.anomalies.map((a) => a.id));
    expect(await records()).toBe(2);
    await t.api.anomalyFeedback({ id: recorded[0]!.id, verdict: 'planned', note: null });
    const after = await t.api.anomaliesRead({ spec: parseAnomalySpec({ kind: 'anomalies', includeSuppressed: true }) });
    expect(after.anomalies.map((a) => [a.isNew, a.feedback?.verdict ?? null, a.suppressed])).toEqual([[false, 'planned', false], [false, null, true]]);
    expect(await records()).toBe(2);
  });

  it('the detail has the series with its band and an Explore spec on the scope', async () => {
    await insertCharges(t.ws, twoSpikes());
    const [a] = await list();
    const d = await t.api.anomalyDetail({ id: a!.id });
    const spikeDay = d.series.find((s) => s.date === a!.start)!;
    // found in the Batch usage type's own series: nothing expected, σ floored at $1, band 0 to 4 × 1
    expect(a!.scope).toEqual({ x_UsageType: 'Batch' });
    expect(spikeDay).toEqual({ date: a!.start, actual: 400, expected: 0, lower: 0, upper: 4, anomalous: true });
    expect(d.explore).toMatchObject({ kind: 'pivot', columns: ['day'], grain: 'day', filters: Object.entries(a!.scope).map(([dimension, v]) => ({ dimension, op: 'in', values: [v] })) });
    await expect(t.api.anomalyDetail({ id: 'an-0000' })).rejects.toMatchObject({ code: 'ANOMALY_NOT_FOUND' });
  });
});
