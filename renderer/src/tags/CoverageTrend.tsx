// Coverage by month (trend-options.ts builds the chart), redrawn with the theme's colours.
import { useMemo } from 'react';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { TagAuditResult } from '../../../core/api/tags-contract.ts';
import { themeColor, useThemeMode } from '../explore/use-theme-mode.ts';
import { trendOption } from './trend-options.ts';

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export function CoverageTrend({ result, period }: { result: TagAuditResult; period: string | null }) {
  const mode = useThemeMode();
  const months = result.byMonth.filter((g) => g.value !== null).length;
  const option = useMemo(
    () => trendOption(result, { text: themeColor('--text'), muted: themeColor('--muted'), border: themeColor('--border'), target: themeColor('--warn') }),
    // mode: the colours are read from the theme, so a theme switch redraws
    [result, mode],
  );

  const chart = useEchart(useMemo(() => ({ backgroundColor: 'transparent', ...option }), [option]), { renderer: 'canvas', theme: mode === 'dark' ? 'dark' : undefined });

  return (
    <section className="card trend" aria-labelledby="trend-title">
      <div className="section-head">
        <h2 id="trend-title">Coverage by month</h2>
        <span className="muted small">{period ? 'All months, whichever month is chosen above' : `${months} ${months === 1 ? 'month' : 'months'}`}</span>
      </div>
      <ChartTools handle={chart} title="Tag coverage by month" />
      <div ref={chart.el} className="trend-chart" data-testid="coverage-trend" role="img" aria-label={`Chart: coverage of all required keys by month, against the ${Math.round(result.target * 100)}% target`} />
      {months < 2 && <p className="muted small">One month of data: the trend needs two or more to show a direction.</p>}
    </section>
  );
}
