// The split drawn as a Sankey (split-options.ts builds it): direct cost and each pool flowing to
// the owners and the unallocated amount. SVG: a few dozen nodes, crisp, labels a test can read.
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { SankeyChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { ChartTools } from '../charts/ChartTools.tsx';
import { useEchart } from '../charts/use-echart.ts';
import { formatValue } from '../explore/number-format.ts';
import { formatPeriod } from '../format.ts';
import { themeColor, useThemeMode } from '../explore/use-theme-mode.ts';
import { splitGraph, splitOption, type SplitGraph } from './split-options.ts';
import type { ChargebackResult } from './types.ts';

echarts.use([SankeyChart, TooltipComponent, SVGRenderer]);

const NODE_ROW_PX = 34;
const MIN_HEIGHT = 220;

export function SplitChart({ result }: { result: ChargebackResult }) {
  const graph = useMemo(() => splitGraph(result), [result]);
  const money = (v: number) => formatValue(v, 'money', result.currency);
  return (
    <>
      {graph.links.length === 0 ? (
        <p className="muted" data-testid="split-chart-empty">
          Nothing to draw: no cost flows to an owner in {formatPeriod(result.period)}.
        </p>
      ) : (
        <Sankey result={result} graph={graph} />
      )}
      {graph.notDrawn.length > 0 && (
        <p className="muted small chart-note" data-testid="split-not-drawn">
          Not drawn (a flow cannot be negative): {graph.notDrawn.map((f) => `${f.from} → ${f.to} ${money(f.amount)}`).join('; ')}. The table has them.
        </p>
      )}
    </>
  );
}

/** Mounted only with something to draw: the echarts instance binds to its div when it mounts. */
function Sankey({ result, graph }: { result: ChargebackResult; graph: SplitGraph }) {
  const mode = useThemeMode();
  const option = useMemo(
    () =>
      splitOption(graph, result.currency, {
        text: themeColor('--text'),
        muted: themeColor('--muted'),
        direct: themeColor('--cb-direct'),
        pool: themeColor('--cb-pool'),
        owner: themeColor('--cb-owner'),
        unallocated: themeColor('--cb-unallocated'),
      }),
    // mode: the colours are read from the theme, so a theme switch redraws
    [graph, result.currency, mode],
  );
  const chart = useEchart(option, { renderer: 'svg', theme: undefined });
  const owners = graph.nodes.filter((n) => n.side === 'owner').length;
  const sources = graph.nodes.length - owners;
  const height = Math.max(MIN_HEIGHT, Math.max(owners, sources) * NODE_ROW_PX);
  return (
    <>
      <ChartTools handle={chart} title={`Cost split ${result.period}`} />
      <div
        ref={chart.el}
        className="split-chart"
        style={{ height }}
        data-testid="split-chart"
        role="img"
        aria-label={`How ${formatPeriod(result.period)}’s cost flows: direct cost${result.pools.length ? ` and ${result.pools.length} shared-cost ${result.pools.length === 1 ? 'pool' : 'pools'}` : ''} to ${owners} ${owners === 1 ? 'node' : 'nodes'} (owners and the unallocated amount). The table below has every figure.`}
      />
    </>
  );
}
