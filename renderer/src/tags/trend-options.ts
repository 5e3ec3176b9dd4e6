// The coverage trend as an echarts option: all-keys coverage by month over both denominators,
// each required key's coverage (of all cost) as a thinner line the legend can show, and the
// target as a marked line. Shares are the engine's; the chart only draws them.
import type { TagAuditResult } from '../../../core/api/tags-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { formatPeriod } from '../format.ts';
import { ALL_KEYS, DENOMINATORS } from './coverage-model.ts';

export interface TrendColors {
  text: string;
  muted: string;
  border: string;
  target: string;
}

const pct = (v: unknown) => formatValue(typeof v === 'number' ? v : null, 'ratio', null);
/** Shares as percentages with one decimal, so the axis, tooltip and labels agree. */
const asPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

export function trendSeriesNames(keys: readonly string[]): string[] {
  return [`${ALL_KEYS} · ${DENOMINATORS[0].label}`, `${ALL_KEYS} · ${DENOMINATORS[1].label}`, ...keys.map((k) => `${k} · ${DENOMINATORS[0].label}`)];
}

export function trendOption(r: Pick<TagAuditResult, 'byMonth' | 'requiredKeys' | 'target'>, colors: TrendColors): Record<string, unknown> {
  const months = r.byMonth.filter((g) => g.value !== null);
  const names = trendSeriesNames(r.requiredKeys);
  const target = asPercent(r.target);
  const line = (name: string, data: (number | null)[], main: boolean) => ({
    type: 'line',
    name,
    data,
    showSymbol: true,
    symbolSize: main ? 7 : 4,
    lineStyle: { width: main ? 3 : 1.5, type: main ? 'solid' : 'dashed' },
    connectNulls: false,
  });
  const allKeys = line(names[0]!, months.map((g) => asPercent(g.allKeys.share)), true);
  const taggable = line(names[1]!, months.map((g) => asPercent(g.allKeys.taggableShare)), true);
  const perKey = r.requiredKeys.map((k, i) => line(names[i + 2]!, months.map((g) => asPercent(g.keys.find((c) => c.key === k)?.share ?? null)), false));
  return {
    animationDuration: 300,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? pct(v / 100) : '—') },
    // the per-key lines start hidden: the all-keys figure is what a practice reports
    legend: { type: 'plain', top: 0, itemGap: 14, textStyle: { color: colors.text }, selected: Object.fromEntries(names.slice(2).map((n) => [n, false])) },
    grid: { left: 12, right: 24, top: 64, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((g) => formatPeriod(g.value!)), axisLabel: { color: colors.muted }, axisLine: { lineStyle: { color: colors.border } } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { color: colors.muted, formatter: '{value}%' },
      splitLine: { lineStyle: { color: colors.border, opacity: 0.6 } },
    },
    series: [
      {
        ...allKeys,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: colors.target, type: 'dashed', width: 1.5 },
          label: { formatter: `Target ${target}%`, position: 'insideEndTop', color: colors.target },
          data: [{ yAxis: target }],
        },
      },
      taggable,
      ...perKey,
    ],
  };
}
