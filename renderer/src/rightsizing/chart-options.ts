// A resource's utilization chart as an echarts option: the CPU and memory maximum of each period
// over the lookback (0-100%), the percentile the size was fitted to, and what the recommended
// size carries with the headroom (fit.ts), both as lines across. It draws the engine's numbers.
import type { MetricPoint } from '../../../core/api/rightsizing-contract.ts';

export interface MetricChartColors {
  text: string;
  muted: string;
  border: string;
  surface: string;
  cpu: string;
  memory: string;
  fit: string;
}

export const SERIES_NAMES = { cpu: 'CPU maximum', memory: 'Memory maximum' } as const;

export interface MetricChartInput {
  cpu: readonly MetricPoint[];
  memory: readonly MetricPoint[];
  /** The statistic the size was fitted to, e.g. "p95 CPU 13.8%". */
  percentile: { label: string; value: number } | null;
  /** What the recommended size carries with the headroom, as a share of today's CPU. */
  capacity: { label: string; value: number } | null;
  colors: MetricChartColors;
}

type Point = [string, number | null];

export function metricChartOption({ cpu, memory, percentile, capacity, colors }: MetricChartInput): Record<string, unknown> {
  const axis = { axisLine: { lineStyle: { color: colors.border } }, splitLine: { lineStyle: { color: colors.border, opacity: 0.6 } } };
  const lines = [
    ...(percentile ? [{ name: percentile.label, yAxis: percentile.value, lineStyle: { color: colors.cpu, type: 'dashed' }, label: { formatter: percentile.label, color: colors.text, position: 'insideEndTop' } }] : []),
    ...(capacity ? [{ name: capacity.label, yAxis: capacity.value, lineStyle: { color: colors.fit, type: 'solid', width: 2 }, label: { formatter: capacity.label, color: colors.text, position: 'insideStartTop' } }] : []),
  ];
  const top = Math.max(100, capacity?.value ?? 0);
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: colors.text },
    legend: { top: 0, textStyle: { color: colors.text }, data: [SERIES_NAMES.cpu, ...(memory.length ? [SERIES_NAMES.memory] : [])] },
    grid: { left: 12, right: 20, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, backgroundColor: colors.surface, borderColor: colors.border, textStyle: { color: colors.text }, valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(1)}%`) },
    xAxis: { type: 'time', ...axis, axisLabel: { color: colors.muted, hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}', hour: '{HH}:{mm}' } }, splitLine: { show: false } },
    yAxis: { type: 'value', min: 0, max: Math.ceil(top / 10) * 10, ...axis, axisLabel: { color: colors.muted, formatter: '{value}%' } },
    series: [
      {
        type: 'line',
        name: SERIES_NAMES.cpu,
        data: cpu.map((p): Point => [p.t, p.max]),
        showSymbol: cpu.length <= 31,
        symbolSize: 4,
        lineStyle: { color: colors.cpu, width: 1.5 },
        itemStyle: { color: colors.cpu },
        markLine: lines.length ? { silent: true, symbol: 'none', data: lines } : undefined,
      },
      ...(memory.length
        ? [{ type: 'line', name: SERIES_NAMES.memory, data: memory.map((p): Point => [p.t, p.max]), showSymbol: memory.length <= 31, symbolSize: 4, lineStyle: { color: colors.memory, width: 1.5 }, itemStyle: { color: colors.memory } }]
        : []),
    ],
  };
}
