// An anomaly's daily chart as an echarts option: the scope's actual cost, the expected value, the
// band the detection used (drawn as its lower edge plus its width: echarts fills between stacked
// series; the tooltip reads the engine's own edges back), the anomalous days as dots and the
// anomaly's days shaded. It draws the engine's numbers and computes none.
import type { AnomalyDay } from '../../../core/api/anomaly-contract.ts';
import { formatCompact, formatValue } from '../explore/number-format.ts';

export interface AnomalyChartColors {
  text: string;
  muted: string;
  border: string;
  surface: string;
  actual: string;
  expected: string;
  anomaly: string;
}

export const SERIES_NAMES = { actual: 'Actual', expected: 'Expected', band: 'Band', anomalous: 'Anomalous day', area: 'Anomaly' } as const;

const HALF_DAY_MS = 43_200_000;
type Point = [string, number | null];

export function anomalyChartOption(input: { series: readonly AnomalyDay[]; start: string; end: string; currency: string | null; colors: AnomalyChartColors }): Record<string, unknown> {
  const { series, start, end, currency, colors } = input;
  const money = (v: number | null | undefined) => formatValue(v ?? null, 'money', currency);
  const byDate = new Map(series.map((d) => [d.date, d]));
  const tooltipFormatter = (params: { value?: [string, number] }[]) => {
    const d = byDate.get(params[0]?.value?.[0] ?? '');
    if (!d) return '';
    const lines = [`<b>${d.date}</b>${d.anomalous ? ' · anomaly' : ''}`, `${SERIES_NAMES.actual}: <b>${money(d.actual)}</b>`];
    if (d.expected !== null) lines.push(`${SERIES_NAMES.expected}: ${money(d.expected)}`, `${SERIES_NAMES.band}: ${money(d.lower)} – ${money(d.upper)}`);
    else lines.push('No expected value yet (under 4 weeks of history)');
    return lines.join('<br/>');
  };
  const axis = { axisLine: { lineStyle: { color: colors.border } }, splitLine: { lineStyle: { color: colors.border, opacity: 0.6 } } };
  // a one-day anomaly still gets a visible shade: half a day either side of its days
  const from = Date.parse(`${start}T00:00:00Z`) - HALF_DAY_MS;
  const to = Date.parse(`${end}T00:00:00Z`) + HALF_DAY_MS;
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: colors.text },
    legend: {
      top: 0,
      textStyle: { color: colors.text },
      data: [SERIES_NAMES.actual, SERIES_NAMES.expected, { name: SERIES_NAMES.band, icon: 'rect' }, SERIES_NAMES.anomalous],
    },
    grid: { left: 12, right: 20, top: 44, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltipFormatter, backgroundColor: colors.surface, borderColor: colors.border, textStyle: { color: colors.text } },
    xAxis: { type: 'time', ...axis, axisLabel: { color: colors.muted, hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } }, splitLine: { show: false } },
    yAxis: { type: 'value', min: 0, ...axis, axisLabel: { color: colors.muted, formatter: (v: number) => formatCompact(v, 'money', currency) } },
    series: [
      { type: 'line', name: `${SERIES_NAMES.band} lower edge`, z: 1, stack: 'band', stackStrategy: 'all', data: series.map((d): Point => [d.date, d.lower]), symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false } },
      {
        type: 'line',
        name: SERIES_NAMES.band,
        z: 1,
        stack: 'band',
        stackStrategy: 'all',
        data: series.map((d): Point => [d.date, d.upper === null || d.lower === null ? null : d.upper - d.lower]),
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: colors.expected, opacity: 0.18 },
        itemStyle: { color: colors.expected, opacity: 0.4 },
        color: colors.expected,
        silent: true,
      },
      { type: 'line', name: SERIES_NAMES.expected, z: 2, data: series.map((d): Point => [d.date, d.expected]), symbol: 'none', lineStyle: { width: 1.5, type: 'dashed', color: colors.expected }, color: colors.expected },
      {
        type: 'line',
        name: SERIES_NAMES.actual,
        z: 3,
        data: series.map((d): Point => [d.date, d.actual]),
        symbol: 'none',
        lineStyle: { width: 1.8, color: colors.actual },
        color: colors.actual,
        markArea: {
          silent: true,
          itemStyle: { color: colors.anomaly, opacity: 0.1 },
          label: { show: true, position: 'top', color: colors.anomaly, fontWeight: 600 },
          data: [[{ name: SERIES_NAMES.area, xAxis: from }, { xAxis: to }]],
        },
      },
      { type: 'scatter', name: SERIES_NAMES.anomalous, z: 4, data: series.filter((d) => d.anomalous).map((d): Point => [d.date, d.actual]), symbolSize: 7, itemStyle: { color: colors.anomaly }, color: colors.anomaly },
    ],
  };
}

/** The anomaly's largest day (the one its score comes from), for the line under the chart. */
export function peakDay(series: readonly AnomalyDay[]): AnomalyDay | null {
  let best: AnomalyDay | null = null;
  for (const d of series) {
    if (!d.anomalous) continue;
    if (!best || d.actual - (d.expected ?? 0) > best.actual - (best.expected ?? 0)) best = d;
  }
  return best;
}
