// The anomaly's daily chart (chart-options.ts builds it). SVG: a few dozen points, crisp, and its
// legend is text a test can read.
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { AnomalyDay } from '../../../core/api/anomaly-contract.ts';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import { themeColor, type ThemeMode } from '../explore/use-theme-mode.ts';
import { anomalyChartOption } from './chart-options.ts';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, MarkAreaComponent, SVGRenderer]);

interface Props {
  series: readonly AnomalyDay[];
  start: string;
  end: string;
  currency: string | null;
  mode: ThemeMode;
  title: string;
}

export function AnomalyChart({ series, start, end, currency, mode, title }: Props) {
  const option = useMemo(
    () =>
      anomalyChartOption({
        series,
        start,
        end,
        currency,
        colors: {
          text: themeColor('--text'),
          muted: themeColor('--muted'),
          border: themeColor('--border'),
          surface: themeColor('--surface'),
          actual: themeColor('--an-actual'),
          expected: themeColor('--an-expected'),
          anomaly: themeColor('--an-anomaly'),
        },
      }),
    // mode: the colours above are read from the theme, so a theme switch redraws
    [series, start, end, currency, mode],
  );
  const chart = useEchart(option, { renderer: 'svg', theme: undefined });
  const first = series[0]?.date;
  const last = series.at(-1)?.date;
  return (
    <>
      <ChartTools handle={chart} title={`Daily cost of ${title}`} />
      <div
        ref={chart.el}
        className="anomaly-chart"
        data-testid="anomaly-chart"
        role="img"
        aria-label={`Daily cost of ${title} from ${first ?? start} to ${last ?? end}, with the expected cost and its band; the anomaly’s days, ${start} to ${end}, shaded.`}
      />
    </>
  );
}
