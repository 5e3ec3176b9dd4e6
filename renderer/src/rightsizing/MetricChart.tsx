// A resource's CPU and memory over the lookback with the fit (chart-options.ts). SVG: a few
// hundred points at most, crisp, and its legend is text a test can read.
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEchart } from '../charts/use-echart.ts';
import { themeColor, type ThemeMode } from '../explore/use-theme-mode.ts';
import { metricChartOption, type MetricChartInput } from './chart-options.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export function MetricChart({ input, mode, label }: { input: Omit<MetricChartInput, 'colors'>; mode: ThemeMode; label: string }) {
  const option = useMemo(
    () =>
      metricChartOption({
        ...input,
        colors: {
          text: themeColor('--text'),
          muted: themeColor('--muted'),
          border: themeColor('--border'),
          surface: themeColor('--surface'),
          cpu: themeColor('--rs-cpu'),
          memory: themeColor('--rs-memory'),
          fit: themeColor('--rs-fit'),
        },
      }),
    // mode: the colours above are read from the theme, so a theme switch redraws
    [input, mode],
  );
  const { el } = useEchart(option, { renderer: 'svg', theme: undefined });
  return <div ref={el} className="rs-chart" data-testid="rs-chart" role="img" aria-label={label} />;
}
