// `finops-workbench forecast`: daily forecast with 80/95% bands, month/quarter/year ends and the
// track record (rolling-origin backtest), as JSON or a short report on stderr.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { ForecastResult, SeriesForecast } from '../../engines/forecast/result.ts';
import { alignColumns, money } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

interface Options {
  db: string;
  by?: string[];
  basis?: string;
  horizon?: string;
  asOf?: string;
  method?: string;
  backtest?: boolean;
  json?: boolean;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** `--by DIM=VALUE` narrows the scope (repeated for one DIM: any of the values); one `--by DIM` asks for a series per value. */
export function flagsToForecastSpec(opts: Options): Record<string, unknown> {
  const scope = new Map<string, string[]>();
  let by: string | undefined;
  for (const entry of opts.by ?? []) {
    const eq = entry.indexOf('=');
    if (eq < 0) {
      if (by !== undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--by ${entry}: only one --by without a value (a series per value) is allowed; ${by} was given already.`);
      by = entry;
    } else scope.set(entry.slice(0, eq), [...(scope.get(entry.slice(0, eq)) ?? []), entry.slice(eq + 1)]);
  }
  let horizon: number | undefined;
  if (opts.horizon !== undefined) {
    horizon = Number(opts.horizon);
    if (!Number.isInteger(horizon)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--horizon is a whole number of days (1 to 366), not "${opts.horizon}".`);
  }
  return {
    kind: 'forecast',
    scope: [...scope].map(([dimension, values]) => ({ dimension, values })),
    ...(by !== undefined ? { by } : {}),
    ...(opts.basis !== undefined ? { basis: opts.basis } : {}),
    ...(horizon !== undefined ? { horizon } : {}),
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    ...(opts.method !== undefined ? { method: opts.method } : {}),
    ...(opts.backtest === false ? { backtest: false } : {}),
  };
}

export function registerForecast(program: Command): void {
  program
    .command('forecast')
    .description('Forecast daily cost with 80% and 95% bands, where the month, quarter and year will land, and the track record on your own history.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--by <dim[=value]>', "scope: DIM=VALUE (e.g. 'ServiceName=Amazon Elastic Compute Cloud', 'tag:Team=payments'; repeatable); DIM alone: one series per value", collect)
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--horizon <days>', 'days to forecast, from the day after the last day with data (default 30)')
    .option('--as-of <day>', 'forecast as if the data ended the day before YYYY-MM-DD')
    .option('--method <name>', 'seasonal-trend (default) or mstl-ets')
    .option('--no-backtest', 'skip the track record')
    .option('--json', 'print {scope, basis, history, forecast, periodEnd, backtest} as JSON on stdout')
    .action(async (opts: Options) => {
      const db = expandHome(opts.db);
      if (!existsSync(db)) throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${db}. Create one with "finops-workbench ingest --db ${opts.db} FILE" or "finops-workbench demo --db ${opts.db}".`);
      const request = validateRequest('forecast', { spec: flagsToForecastSpec(opts) });
      const result = await withWorkspace(db, (api) => api.forecast(request), { readOnly: true });
      if (opts.json) printJson(forecastJson(result));
      else printReport(result);
    });
}

function seriesJson(s: SeriesForecast) {
  return {
    method: s.method,
    message: s.message,
    levelShift: s.levelShift,
    history: s.history,
    forecast: s.forecast,
    periodEnd: s.periodEnd,
    backtest: s.backtest,
    backtestMessage: s.backtestMessage,
    recurring: s.recurring,
  };
}

/** One scope: its series' fields at the top; with a `by` dimension, one entry per value under `series`. */
export function forecastJson(r: ForecastResult) {
  const head = { scope: r.spec.scope, basis: r.basis, lastDay: r.lastDay, horizon: r.spec.horizon };
  if (r.spec.by === undefined) return { ...head, ...seriesJson(r.series[0]!) };
  return { ...head, by: r.spec.by, series: r.series.map((s) => ({ key: s.key, ...seriesJson(s) })) };
}

function printReport(r: ForecastResult): void {
  const scope = r.spec.scope.length ? r.spec.scope.map((f) => `${f.dimension} = ${f.values.join(' or ')}`).join(', ') : 'the whole workspace';
  say(`${r.basis} cost of ${scope}; data through ${r.lastDay}.`);
  for (const s of r.series) {
    say('');
    if (r.spec.by !== undefined) say(`${r.spec.by} = ${s.key ?? '(none)'}`);
    if (s.message) say(`note: ${s.message}`);
    if (s.levelShift) say(`level shift found: the level changed on ${s.levelShift}`);
    const p = s.periodEnd;
    const rows = [['', 'actual so far', 'forecast', '80% band', '95% band'], ...[p.month, p.quarter, p.year].map((x) => [x.period, money(x.actual), money(x.value), `${money(x.lower80)} – ${money(x.upper80)}`, `${money(x.lower95)} – ${money(x.upper95)}`])];
    for (const line of alignColumns(rows, ['left', 'right', 'right', 'right', 'right'])) say(line);
    say(s.backtest ? `track record: ${s.backtest.summary}` : `track record: ${s.backtestMessage}`);
  }
}
