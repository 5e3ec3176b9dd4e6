// The hours in which the simulated commitment went partly unused (underuse-options.ts builds it).
// Canvas: a lookback of months has thousands of bars.
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { WhatIfResult } from '../../../core/api/commitments-contract.ts';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import type { ThemeMode } from '../explore/use-theme-mode.ts';
import { chartColors } from './chart-colors.ts';
import { underuseOption } from './underuse-options.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

export function UnderuseChart({ result, currency, mode }: { result: WhatIfResult; currency: string | null; mode: ThemeMode }) {
  const option = useMemo(
    () => underuseOption(result.underused, { from: result.from, to: result.to }, currency, chartColors()),
    // mode: the colours are read from the theme, so a theme switch redraws
    [result, currency, mode],
  );
  const chart = useEchart(option, { renderer: 'canvas', theme: undefined });
  const n = result.underused.length;
  return (
    <>
      <ChartTools handle={chart} title="Unused commitment by hour" />
      <div
        ref={chart.el}
        className="cm-chart cm-underuse"
        data-testid="underuse-chart"
        role="img"
        aria-label={`Unused commitment by hour: ${n} of ${result.hours} hours had part of the commitment unused.`}
      />
    </>
  );
}
