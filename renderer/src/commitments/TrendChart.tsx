// Coverage and utilization by month (trend-options.ts builds it). SVG: a few points a month,
// crisp, and its legend is text a test can read.
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { CommitmentsStatusResult } from '../../../core/api/commitments-contract.ts';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import type { ThemeMode } from '../explore/use-theme-mode.ts';
import { chartColors } from './chart-colors.ts';
import { utilizationByPeriod } from './inventory-model.ts';
import { trendOption } from './trend-options.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function TrendChart({ status, mode }: { status: CommitmentsStatusResult; mode: ThemeMode }) {
  const option = useMemo(
    () => trendOption(status.coverageByPeriod, utilizationByPeriod(status.commitments), chartColors()),
    // mode: the colours are read from the theme, so a theme switch redraws
    [status, mode],
  );
  const chart = useEchart(option, { renderer: 'svg', theme: undefined });
  const months = status.coverageByPeriod.length;
  return (
    <>
      <ChartTools handle={chart} title="Commitment coverage and utilization by month" />
      <div ref={chart.el} className="cm-chart cm-trend" data-testid="commitments-trend" role="img" aria-label={`Coverage and utilization by month over ${months} ${months === 1 ? 'month' : 'months'}.`} />
    </>
  );
}
