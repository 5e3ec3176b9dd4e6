// The generated organisations the forecast's accuracy is measured on (issue 14's "Done when"):
// trend, weekly seasonality, fleets replaced and retired, a fleet added at 70% of the range (a
// level shift) and a new service at 80%, fees on the 1st, monthly tax. Several seeds, so no
// figure is tuned to one. forecast-synth.test.ts and the forecast bench both use this list.
import { run, type Backtest, type ForecastMethod } from '../../core/engines/forecast/index.ts';
import { generateAndIngest } from '../../core/synth/round-trip.ts';
import type { GenerateOptions } from '../../core/synth/options.ts';

export type Organisation = Omit<GenerateOptions, 'out'> & { name: string };

const DAILY = { grain: 'daily', format: 'focus-csv', metrics: false, scale: 20_000 } as const;

/** 7 months from January 2026: the last 6 are the backtest's months (June holds the fleet's first days and the new service). */
export const FORECAST_ORGANISATIONS: Organisation[] = [7, 11, 23].map((seed) => ({ name: `seed ${seed}, 7 months`, ...DAILY, seed, months: 7, start: '2026-01' }));

export interface Accuracy {
  organisation: string;
  method: ForecastMethod;
  backtest: Backtest;
}

/** Generates `org` into `dir`, loads it and runs the whole-workspace forecast's backtest (Effective cost) for each method. */
export async function measureAccuracy(dir: string, org: Organisation, methods: readonly ForecastMethod[]): Promise<Accuracy[]> {
  const { name, ...options } = org;
  const rt = await generateAndIngest(dir, options);
  try {
    const out: Accuracy[] = [];
    for (const method of methods) {
      const s = (await run(rt.ws.db, { kind: 'forecast', method, horizon: 1 })).series[0]!;
      out.push({ organisation: name, method, backtest: s.backtest! });
    }
    return out;
  } finally {
    rt.close();
  }
}
