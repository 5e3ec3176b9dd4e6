// The history-and-forecast chart (chart-options.ts builds it). SVG rendering: a few hundred
// points, crisp at any zoom, and its legend is text a test can read.
import { useMemo } from 'react';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { SeriesForecast } from '../../../core/api/forecast-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { themeColor, type ThemeMode } from '../explore/use-theme-mode.ts';
import type { Budget } from './budgets-api.ts';
import { forecastChartOption } from './chart-options.ts';
import { forecastWord, HISTORY_SHOWN_DAYS } from './words.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, DataZoomComponent, SVGRenderer]);

interface Props {
  series: SeriesForecast;
  lastDay: string;
  budgets: readonly Budget[];
  currency: string | null;
  mode: ThemeMode;
  title: string;
}

export function ForecastChart({ series, lastDay, budgets, currency, mode, title }: Props) {
  const { option, offScale } = useMemo(
    () =>
      forecastChartOption({
        series,
        lastDay,
        today: new Date().toISOString().slice(0, 10),
        budgets,
        currency,
        historyShown: HISTORY_SHOWN_DAYS,
        colors: {
          text: themeColor('--text'),
          muted: themeColor('--muted'),
          border: themeColor('--border'),
          surface: themeColor('--surface'),
          actual: themeColor('--fc-actual'),
          forecast: themeColor('--fc-forecast'),
          budget: themeColor('--fc-budget'),
        },
      }),
    // mode: the colours above are read from the theme, so a theme switch redraws
    [series, lastDay, budgets, currency, mode],
  );

  const chart = useEchart(option, { renderer: 'svg', theme: undefined });

  const word = forecastWord(series).toLowerCase();
  const drawn = budgets.length - offScale.length;
  return (
    <>
      <ChartTools handle={chart} title={`Forecast of ${title}`} />
      <div
        ref={chart.el}
        className="forecast-chart"
        data-testid="forecast-chart"
        role="img"
        aria-label={`Daily cost of ${title}: actual through ${lastDay}, then the ${word} for ${series.forecast.length} days with its 80% and 95% bands${drawn ? `, and ${drawn === 1 ? 'a budget' : `${drawn} budgets`} as a daily share` : ''}.`}
      />
      {offScale.map(({ budget, daily }) => (
        <p key={budget.name} className="muted small chart-note" data-testid="budget-off-scale">
          Budget “{budget.name}” ({formatValue(daily, 'money', budget.currency || currency)} a day) is far above this scope’s daily cost, so it is not drawn: the chart would flatten the forecast.
        </p>
      ))}
    </>
  );
}
