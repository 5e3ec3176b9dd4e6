// Forecast benchmark (issue 14): 1,000 daily series of 365 days (trend, weekly pattern, a level
// shift in half of them, noise; seeded), each forecast 30 days ahead with its period ends and its
// 6-month backtest, as one `by` call does after reading focus. Baseline in the same process:
// seasonal-naive for the same series and days. Target: under 3 s for the 1,000 series.
// Then the accuracy targets on generated organisations (test/support/forecast-organisations.ts):
// month-total MAPE under 3% over the backtest's 6 cut-offs, the 80% band holding 75-90% of days,
// beside seasonal-naive's MAPE (BENCH_FORECAST_ACCURACY=0 skips this part, about 30 s a seed).
// Run alone: npx tsx test/bench/forecast.bench.ts [--json]
import { forecastSeries } from '../../core/engines/forecast/run.ts';
import { dayNumber } from '../../core/engines/forecast/days.ts';
import { forecastSpecSchema } from '../../core/engines/forecast/spec.ts';
import type { SeriesData, WorkspaceDays } from '../../core/engines/forecast/read-series.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORECAST_ORGANISATIONS, measureAccuracy, type Accuracy } from '../support/forecast-organisations.ts';

export const FORECAST_TARGET_SECONDS = 3;
export const FORECAST_TARGET_MAPE = 3;
export const FORECAST_TARGET_COVERAGE80 = [75, 90] as const;
const SERIES = Number(process.env.BENCH_SERIES ?? 1000);
const DAYS = 365;
const first = dayNumber('2025-08-01');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function makeSeries(i: number): SeriesData {
  const r = rng(i + 1);
  const base = 50 + 500 * r();
  const growth = 0.0005 * r();
  const shiftAt = i % 2 === 0 ? Math.floor(DAYS * (0.5 + 0.4 * r())) : DAYS;
  const days = new Map<number, { usage: number; monthly: number; recurring: number; oneTime: number }>();
  for (let t = 0; t < DAYS; t++) {
    const wd = (first + t + 3) % 7;
    const level = base * (1 + growth * t) * (t >= shiftAt ? 1.3 : 1) * (wd >= 5 ? 0.7 : 1);
    days.set(first + t, { usage: level * (1 + 0.05 * (r() - 0.5)), monthly: 0, recurring: 0, oneTime: 0 });
  }
  return { key: `series-${i}`, days, streams: [] };
}

const data = Array.from({ length: SERIES }, (_, i) => makeSeries(i));
const ws: WorkspaceDays = { first, last: first + DAYS - 1, withData: new Set(Array.from({ length: DAYS }, (_, t) => first + t)) };
const spec = forecastSpecSchema.parse({ kind: 'forecast', horizon: 30, backtest: process.env.NO_BT ? false : true });

let t0 = performance.now();
const cpu0 = process.cpuUsage();
let mape = 0;
for (const d of data) mape += (forecastSeries(d, ws, spec).backtest?.mapeMonthly ?? 0);
const engineSeconds = (performance.now() - t0) / 1000;
// CPU time of this process: on a shared machine the wall clock also counts other processes' turns
const cpu = process.cpuUsage(cpu0);
const engineCpuSeconds = (cpu.user + cpu.system) / 1e6;

// seasonal-naive: the last week repeated over the horizon and the backtest months' days
t0 = performance.now();
let sink = 0;
for (const d of data) {
  for (let k = 0; k < 30 + 6 * 30; k++) sink += d.days.get(ws.last - 6 + (k % 7))!.usage;
}
const naiveSeconds = (performance.now() - t0) / 1000;

process.stderr.write(`forecast: ${SERIES} series × ${DAYS} days with backtests in ${engineSeconds.toFixed(2)} s (CPU ${engineCpuSeconds.toFixed(2)} s; target < ${FORECAST_TARGET_SECONDS} s); seasonal-naive ${(naiveSeconds * 1000).toFixed(1)} ms, ratio ${(engineSeconds / naiveSeconds).toFixed(0)}×; mean backtest MAPE ${(mape / SERIES).toFixed(2)}%\n`);

const accuracy: (Accuracy & { meetsMape: boolean; meetsCoverage: boolean; beatsNaive: boolean })[] = [];
if (process.env.BENCH_FORECAST_ACCURACY !== '0') {
  for (const org of FORECAST_ORGANISATIONS) {
    const dir = mkdtempSync(join(tmpdir(), 'forecast-bench-'));
    try {
      for (const a of await measureAccuracy(dir, org, ['seasonal-trend'])) {
        const b = a.backtest;
        const row = { ...a, meetsMape: b.mapeMonthly < FORECAST_TARGET_MAPE, meetsCoverage: b.coverage80 >= FORECAST_TARGET_COVERAGE80[0] && b.coverage80 <= FORECAST_TARGET_COVERAGE80[1], beatsNaive: b.mapeMonthly < b.naiveMapeMonthly };
        accuracy.push(row);
        const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
        process.stderr.write(`forecast accuracy, ${org.name}, ${a.method}: MAPE of month totals ${b.mapeMonthly}% (target < ${FORECAST_TARGET_MAPE}%: ${mark(row.meetsMape)}), seasonal-naive ${b.naiveMapeMonthly}% (${row.beatsNaive ? 'beaten' : 'NOT beaten'}); 80% band held ${b.coverage80}% of days (target ${FORECAST_TARGET_COVERAGE80.join('-')}%: ${mark(row.meetsCoverage)}), 95% band ${b.coverage95}%\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const result = { series: SERIES, days: DAYS, engineSeconds, engineCpuSeconds, naiveSeconds, ratioToNaive: engineSeconds / naiveSeconds, targetSeconds: FORECAST_TARGET_SECONDS, meanBacktestMape: mape / SERIES, checksum: Math.round(sink), accuracy: accuracy.map((a) => ({ organisation: a.organisation, method: a.method, mapeMonthly: a.backtest.mapeMonthly, naiveMapeMonthly: a.backtest.naiveMapeMonthly, coverage80: a.backtest.coverage80, coverage95: a.backtest.coverage95, meetsMape: a.meetsMape, meetsCoverage: a.meetsCoverage, beatsNaive: a.beatsNaive })) };
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
