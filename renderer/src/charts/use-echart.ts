// One echarts instance bound to a div: made again when the theme or renderer changes (echarts
// takes its theme at init), resized with its box, disposed on unmount; the option is set whole
// on every change, so a series that went away does not linger. Callers register the chart types,
// components and renderer they use with echarts.use (tree-shaken builds). The handle it returns
// is what ChartTools needs to copy or save the chart.
import { useEffect, useRef, type RefObject } from 'react';
import * as echarts from 'echarts/core';

export interface EchartSetup {
  renderer: 'canvas' | 'svg';
  /** echarts' built-in theme name ('dark'), or undefined for the default. */
  theme: string | undefined;
  /** The background a copied or saved picture gets; the theme's surface when not given. */
  imageBackground?: string;
}

export interface EchartHandle {
  el: RefObject<HTMLDivElement | null>;
  chart: RefObject<echarts.ECharts | null>;
  setup: EchartSetup;
}

export function useEchart(option: echarts.EChartsCoreOption, setup: EchartSetup): EchartHandle {
  const { renderer, theme, imageBackground } = setup;
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, theme, { renderer });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [renderer, theme]);

  // after the effect above in the same commit, so a new instance gets the option at once
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option, renderer, theme]);

  return { el, chart, setup: { renderer, theme, imageBackground } };
}
