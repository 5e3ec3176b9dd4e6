// The forecast chart as an echarts option: daily actual cost, the forecast (or the labelled naive
// projection) with its 95% and 80% bands, a marker on the last day with data (and on today when
// it is inside the chart), and each budget's daily share. It draws the engine's numbers; a band
// is drawn as its lower edge plus its width (echarts fills between stacked series), and the
// tooltip reads the engine's own edges back, never the drawn width.
import type { SeriesForecast } from '../../../core/api/forecast-contract.ts';
import { formatCompact, formatValue } from '../explore/number-format.ts';
import { dailyBudget } from './budget-lines.ts';
import type { Budget } from './budgets-api.ts';
import { forecastWord } from './words.ts';

export interface ForecastChartColors {
  text: string;
  muted: string;
  border: string;
  actual: string;
  forecast: string;
  budget: string;
  surface: string;
}

export interface ForecastChartInput {
  series: SeriesForecast;
  lastDay: string;
  /** Today's date (UTC), marked when the chart reaches it. */
  today: string;
  budgets: readonly Budget[];
  currency: string | null;
  colors: ForecastChartColors;
  /** Days of history the chart opens on (the rest is a zoom away). */
  historyShown: number;
}

export const SERIES_NAMES = { actual: 'Actual', band80: '80% band', band95: '95% band' } as const;

type Point = [string, number | null];

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function budgetSeriesName(b: Pick<Budget, 'name'>): string {
  return `Budget “${b.name}” (daily share)`;
}

/** A budget's daily share this many times the data's top is left off the scale (it would flatten the forecast). */
export const BUDGET_OFF_SCALE = 1.5;

export interface ForecastChart {
  option: Record<string, unknown>;
  /** Budgets whose daily share is far above the data: not drawn, named under the chart instead. */
  offScale: { budget: Budget; daily: number }[];
}

