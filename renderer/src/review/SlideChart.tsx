// One chart of a slide, drawn from the pack's own echarts option (built in core, the same object
// the export rasterizes), with the app's Copy / Save tools. The option is written for a white
// slide, so the chart sits on white in both themes, as it will in the deck.
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, SankeyChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, MarkPointComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ReviewChart } from '../../../core/api/review-contract.ts';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import { SLIDE_PAPER } from './words.ts';

// the pack may use any of these; registering them all keeps the preview equal to the export
echarts.use([BarChart, LineChart, PieChart, SankeyChart, ScatterChart, TreemapChart, DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, MarkPointComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export function SlideChart({ chart, period }: { chart: ReviewChart; period: string }) {
  // the pack's option is plain JSON; a copy, so echarts' own bookkeeping never touches the pack
  const option = useMemo(() => ({ animation: false, ...(structuredClone(chart.option) as echarts.EChartsCoreOption) }), [chart.option]);
  const handle = useEchart(option, { renderer: 'svg', theme: undefined, imageBackground: SLIDE_PAPER });
  return (
    <figure className="rv-chart">
      <ChartTools handle={handle} title={`${chart.title} ${period}`} />
      <div ref={handle.el} className="rv-chart-box" data-testid={`review-chart-${chart.id}`} role="img" aria-label={chart.alt} />
      <figcaption className="muted small">{chart.title}</figcaption>
    </figure>
  );
}
