import { describe, expect, it } from 'vitest';
import type { SeriesForecast } from '../../../core/api/forecast-contract.ts';
import { budgetSeriesName, forecastChartOption, type ForecastChartInput } from './chart-options.ts';

const colors = { text: '#111', muted: '#666', border: '#ddd', actual: '#00f', forecast: '#80f', budget: '#f00', surface: '#fff' };

function series(over: Partial<SeriesForecast> = {}): SeriesForecast {
  const month = { period: '2026-08', from: '2026-08-01', to: '2026-08-31', actual: 0, rest: 0, value: 0, lower80: 0, upper80: 0, lower95: 0, upper95: 0 };
  return {
    key: null,
    method: 'seasonal-trend',
    message: null,
    levelShift: null,
    history: [
      { date: '2026-07-30', value: 100 },
      { date: '2026-07-31', value: 110 },
    ],
    forecast: [
      { date: '2026-08-01', value: 120, lower80: 110, upper80: 130, lower95: 100, upper95: 140 },
      { date: '2026-08-02', value: 121, lower80: -5, upper80: 131, lower95: -20, upper95: 150 },
    ],
    periodEnd: { month, quarter: { ...month, period: '2026-Q3' }, year: { ...month, period: '2026' } },
    backtest: null,
    backtestMessage: null,
    recurring: [],
    ...over,
  };
}

function input(over: Partial<ForecastChartInput> = {}): ForecastChartInput {
  return { series: series(), lastDay: '2026-07-31', today: '2026-12-01', budgets: [], currency: 'USD', colors, historyShown: 90, ...over };
}

type S = { name: string; data: [string, number | null][]; stack?: string; markLine?: { data: { xAxis: string }[] } };
const seriesOf = (o: Record<string, unknown>) => o.series as S[];
const named = (o: Record<string, unknown>, name: string) => seriesOf(o).find((s) => s.name === name)!;

describe('the forecast chart', () => {
  it('draws each band as its lower edge plus its width, stacked, from the engine’s edges', () => {
    const o = forecastChartOption(input()).option;
    expect(named(o, '80% band lower edge').data).toEqual([['2026-08-01', 110], ['2026-08-02', -5]]);
    expect(named(o, '80% band').data).toEqual([['2026-08-01', 20], ['2026-08-02', 136]]);
    expect(named(o, '95% band lower edge').data).toEqual([['2026-08-01', 100], ['2026-08-02', -20]]);
    expect(named(o, '95% band').data).toEqual([['2026-08-01', 40], ['2026-08-02', 170]]);
    expect(named(o, '80% band').stack).toBe(named(o, '80% band lower edge').stack);
  });

  it('joins the forecast line to the last actual day, and marks that day', () => {
    const o = forecastChartOption(input()).option;
    expect(named(o, 'Forecast').data).toEqual([['2026-07-31', 110], ['2026-08-01', 120], ['2026-08-02', 121]]);
    expect(named(o, 'Actual').markLine!.data.map((m) => m.xAxis)).toEqual(['2026-07-31']);
  });

  it('marks today too when the chart reaches it', () => {
    const o = forecastChartOption(input({ today: '2026-08-02' })).option;
    expect(named(o, 'Actual').markLine!.data.map((m) => m.xAxis)).toEqual(['2026-07-31', '2026-08-02']);
  });

  it('calls a short series’ line a naive projection, never a forecast', () => {
    const o = forecastChartOption(input({ series: series({ method: 'naive-mean', message: 'Only 9 days of history…' }) })).option;
    expect(seriesOf(o).map((s) => s.name)).toContain('Naive projection');
    expect(seriesOf(o).map((s) => s.name)).not.toContain('Forecast');
  });

  it('shows the engine’s numbers in the tooltip', () => {
    const o = forecastChartOption(input()).option;
    const format = (o.tooltip as { formatter: (p: unknown[]) => string }).formatter;
    expect(format([{ value: ['2026-08-02', 136] }])).toBe('<b>2026-08-02</b><br/>Forecast: <b>$121.00</b><br/>80% band: -$5.00 – $131.00<br/>95% band: -$20.00 – $150.00');
    expect(format([{ value: ['2026-07-31', 110] }])).toBe('<b>2026-07-31</b><br/>Actual: <b>$110.00</b>');
  });

  it('draws a monthly budget as its daily share over the month it covers', () => {
    const budget = { name: 'Total', scope: null, period: 'month' as const, start: '2026-08', recurring: true, amount: 3100, currency: 'USD', basis: 'Effective' as const };
    const o = forecastChartOption(input({ budgets: [budget] })).option;
    // 3100 / 31 days of August = 100 a day; July is before the budget starts
    expect(named(o, budgetSeriesName(budget)).data).toEqual([['2026-07-30', null], ['2026-07-31', null], ['2026-08-01', 100], ['2026-08-02', 100]]);
  });

  it('leaves a budget far above the data off the scale, and names it', () => {
    // the data's top is the 95% band's 150; 46.5 a day (1441.5 / 31) is drawn, 3100 a day is not
    const near = { name: 'Near', scope: null, period: 'month' as const, start: '2026-08', recurring: true, amount: 1441.5, currency: 'USD', basis: 'Effective' as const };
    const far = { ...near, name: 'Far', amount: 96100 };
    const { option, offScale } = forecastChartOption(input({ budgets: [near, far] }));
    expect(seriesOf(option).map((s) => s.name)).toContain(budgetSeriesName(near));
    expect(seriesOf(option).map((s) => s.name)).not.toContain(budgetSeriesName(far));
    expect(offScale).toEqual([{ budget: far, daily: 3100 }]);
  });
});
