// The result: grid, chart or both, with what the numbers are (period, basis, where they came
// from), the engine's warnings and notices, and the tree's expand/collapse and heat-map switches.
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatCount } from '../format.ts';
import type { ChartKind } from './chart-options.ts';
import { measureLabel, type Basis, type Grain } from './labels.ts';
import { describePeriod } from './period.ts';
import { PivotChart } from './PivotChart.tsx';
import { PivotGrid, type DrillTarget } from './PivotGrid.tsx';
import { PivotNotices } from './PivotNotices.tsx';
import { Segmented } from './Segmented.tsx';
import { totalRow, visibleRows } from './pivot-tree.ts';
import { useThemeMode } from './use-theme-mode.ts';
import type { PivotTree } from './use-pivot-tree.ts';

export type Display = 'grid' | 'chart' | 'both';
const DISPLAYS: { id: Display; label: string }[] = [
  { id: 'grid', label: 'Grid' },
  { id: 'chart', label: 'Chart' },
  { id: 'both', label: 'Grid and chart' },
];

interface Props {
  tree: PivotTree;
  spec: PivotSpec;
  display: Display;
  onDisplay: (d: Display) => void;
  chartKind: ChartKind;
  onChartKind: (k: ChartKind) => void;
  heatMap: boolean;
  onHeatMap: (on: boolean) => void;
  fileStem: string;
  onDrill: (target: DrillTarget) => void;
  /** Applies a notice's suggestion (a tag key or filter value that exists). */
  onSpec: (spec: PivotSpec) => void;
}

export function ResultPanel({ tree, spec, display, onDisplay, chartKind, onChartKind, heatMap, onHeatMap, fileStem, onDrill, onSpec }: Props) {
  const mode = useThemeMode();
  const root = tree.state.root;
  const rows = visibleRows(tree.state);
  const deeper = spec.rows.length > 1;
  const basis = spec.basis as Basis;
  return (
    <section className="result" aria-label="Pivot result" aria-busy={tree.loading}>
      <div className="result-bar">
        <Segmented label="Show" options={DISPLAYS} value={display} onChange={onDisplay} />
        <label className="check">
          <input type="checkbox" checked={heatMap} onChange={(e) => onHeatMap(e.target.checked)} disabled={display === 'chart'} /> Heat map
        </label>
        <button type="button" onClick={tree.expandAll} disabled={!deeper || tree.loading}>
          Expand all
        </button>
        <button type="button" onClick={tree.collapseAll} disabled={!deeper || tree.state.expanded.size === 0}>
          Collapse all
        </button>
        <span className="grow" />
        <span className="muted small" data-testid="result-status" role="status">
          {tree.loading ? (
            <>
              <span className="spinner" aria-hidden="true" /> Computing…
            </>
          ) : root ? (
            `${measureLabel('cost', basis)} · ${describePeriod(spec.period)} · ${formatCount(root.rows.length)} ${root.rows.length === 1 ? 'row' : 'rows'}${root.source === 'aggregate' ? '' : ' · read from line items'}`
          ) : null}
        </span>
      </div>
      {tree.error && <ErrorNotice error={tree.error} title="Could not compute this pivot" />}
      {root?.warnings.map((w) => (
        <div key={w} className="notice warn" role="note">
          {w}
        </div>
      ))}
      {root && <PivotNotices notices={root.notices} spec={spec} onApply={onSpec} />}
      {root && display !== 'chart' && (
        <>
          <PivotGrid
            result={root}
            rows={rows}
            total={totalRow(root, 'Grand total')}
            basis={basis}
            grain={spec.grain as Grain}
            heatMap={heatMap}
            loading={tree.loading}
            onToggle={tree.toggle}
            onDrill={onDrill}
          />
          <p className="muted small hint">Double-click a number (or select it and press Enter) to see the line items behind it. Enter or Space on a label opens or closes its row.</p>
        </>
      )}
      {root && display !== 'grid' && <PivotChart result={root} childRows={tree.state.children} kind={chartKind} basis={basis} mode={mode} fileStem={fileStem} onKind={onChartKind} />}
    </section>
  );
}
