// The forecast engine on a generated organisation (core/synth): trend, weekly seasonality, level
// shifts (a fleet added at 70% of the range, a new service at 80%, fleets replaced or retired at
// 45% and 55%), recurring fees on the 1st and monthly tax. It prints the track record of both
// candidate methods beside seasonal-naive on each organisation of test/support/forecast-organisations.ts
// (SPEC.md section 7 quotes these figures; `npm run bench forecast` prints them too).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../core/engines/register.ts';
import { run } from '../../core/engines/forecast/index.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { tempDir } from '../support/workspace.ts';
import { FORECAST_ORGANISATIONS, measureAccuracy } from '../support/forecast-organisations.ts';

let dir: string;
let rt: RoundTrip;
beforeAll(async () => {
  dir = tempDir('forecast-synth-');
  rt = await generateAndIngest(dir, { months: 7, scale: 20_000, grain: 'daily', seed: 7, format: 'focus-csv', metrics: false, start: '2026-01' });
}, 240_000);
afterAll(() => {
  rt?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('forecast on a generated workspace', () => {
  it('the backtest covers the last 6 whole months, and the default method beats seasonal-naive by far', async () => {
    const r = await run(rt.ws.db, { kind: 'forecast' });
    const s = r.series[0]!;
    const b = s.backtest!;
    console.log(`seasonal-trend: ${b.summary}`);
    expect(r.lastDay).toBe('2026-07-31');
    expect(b.months.map((m) => m.month)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(b.days).toBe(181);
    // seasonal-naive misses the fees on the 1st and every month's growth: it is off by about a quarter
    expect(b.mapeMonthly).toBeLessThan(b.naiveMapeMonthly / 2);
    // issue 14's target for the 80% band: it holds 75-90% of the days
    expect(b.coverage80).toBeGreaterThanOrEqual(75);
    expect(b.coverage80).toBeLessThanOrEqual(90);
    expect(b.coverage95).toBeGreaterThan(b.coverage80);
    // the latest level shift: the fleet added on May 29 or the new service on June 19
    expect(s.levelShift! >= '2026-05-29' && s.levelShift! <= '2026-06-19').toBe(true);
  }, 120_000);

  it('prints the mstl-ets candidate on the same backtest', async () => {
    const s = (await run(rt.ws.db, { kind: 'forecast', method: 'mstl-ets' })).series[0]!;
    console.log(`mstl-ets: ${s.backtest!.summary}`);
    expect(s.backtest!.mapeMonthly).toBeLessThan(s.backtest!.naiveMapeMonthly);
  }, 120_000);

  it('many series in one call: one per service, each with its own track record or its reason', async () => {
    const r = await run(rt.ws.db, { kind: 'forecast', by: 'ServiceName', horizon: 7 });
    expect(r.series.length).toBeGreaterThan(8);
    const sagemaker = r.series.find((s) => s.key === 'Amazon SageMaker');
    // SageMaker starts at 80% of the range: a short history of its own
    expect(sagemaker!.history[0]!.date >= '2026-06-01').toBe(true);
    for (const s of r.series) expect(s.backtest !== null || s.backtestMessage !== null).toBe(true);
  }, 120_000);

});

describe.each(FORECAST_ORGANISATIONS)('the track record on a generated organisation: $name', (org) => {
  it('month totals within 3% (issue 14), beating seasonal-naive by far; the 80% band holds 75-90% of days (issue 14), the 95% band more', async () => {
    const d = tempDir('forecast-accuracy-');
    try {
      for (const a of await measureAccuracy(d, org, ['seasonal-trend', 'mstl-ets'])) {
        const b = a.backtest;
        console.log(`${org.name}, ${a.method}: ${b.summary}; months ${b.months.map((m) => `${m.month} ${(100 * (m.forecast / m.actual - 1)).toFixed(1)}%`).join(', ')}`);
        expect(b.months).toHaveLength(6);
        expect(b.mapeMonthly).toBeLessThan(b.naiveMapeMonthly / 4);
        // issue 14's target for the default method (2.66%, 2.77%, 2.80% on seeds 7, 11, 23: SPEC.md section 7); the candidate is only printed beside it
        expect(b.mapeMonthly).toBeLessThan(a.method === 'seasonal-trend' ? 3 : 5);
        expect(b.coverage80).toBeGreaterThanOrEqual(75);
        expect(b.coverage80).toBeLessThanOrEqual(90);
        expect(b.coverage95).toBeGreaterThan(b.coverage80);
      }
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 240_000);
});
