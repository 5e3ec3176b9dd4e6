// The savings-vs-commitment curve of the optimizer (curve-options.ts builds it), its chosen
// commitments marked on it; a click on a mark, or on its button below (the keyboard's way), puts
// that commitment in the builder and simulates it. The rate of the curve and its source are said.
import { useEffect, useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { OptimizeResult } from '../../../core/api/commitments-contract.ts';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import { formatExactMoney, formatValue } from '../explore/number-format.ts';
import type { ThemeMode } from '../explore/use-theme-mode.ts';
import { chartColors } from './chart-colors.ts';
import { CURVE_NAMES, curveOption } from './curve-options.ts';
import { CHOICE_LABEL, RATE_SOURCE_LABEL } from './words.ts';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  result: OptimizeResult;
  current: { hourlyCommitment: number; monthlySavings: number } | null;
  currency: string | null;
  mode: ThemeMode;
  stale: boolean;
  onPick: (hourlyCommitment: number) => void;
}

export function SavingsCurve({ result, current, currency, mode, stale, onPick }: Props) {
  const option = useMemo(
    () => curveOption(result.curve, result.choices, current, currency, chartColors()),
    // mode: the colours are read from the theme, so a theme switch redraws
    [result, current, currency, mode],
  );
  const handle = useEchart(option, { renderer: 'svg', theme: undefined });
  const { chart } = handle;
  // the chart instance is made again on a theme change: listen on the one there is now
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const onClick = (p: { seriesName?: string; value?: unknown }) => {
      if (p.seriesName !== CURVE_NAMES.choices || !Array.isArray(p.value)) return;
      onPick(Number(p.value[0]));
    };
    c.on('click', onClick);
    return () => {
      c.off('click', onClick);
    };
  }, [chart, mode, onPick]);

  const money = (v: number) => formatValue(v, 'money', currency);
  const pct = (v: number | null) => formatValue(v, 'ratio', null);
  return (
    <div className={stale ? 'cm-curve stale' : 'cm-curve'} aria-busy={stale} data-testid="savings-curve">
      <p className="cm-rate" data-testid="curve-rate">
        Curve of {result.curve.length} commitments from {result.from.slice(0, 10)} to {result.to.slice(0, 10)}, priced at <strong>{pct(result.rate)}</strong> of on demand: {RATE_SOURCE_LABEL[result.rateSource] ?? result.rateSource}.
        {result.existingApplied.length > 0 && ` The ${result.existingApplied.length} commitments held are applied first.`}
      </p>
      {result.notices.map((n) => (
        <p key={n} className="notice warn" role="note">
          {n}
        </p>
      ))}
      <ChartTools handle={handle} title="Savings curve" />
      <div
        ref={handle.el}
        className="cm-chart cm-curve-chart"
        data-testid="curve-chart"
        role="img"
        aria-label={`Net savings a month against the hourly commitment, ${result.curve.length} points; the chosen commitments are the buttons below.`}
      />
      <div className="cm-choices" role="group" aria-label="Chosen commitments: simulate one">
        {result.choices.map((c) => (
          <button key={c.kind} type="button" className="cm-choice" onClick={() => onPick(c.hourlyCommitment)} data-testid={`choice-${c.kind}`}>
            <span className="cm-choice-name">{CHOICE_LABEL[c.kind] ?? c.kind}</span>
            <span className="cm-choice-figure">{formatExactMoney(c.hourlyCommitment, currency)}/h</span>
            <span className="muted small">
              {money(c.monthlySavings)} a month · coverage {pct(c.coverage)} · utilization {pct(c.utilization)}
            </span>
            <span className="muted small">
              if usage falls {c.risk.map((r) => `${r.usageDropPct}%: ${money(r.monthlySavings)}`).join(' · ')}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
