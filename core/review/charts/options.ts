// The pack's charts as plain-JSON echarts options: no functions, no class instances, so the same
// object crosses the API, is drawn by the Review view in the browser and is rendered to SVG → PNG
// for the deck and the PDF (render.ts). Colours are the house palette of the PDFs.

/** Series colours, in order; the first is the statements' bar colour. */
export const PALETTE = ['#3b6ea5', '#e0a43a', '#6aa84f', '#b23b3b', '#7e6bb0', '#4bb3c4'] as const;
const INK = '#1b2430';
const MUTED = '#5b6673';
const TEXT = { color: INK, fontFamily: 'Liberation Sans, DejaVu Sans, Arial, sans-serif' } as const;

export interface BarSeries {
  name: string;
  data: (number | null)[];
  /** Stack name: bars of one stack pile up (used and unused). */
  stack?: string;
}

export interface BarChartInput {
  categories: string[];
  series: BarSeries[];
  /** Bars grow to the right, categories down the side (long labels: services, anomalies). */
  horizontal?: boolean;
  /** Values are fractions 0-1 shown as percents. */
  percent?: boolean;
  /** A reference line across the bars (a target, a budget). */
  markLine?: { name: string; value: number };
}

function valueAxis(percent: boolean) {
  return { type: 'value', axisLabel: { ...TEXT, color: MUTED, formatter: percent ? '{value}%' : '{value}' }, splitLine: { lineStyle: { color: '#e3e8ee' } }, ...(percent ? { max: 100 } : {}) };
}

/** A bar chart; percent values are drawn as 0-100 so the axis reads in percent. */
export function barChart(input: BarChartInput): Record<string, unknown> {
  const scale = input.percent ? 100 : 1;
  const categoryAxis = {
    type: 'category',
    data: input.categories,
    inverse: input.horizontal === true,
    axisLabel: { ...TEXT, color: MUTED, width: input.horizontal ? 170 : 90, overflow: 'truncate', interval: 0, ...(input.horizontal ? {} : { rotate: input.categories.length > 5 ? 30 : 0 }) },
  };
  const series = input.series.map((s, i) => ({
    name: s.name,
    type: 'bar',
    data: s.data.map((v) => (v === null ? null : Math.round(v * scale * 100) / 100)),
    itemStyle: { color: PALETTE[i % PALETTE.length] },
    barMaxWidth: 36,
    ...(s.stack ? { stack: s.stack } : {}),
    ...(i === 0 && input.markLine
      ? { markLine: { symbol: 'none', silent: true, label: { ...TEXT, formatter: input.markLine.name, position: 'insideEndTop' }, lineStyle: { color: '#b23b3b', type: 'dashed', width: 2 }, data: [input.horizontal ? { xAxis: input.markLine.value * scale } : { yAxis: input.markLine.value * scale }] } }
      : {}),
  }));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: TEXT,
    color: [...PALETTE],
    legend: input.series.length > 1 ? { top: 0, textStyle: TEXT } : undefined,
    grid: { left: input.horizontal ? 180 : 70, right: 30, top: input.series.length > 1 ? 36 : 16, bottom: input.horizontal ? 30 : 60 },
    tooltip: { trigger: 'axis' },
    xAxis: input.horizontal ? valueAxis(input.percent === true) : categoryAxis,
    yAxis: input.horizontal ? categoryAxis : valueAxis(input.percent === true),
    series,
  };
}

export interface LineChartInput {
  categories: string[];
  series: { name: string; data: (number | null)[] }[];
}

export function lineChart(input: LineChartInput): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: TEXT,
    color: [...PALETTE],
    legend: { top: 0, textStyle: TEXT },
    grid: { left: 80, right: 30, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: input.categories, axisLabel: { ...TEXT, color: MUTED } },
    yAxis: { type: 'value', scale: true, axisLabel: { ...TEXT, color: MUTED }, splitLine: { lineStyle: { color: '#e3e8ee' } } },
    series: input.series.map((s, i) => ({ name: s.name, type: 'line', data: s.data, symbolSize: 6, lineStyle: { width: 2 }, itemStyle: { color: PALETTE[i % PALETTE.length] }, connectNulls: false })),
  };
}
