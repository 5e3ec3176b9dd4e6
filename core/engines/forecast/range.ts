// Any run of calendar days (a budget's month or quarter, fiscal or not), forecast with the same
// model and the same sums as the period ends (step 5 of SPEC.md): actual to the last day with
// data, the rest with its bands, and each day's value (actual, or the point forecast) so a
// caller can follow the running total. Budgets use it (core/engines/budgets).
import { WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { cents, runBacktest } from './backtest.ts';
import { dayNumber, isoOfDay } from './days.ts';
import { ForecastErrorCode, badForecastSpec } from './errors.ts';
import { readSeries, readWorkspaceDays, type SeriesData } from './read-series.ts';
import { actualOn, firstDay, fitSeries, type Bands } from './series-model.ts';
import { parseForecastSpec } from './run.ts';
import type { ForecastSpecInput } from './spec.ts';
import type { SeriesMethod } from './constants.ts';

export interface DayRange {
  /** First and last day, inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface RangeDay {
  date: string;
  /** The day's actual cost (a day up to the last day with data) or its point forecast. */
  value: number;
  actual: boolean;
}

export interface RangeForecast extends DayRange {
  /** Cost of the range's days up to the last day with data. */
  actual: number;
  /** actual + the forecast rest, with the rest's bands (equal to `actual` once the range is over). */
  value: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
  days: RangeDay[];
}

export interface RangesResult {
  /** The last day with data (before asOf); the forecast starts the day after. */
  lastDay: string;
  method: SeriesMethod | null;
  /** Set when the projection is not a model's forecast (short history, or no line in the scope yet). */
  message: string | null;
  ranges: RangeForecast[];
}

const NO_LINE_MESSAGE = 'No line matches this scope yet: its actual cost is 0 and nothing is forecast.';

/** One scope (no `by`), many ranges: one read of focus and one fit. Ranges may lie in the past or the future. */
export async function forecastRanges(db: Db, input: ForecastSpecInput, ranges: readonly DayRange[]): Promise<RangesResult> {
  // the backtest sizes the bands (conformal, SPEC step 6) exactly as run() does, so a budget's
  // period shows the same interval as the Forecast view's period end; `backtest: false` skips it
  const spec = parseForecastSpec(input);
  if (spec.by !== undefined) throw badForecastSpec('A forecast of day ranges takes one scope, not a `by` dimension.');
  const ws = await readWorkspaceDays(db, spec.asOf);
  if (!ws) throw new WorkbenchError(ForecastErrorCode.FORECAST_NO_DATA, spec.asOf ? `The workspace has no data before ${spec.asOf}: nothing to forecast from. Choose a later date, or ingest billing data first.` : 'The workspace has no data: nothing to forecast from. Ingest billing data first ("finops-workbench ingest").');
  const lastDay = ws.last;
  const bounds = ranges.map((r) => ({ from: dayNumber(r.from), to: dayNumber(r.to) }));
  const ahead = Math.max(1, ...bounds.map((b) => b.to - lastDay));
  const data: SeriesData = (await readSeries(db, spec))[0] ?? { key: null, days: new Map(), streams: [] };
  const calibration = spec.backtest ? runBacktest(data, ws, firstDay(data, lastDay), lastDay, spec.method).calibration : null;
  const model = fitSeries(data, ws, lastDay, spec.method, ahead, calibration);
  const out = bounds.map(({ from, to }, i): RangeForecast => {
    let actual = 0;
    const days: RangeDay[] = [];
    for (let d = from; d <= to; d++) {
      if (d <= lastDay) {
        const a = actualOn(data, d);
        actual += a;
        days.push({ date: isoOfDay(d), value: cents(a), actual: true });
      } else days.push({ date: isoOfDay(d), value: cents(model.day(d).value), actual: false });
    }
    const restFrom = Math.max(from, lastDay + 1);
    const rest: Bands = restFrom <= to ? model.sum(restFrom, to) : { value: 0, sd: 0, lower80: 0, upper80: 0, lower95: 0, upper95: 0 };
    return {
      ...ranges[i]!,
      actual: cents(actual),
      value: cents(actual + rest.value),
      lower80: cents(actual + rest.lower80),
      upper80: cents(actual + rest.upper80),
      lower95: cents(actual + rest.lower95),
      upper95: cents(actual + rest.upper95),
      days,
    };
  });
  const noLine = data.days.size === 0 && data.streams.length === 0;
  return { lastDay: isoOfDay(lastDay), method: model.usage?.method ?? null, message: noLine ? NO_LINE_MESSAGE : model.message, ranges: out };
}

/** The last day with data (before asOf when given), or null when the workspace has none. */
export async function lastDayWithData(db: Db, asOf?: string): Promise<string | null> {
  const ws = await readWorkspaceDays(db, asOf);
  return ws ? isoOfDay(ws.last) : null;
}
