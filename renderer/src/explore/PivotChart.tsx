// The chart of the same result as the grid (chart-options.ts builds it), with PNG export from
// the canvas and SVG export from a second, SVG-rendered instance of the same option.
import { useMemo } from 'react';
import { useEchart } from '../charts/use-echart.ts';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { PivotResult, PivotRow } from '../../../core/api/pivot-contract.ts';
import { chartOption, CHART_KINDS, type ChartKind } from './chart-options.ts';
import { dataUrlBlob, saveBlob } from './download.ts';
import type { Basis } from './labels.ts';
import { Segmented } from './Segmented.tsx';
import { themeColor, type ThemeMode } from './use-theme-mode.ts';

echarts.use([BarChart, LineChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

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

  const { el, chart } = useEchart(useMemo(() => ({ backgroundColor: 'transparent', ...option }), [option]), { renderer: 'canvas', theme: mode === 'dark' ? 'dark' : undefined });

  const exportPng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: themeColor('--surface') });
    if (url) saveBlob(dataUrlBlob(url), `${fileStem}.png`);
  };

  const exportSvg = () => {
    const box = el.current;
    if (!box) return;
    const holder = document.createElement('div');
    const svg = echarts.init(holder, mode === 'dark' ? 'dark' : undefined, { renderer: 'svg', width: box.clientWidth, height: box.clientHeight });
    try {
      svg.setOption({ ...option, animation: false, backgroundColor: themeColor('--surface') });
      saveBlob(new Blob([svg.renderToSVGString()], { type: 'image/svg+xml' }), `${fileStem}.svg`);
    } finally {
      svg.dispose();
    }
  };

  return (
    <section className="chart-panel" aria-label="Chart">
      <div className="chart-bar">
        <Segmented label="Chart type" options={CHART_KINDS} value={kind} onChange={onKind} />
        <span className="grow" />
        <button type="button" onClick={exportPng}>
          Save chart as PNG
        </button>
        <button type="button" onClick={exportSvg}>
          Save chart as SVG
        </button>
      </div>
      <div ref={el} className="chart" data-testid="pivot-chart" role="img" aria-label={`Chart: ${CHART_KINDS.find((k) => k.id === kind)?.label} of ${result.measures[0]}`} />
      {note && <p className="muted small">{note}</p>}
    </section>
  );
}
