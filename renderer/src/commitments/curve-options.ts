// The savings curve as an echarts option: expected net savings a month against the hourly
// commitment bought (the optimizer's points), the optimizer's chosen commitments as marked points
// (a click on one puts it in the builder), and the commitment simulated in the builder now.
import type { CurvePoint, OptimizeChoice } from '../../../core/api/commitments-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { axisStyle, baseOption, tooltipStyle, type CommitmentChartColors } from './chart-colors.ts';
import { CHOICE_LABEL } from './words.ts';

/** The chosen commitments grouped by amount, in the engine's order. */
function sameHourly(choices: readonly OptimizeChoice[]): OptimizeChoice[][] {
  const groups = new Map<number, OptimizeChoice[]>();
  for (const c of choices) groups.set(c.hourlyCommitment, [...(groups.get(c.hourlyCommitment) ?? []), c]);
  return [...groups.values()];
}

const choiceNames = (kinds: string) => kinds.split(' ').map((k) => CHOICE_LABEL[k] ?? k).join(' · ');

export const CURVE_NAMES = { curve: 'Net savings a month', choices: 'Chosen commitments', current: 'In the builder' } as const;

export function curveOption(curve: readonly CurvePoint[], choices: readonly OptimizeChoice[], current: { hourlyCommitment: number; monthlySavings: number } | null, currency: string | null, colors: CommitmentChartColors): Record<string, unknown> {
  const money = (v: number) => formatValue(v, 'money', currency);
  const rate = (v: number) => `${money(v)}/h`;
  const pct = (v: number | null) => formatValue(v, 'ratio', null);
  const byHourly = new Map(curve.map((p) => [p.hourlyCommitment, p]));
  const axis = axisStyle(colors);
  return {
    ...baseOption(colors, true),
    grid: { left: 12, right: 28, top: 36, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'item',
      ...tooltipStyle(colors),
      formatter: (p: { seriesName: string; name: string; value: [number, number] }) => {
        const [hourly, savings] = p.value;
        const point = byHourly.get(hourly) ?? choices.find((c) => c.hourlyCommitment === hourly);
        const head = p.seriesName === CURVE_NAMES.choices ? `<b>${choiceNames(p.name)}</b><br/>` : p.seriesName === CURVE_NAMES.current ? `<b>${CURVE_NAMES.current}</b><br/>` : '';
        const more = point ? `<br/>Coverage ${pct(point.coverage)} · utilization ${pct(point.utilization)}` : '';
        const click = p.seriesName === CURVE_NAMES.choices ? '<br/><i>Click to simulate it</i>' : '';
        return `${head}${rate(hourly)}: ${money(savings)} a month${more}${click}`;
      },
    },
    xAxis: { type: 'value', name: 'Hourly commitment', nameLocation: 'middle', nameGap: 26, ...axis, splitLine: { show: false }, axisLabel: { ...axis.axisLabel, formatter: (v: number) => money(v) } },
    yAxis: { type: 'value', ...axis, axisLabel: { ...axis.axisLabel, formatter: (v: number) => money(v) } },
    series: [
      { type: 'line', name: CURVE_NAMES.curve, data: curve.map((p) => [p.hourlyCommitment, p.monthlySavings]), showSymbol: false, lineStyle: { width: 2, color: colors.savings }, color: colors.savings, z: 2 },
      {
        type: 'scatter',
        name: CURVE_NAMES.choices,
        // choices at the same commitment (a target the plans held already reach, and the conservative
        // one, both at $0) are one mark with both names, not two labels drawn over each other
        data: sameHourly(choices).map((group) => ({ name: group.map((c) => c.kind).join(' '), value: [group[0]!.hourlyCommitment, group[0]!.monthlySavings] })),
        symbolSize: 13,
        color: colors.choice,
        cursor: 'pointer',
        label: { show: true, position: 'top', color: colors.text, formatter: (p: { name: string }) => choiceNames(p.name) },
        z: 4,
      },
      ...(current ? [{ type: 'scatter', name: CURVE_NAMES.current, data: [[current.hourlyCommitment, current.monthlySavings]], symbol: 'diamond', symbolSize: 14, color: colors.text, z: 5 }] : []),
    ],
  };
}
