// The hourly under-use of a simulated commitment as an echarts option: every hour of the lookback
// where part of it went unused, as bars of the unused dollars (the engine's list, oldest first).
import { formatValue } from '../explore/number-format.ts';
import { axisStyle, baseOption, tooltipStyle, type CommitmentChartColors } from './chart-colors.ts';

export function underuseOption(underused: readonly { hour: string; unused: number }[], window: { from: string; to: string }, currency: string | null, colors: CommitmentChartColors): Record<string, unknown> {
  const axis = axisStyle(colors);
  return {
    ...baseOption(colors, false),
    grid: { left: 12, right: 24, top: 16, bottom: 40, containLabel: true },
    tooltip: { trigger: 'axis', ...tooltipStyle(colors), valueFormatter: (v: number) => `${formatValue(v, 'money', currency)} unused` },
    xAxis: { type: 'time', min: window.from, max: window.to, ...axis, splitLine: { show: false }, axisLabel: { ...axis.axisLabel, formatter: { month: '{MMM} {yyyy}', day: '{d} {MMM}', hour: '{HH}:00' } } },
    yAxis: { type: 'value', ...axis, axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatValue(v, 'money', currency) } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4, borderColor: colors.border, textStyle: { color: colors.muted } }],
    series: [{ type: 'bar', name: 'Unused commitment', data: underused.map((h) => [h.hour, h.unused]), barMaxWidth: 6, color: colors.unused, large: underused.length > 2000 }],
  };
}
