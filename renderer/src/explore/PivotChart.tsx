// The chart of the same result as the grid (chart-options.ts builds it), with PNG export from
// ChartTools (copy, PNG, SVG) in its bar.
import { useMemo } from 'react';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { PivotResult, PivotRow } from '../../../core/api/pivot-contract.ts';
import { chartOption, CHART_KINDS, type ChartKind } from './chart-options.ts';
import type { Basis } from './labels.ts';
import { Segmented } from './Segmented.tsx';
import { themeColor, type ThemeMode } from './use-theme-mode.ts';

echarts.use([BarChart, LineChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  result: PivotResult;
  childRows: ReadonlyMap<string, PivotRow[]>;
  kind: ChartKind;
  basis: Basis;
  mode: ThemeMode;
  fileStem: string;
  onKind: (kind: ChartKind) => void;
}

export function PivotChart({ result, childRows, kind, basis, mode, fileStem, onKind }: Props) {
  const { option, note } = useMemo(
    () => chartOption({ result, children: childRows, kind, basis, colors: { text: themeColor('--text'), muted: themeColor('--muted'), border: themeColor('--border') } }),
    // mode: the colours above are read from the theme, so a theme switch redraws
    [result, childRows, kind, basis, mode],
  );

  const chart = useEchart(useMemo(() => ({ backgroundColor: 'transparent', ...option }), [option]), { renderer: 'canvas', theme: mode === 'dark' ? 'dark' : undefined });

  return (
    <section className="chart-panel" aria-label="Chart">
      <div className="chart-bar">
        <Segmented label="Chart type" options={CHART_KINDS} value={kind} onChange={onKind} />
        <span className="grow" />
        <ChartTools handle={chart} title={`${CHART_KINDS.find((k) => k.id === kind)?.label} of ${result.measures[0]}`} stem={fileStem} />
      </div>
      <div ref={chart.el} className="chart" data-testid="pivot-chart" role="img" aria-label={`Chart: ${CHART_KINDS.find((k) => k.id === kind)?.label} of ${result.measures[0]}`} />
      {note && <p className="muted small">{note}</p>}
    </section>
  );
}
