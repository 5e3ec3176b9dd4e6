// run(db, spec): the forecast of one scope, or of every value of a dimension, in one call.
//   1 read-series.ts   daily series and recurring streams from focus
//   2-4 series-model.ts the usage model (seasonal-trend / mstl-ets / naive) + recurring streams
//   5 period-end.ts    month, quarter and year ends
//   6 backtest.ts      the track record
import { WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { runBacktest, cents } from './backtest.ts';
import { isoOfDay, periodAround } from './days.ts';
import { ForecastErrorCode, badForecastSpec } from './errors.ts';
import { projectPeriod } from './period-end.ts';
import { readSeries, readWorkspaceDays, type SeriesData, type WorkspaceDays } from './read-series.ts';
import type { ForecastResult, SeriesForecast } from './result.ts';
import { actualOn, firstDay, fitSeries } from './series-model.ts';
import { forecastSpecSchema, type ForecastSpec, type ForecastSpecInput } from './spec.ts';

export function parseForecastSpec(input: unknown): ForecastSpec {
  const parsed = forecastSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw badForecastSpec(`Invalid forecast spec: ${issues.join('; ')}`, { issues });
}

export async function run(db: Db, input: ForecastSpecInput | ForecastSpec): Promise<ForecastResult> {
  const spec = parseForecastSpec(input);
  const ws = await readWorkspaceDays(db, spec.asOf);
  if (!ws) throw new WorkbenchError(ForecastErrorCode.FORECAST_NO_DATA, spec.asOf ? `The workspace has no data before ${spec.asOf}: nothing to forecast from. Choose a later asOf, or ingest billing data first.` : 'The workspace has no data: nothing to forecast from. Ingest billing data first ("finops-workbench ingest").');
  const data = await readSeries(db, spec);
  if (data.length === 0) throw new WorkbenchError(ForecastErrorCode.FORECAST_NO_DATA, `No line matches the scope ${JSON.stringify(spec.scope)}${spec.asOf ? ` before ${spec.asOf}` : ''}: nothing to forecast. Check the scope's values (pivot the dimension to see them).`, { scope: spec.scope });
  const series = data.map((d) => forecastSeries(d, ws, spec));
  return { spec, basis: spec.basis, lastDay: isoOfDay(ws.last), series };
}

export function forecastSeries(data: SeriesData, ws: WorkspaceDays, spec: ForecastSpec): SeriesForecast {
  const lastDay = ws.last;
  const yearEnd = periodAround('year', lastDay + 1).last;
  const ahead = Math.max(spec.horizon, yearEnd - lastDay);
  // the track record first: its errors size the forecast's bands (SPEC.md step 6)
  const bt = spec.backtest ? runBacktest(data, ws, firstDay(data, lastDay), lastDay, spec.method) : { backtest: null, message: 'Backtest not asked for.', calibration: null };
  const model = fitSeries(data, ws, lastDay, spec.method, ahead, bt.calibration);
  const history = [];
  if (model.start !== null) for (let d = model.start; d <= lastDay; d++) if (ws.withData.has(d)) history.push({ date: isoOfDay(d), value: cents(actualOn(data, d)) });
  const forecast = [];
  for (let d = lastDay + 1; d <= lastDay + spec.horizon; d++) {
    const b = model.day(d);
    forecast.push({ date: isoOfDay(d), value: cents(b.value), lower80: cents(b.lower80), upper80: cents(b.upper80), lower95: cents(b.lower95), upper95: cents(b.upper95) });
  }
  const shift = model.usage?.levelShift;
  return {
    key: data.key,
    method: model.usage?.method ?? spec.method,
    message: model.message,
    levelShift: shift !== null && shift !== undefined && model.start !== null ? isoOfDay(model.start + shift) : null,
    history,
    forecast,
    periodEnd: { month: projectPeriod('month', data, model), quarter: projectPeriod('quarter', data, model), year: projectPeriod('year', data, model) },
    backtest: bt.backtest,
    backtestMessage: bt.message,
    recurring: model.streams.map((s) => ({ label: s.label, schedule: s.schedule, amount: cents(s.amount), shareOfUsage: s.shareOfUsage === null ? null : Math.round(s.shareOfUsage * 1e6) / 1e6, next: s.next, endsOn: s.endsOn, ended: s.ended })),
  };
}


