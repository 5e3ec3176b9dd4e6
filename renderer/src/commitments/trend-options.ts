// Coverage and utilization by month as an echarts option: the engine's coverage of each month and
// the utilization of every commitment held that month (Σ used ÷ Σ committed), both in percent.
// A month without eligible usage or without commitments has no point, never a 0%.
import type { PeriodCoverage } from '../../../core/api/commitments-contract.ts';
import { formatPeriod } from '../format.ts';
import { formatValue } from '../explore/number-format.ts';
import { axisStyle, baseOption, tooltipStyle, type CommitmentChartColors } from './chart-colors.ts';

export const TREND_NAMES = { coverage: 'Coverage', utilization: 'Utilization' } as const;

export function trendOption(coverage: readonly PeriodCoverage[], utilization: readonly { period: string; utilization: number | null }[], colors: CommitmentChartColors): Record<string, unknown> {
  const periods = [...new Set([...coverage.map((p) => p.period), ...utilization.map((p) => p.period)])].sort();
  const cov = new Map(coverage.map((p) => [p.period, p.coverage]));
  const util = new Map(utilization.map((p) => [p.period, p.utilization]));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : v * 100);
  const axis = axisStyle(colors);
  return {
    ...baseOption(colors, true),
    grid: { left: 12, right: 24, top: 36, bottom: 12, containLabel: true },
    tooltip: {
      trigger: 'axis',
      ...tooltipStyle(colors),
      valueFormatter: (v: number | null) => (v === null ? 'no data' : formatValue(v / 100, 'ratio', null)),
    },
    xAxis: { type: 'category', data: periods.map(formatPeriod), ...axis, splitLine: { show: false } },
    yAxis: { type: 'value', min: 0, max: 100, ...axis, axisLabel: { ...axis.axisLabel, formatter: '{value}%' } },
    series: [
      { type: 'line', name: TREND_NAMES.coverage, data: periods.map((p) => pct(cov.get(p))), connectNulls: false, symbolSize: 7, lineStyle: { width: 2, color: colors.coverage }, color: colors.coverage },
      { type: 'line', name: TREND_NAMES.utilization, data: periods.map((p) => pct(util.get(p))), connectNulls: false, symbolSize: 7, lineStyle: { width: 2, color: colors.utilization }, color: colors.utilization },
    ],
  };
}