export function forecastChartOption(input: ForecastChartInput): ForecastChart {
  const { series, lastDay, today, budgets, currency, colors } = input;
  const money = (v: number | null | undefined) => formatValue(v ?? null, 'money', currency);
  const forecastName = forecastWord(series);
  const history: Point[] = series.history.map((d) => [d.date, d.value]);
  const days = series.forecast;
  const dates = [...series.history.map((d) => d.date), ...days.map((d) => d.date)];
  const first = dates[0] ?? lastDay;
  const end = dates.at(-1) ?? lastDay;
  const lastActual = series.history.at(-1);
  // the forecast line starts on the last actual point so the two lines meet
  const forecastLine: Point[] = [...(lastActual ? [[lastActual.date, lastActual.value] as Point] : []), ...days.map((d): Point => [d.date, d.value])];
  const band = (lower: 'lower80' | 'lower95', upper: 'upper80' | 'upper95') => ({
    base: days.map((d): Point => [d.date, d[lower]]),
    width: days.map((d): Point => [d.date, d[upper] - d[lower]]),
  });
  const b95 = band('lower95', 'upper95');
  const b80 = band('lower80', 'upper80');
  const bandSeries = (name: string, stack: string, b: { base: Point[]; width: Point[] }, opacity: number) => [
    { type: 'line', name: `${name} lower edge`, z: 1, stack, stackStrategy: 'all', data: b.base, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false } },
    { type: 'line', name, z: 1, stack, stackStrategy: 'all', data: b.width, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: colors.forecast, opacity }, itemStyle: { color: colors.forecast, opacity: opacity * 2 }, silent: true, color: colors.forecast },
  ];

  const byDate = new Map(days.map((d) => [d.date, d]));
  const actualByDate = new Map(series.history.map((d) => [d.date, d.value]));
  const dataTop = Math.max(0, ...series.history.map((d) => d.value), ...days.map((d) => d.upper95));
  const withData = budgets.map((b) => ({ budget: b, data: dailyBudget(b, dates) }));
  const topOf = (data: (number | null)[]) => Math.max(0, ...data.filter((v): v is number => v !== null));
  const budgetData = withData.filter((x) => topOf(x.data) <= dataTop * BUDGET_OFF_SCALE);
  const offScale = withData.filter((x) => topOf(x.data) > dataTop * BUDGET_OFF_SCALE).map((x) => ({ budget: x.budget, daily: topOf(x.data) }));
  const budgetByName = new Map(budgetData.map((x) => [budgetSeriesName(x.budget), new Map(dates.map((d, i) => [d, x.data[i] ?? null]))]));

  const marks: { xAxis: string; label: { formatter: string; position: string; color: string }; lineStyle: { color: string; type: string } }[] = [
    { xAxis: lastDay, label: { formatter: `Data through ${lastDay}`, position: 'insideEndTop', color: colors.muted }, lineStyle: { color: colors.muted, type: 'dashed' } },
  ];
  if (today !== lastDay && today >= first && today <= end) marks.push({ xAxis: today, label: { formatter: `Today ${today}`, position: 'insideEndBottom', color: colors.text }, lineStyle: { color: colors.text, type: 'dotted' } });

  const tooltipFormatter = (params: { axisValueLabel?: string; value?: [string, number] }[]) => {
    const date = params[0]?.value?.[0] ?? '';
    const lines = [`<b>${date}</b>`];
    const actual = actualByDate.get(date);
    if (actual !== undefined) lines.push(`${SERIES_NAMES.actual}: <b>${money(actual)}</b>`);
    const f = byDate.get(date);
    if (f) {
      lines.push(`${forecastName}: <b>${money(f.value)}</b>`);
      lines.push(`80% band: ${money(f.lower80)} – ${money(f.upper80)}`);
      lines.push(`95% band: ${money(f.lower95)} – ${money(f.upper95)}`);
    }
    for (const [name, values] of budgetByName) {
      const v = values.get(date);
      if (v !== null && v !== undefined) lines.push(`${name}: ${money(v)}`);
    }
    return lines.join('<br/>');
  };

  const axis = { axisLine: { lineStyle: { color: colors.border } }, splitLine: { lineStyle: { color: colors.border, opacity: 0.6 } } };
  const startValue = addDays(lastDay, -input.historyShown);
  const option = {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: colors.text },
    color: [colors.actual, colors.forecast, colors.forecast, colors.forecast, colors.budget],
    legend: {
      top: 0,
      textStyle: { color: colors.text },
      data: [SERIES_NAMES.actual, forecastName, { name: SERIES_NAMES.band80, icon: 'rect' }, { name: SERIES_NAMES.band95, icon: 'rect' }, ...budgetData.map((x) => budgetSeriesName(x.budget))],
    },
    grid: { left: 12, right: 24, top: 40, bottom: 44, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltipFormatter, backgroundColor: colors.surface, borderColor: colors.border, textStyle: { color: colors.text } },
    xAxis: { type: 'time', ...axis, axisLabel: { color: colors.muted, hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } }, splitLine: { show: false } },
    yAxis: { type: 'value', ...axis, axisLabel: { color: colors.muted, formatter: (v: number) => formatCompact(v, 'money', currency) } },
    dataZoom: [
      { type: 'inside', startValue: startValue < first ? first : startValue, endValue: end },
      { type: 'slider', height: 18, bottom: 6, startValue: startValue < first ? first : startValue, endValue: end, borderColor: colors.border, textStyle: { color: colors.muted }, labelFormatter: (_: number, s: string) => s.slice(0, 10) },
    ],
    series: [
      // the actual line first: the zoom slider draws the first series as its outline
      { type: 'line', name: SERIES_NAMES.actual, z: 3, data: history, symbol: 'none', lineStyle: { width: 1.8, color: colors.actual }, color: colors.actual, markLine: { symbol: 'none', silent: true, data: marks } },
      { type: 'line', name: forecastName, z: 3, data: forecastLine, symbol: 'none', lineStyle: { width: 2, type: 'dashed', color: colors.forecast }, color: colors.forecast },
      ...bandSeries(SERIES_NAMES.band95, 'band95', b95, 0.14),
      ...bandSeries(SERIES_NAMES.band80, 'band80', b80, 0.26),
      ...budgetData.map(({ budget, data }) => ({
        type: 'line',
        name: budgetSeriesName(budget),
        data: dates.map((d, i): Point => [d, data[i] ?? null]),
        step: 'end',
        symbol: 'none',
        connectNulls: false,
        lineStyle: { width: 1.5, color: colors.budget },
        color: colors.budget,
      })),
    ],
  };
  return { option, offScale };
}
