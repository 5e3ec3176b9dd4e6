// The same result as the grid, as an echarts option: stacked bars or lines of the first-level
// rows across the column keys (or across rows when there are no column dimensions), or a
// treemap of the loaded row tree. It draws the engine's numbers for the first measure and
// never adds anything up; rows beyond MAX_SERIES are left out and the note says so.
import type { PivotResult, PivotRow } from '../../../core/api/pivot-contract.ts';
import { measureFormat, measureLabel, type Basis } from './labels.ts';
import { formatCompact, formatValue, singleCurrency } from './number-format.ts';
import { keyText } from './pivot-columns.ts';
import { pathId } from './pivot-tree.ts';

export type ChartKind = 'bar' | 'line' | 'treemap';
export const CHART_KINDS: { id: ChartKind; label: string }[] = [
  { id: 'bar', label: 'Stacked bars' },
  { id: 'line', label: 'Lines' },
  { id: 'treemap', label: 'Treemap' },
];
export const MAX_SERIES = 12;
export const MAX_BARS = 40;

export interface ChartColors {
  text: string;
  muted: string;
  border: string;
}

export interface ChartInput {
  result: PivotResult;
  children: ReadonlyMap<string, PivotRow[]>;
  kind: ChartKind;
  basis: Basis;
  colors: ChartColors;
}

interface TreeNode {
  name: string;
  value: number;
  children?: TreeNode[];
}

export function chartOption({ result, children, kind, basis, colors }: ChartInput): { option: Record<string, unknown>; note: string | null } {
  const measure = result.measures[0] ?? 'cost';
  const format = measureFormat(measure);
  const currency = singleCurrency(result.currencies);
  const valueText = (v: unknown) => formatValue(typeof v === 'number' ? v : null, format, currency);
  const rowLabel = (r: PivotRow) => keyText(result.rowDimensions[r.depth - 1], r.labels[r.depth - 1] ?? '') || '(none)';
  const totalIndex = result.columns.findIndex((c) => c.total && c.measure === measure);
  const bodyIndexes = result.columns.flatMap((c, i) => (!c.total && c.measure === measure ? [i] : []));
  const roots = result.rows;
  const base = { animationDuration: 300, textStyle: { color: colors.text }, tooltip: { confine: true, valueFormatter: valueText } };

  if (kind === 'treemap') {
    const node = (r: PivotRow): TreeNode | null => {
      const v = r.values[totalIndex >= 0 ? totalIndex : 0];
      if (v === null || v === undefined || v <= 0) return null;
      const kids = (children.get(pathId(r.keys)) ?? []).map(node).filter((n): n is TreeNode => n !== null);
      return kids.length ? { name: rowLabel(r), value: v, children: kids } : { name: rowLabel(r), value: v };
    };
    const data = roots.map(node).filter((n): n is TreeNode => n !== null);
    const dropped = roots.length - data.length;
    const unopened = roots.some((r) => r.hasChildren && !children.has(pathId(r.keys)));
    const notes = [
      dropped > 0 ? `${dropped} ${dropped === 1 ? 'row is' : 'rows are'} zero or negative (credits) and cannot be drawn as areas.` : null,
      unopened ? 'Rows show their parts here once they are opened in the grid (or with Expand all).' : null,
    ].filter(Boolean);
    return {
      option: {
        ...base,
        tooltip: { ...base.tooltip, formatter: (p: { name: string; value: number; treePathInfo?: { name: string }[] }) => `${(p.treePathInfo ?? []).slice(1).map((t) => t.name).join(' › ') || p.name}<br/><b>${valueText(p.value)}</b>` },
        series: [
          {
            type: 'treemap',
            name: measureLabel(measure, basis),
            data,
            roam: false,
            nodeClick: 'zoomToNode',
            leafDepth: 2,
            top: 8,
            bottom: 34,
            left: 4,
            right: 4,
            breadcrumb: { show: true, bottom: 4, itemStyle: { color: colors.border, textStyle: { color: colors.text } } },
            label: { show: true, formatter: (p: { name: string; value: number }) => `${p.name}\n${valueText(p.value)}`, lineHeight: 16 },
            upperLabel: { show: true, height: 20, color: '#fff' },
            levels: [{ itemStyle: { borderColor: colors.border, borderWidth: 0, gapWidth: 2 }, upperLabel: { show: false } }, { itemStyle: { borderColorSaturation: 0.6, gapWidth: 1, borderWidth: 2 } }],
          },
        ],
      },
      note: notes.length ? notes.join(' ') : null,
    };
  }

  const axis = {
    axisLabel: { color: colors.muted },
    axisLine: { lineStyle: { color: colors.border } },
    splitLine: { lineStyle: { color: colors.border, opacity: 0.6 } },
  };
  const valueAxis = { type: 'value', ...axis, axisLabel: { color: colors.muted, formatter: (v: number) => formatCompact(v, format, currency) } };
  const grid = { left: 12, right: 16, top: 48, bottom: 8, containLabel: true };
  const legend = { type: 'scroll', top: 4, textStyle: { color: colors.text } };

  if (result.columnDimensions.length === 0 || bodyIndexes.length === 0) {
    const shown = roots.slice(0, MAX_BARS);
    const index = totalIndex >= 0 ? totalIndex : bodyIndexes[0] ?? 0;
    return {
      option: {
        ...base,
        tooltip: { ...base.tooltip, trigger: 'axis' },
        grid,
        xAxis: { type: 'category', data: shown.map(rowLabel), ...axis, axisLabel: { color: colors.muted, rotate: shown.length > 8 ? 30 : 0, interval: 0 } },
        yAxis: valueAxis,
        series: [{ type: kind, name: measureLabel(measure, basis), data: shown.map((r) => r.values[index] ?? null), showSymbol: true }],
      },
      note: roots.length > shown.length ? `Showing the first ${shown.length} of ${roots.length} rows.` : null,
    };
  }

  const categories = bodyIndexes.map((i) => result.columns[i]!.labels.map((l, j) => keyText(result.columnDimensions[j], l)).join(' · '));
  const shown = roots.slice(0, MAX_SERIES);
  return {
    option: {
      ...base,
      tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: kind === 'bar' ? 'shadow' : 'line' } },
      legend,
      grid,
      xAxis: { type: 'category', data: categories, ...axis },
      yAxis: valueAxis,
      series: shown.map((r) => ({
        type: kind,
        name: rowLabel(r),
        stack: kind === 'bar' ? 'total' : undefined,
        emphasis: { focus: 'series' },
        data: bodyIndexes.map((i) => r.values[i] ?? null),
      })),
    },
    note: roots.length > shown.length ? `Showing the first ${shown.length} of ${roots.length} rows. Set a top N on ${result.rowDimensions[0]} to fold the rest into Other.` : null,
  };
}
