// The pivot as a grid: the row tree (loaded level by level) in the first column, the column
// groups of the column dimensions, the grand total pinned at the bottom. It only draws what
// the engine sent: no sums here. Double-click a number, or press Enter on it, to see the line
// items behind it; Enter or Space on a label opens or closes the row.
import { useMemo, useRef, type CSSProperties } from 'react';
import type { PivotKey, PivotResult } from '../../../core/api/pivot-contract.ts';
import { DataGrid } from '../grid/DataGrid.tsx';
import { HEADER_HEIGHT, ROW_HEIGHT } from '../grid/grid-look.ts';
import { headerDepth, type GridColumn, type GridNode } from '../grid/grid-model.ts';
import { dimensionLabel, measureFormat, type Basis, type Grain } from './labels.ts';
import { formatValue, heatStrength, singleCurrency } from './number-format.ts';
import { headerPaths, headerTree, valueColumnId, type HeaderNode } from './pivot-columns.ts';
import { LABEL_MIN_WIDTH, labelWidth, valueWidths } from './pivot-widths.ts';
import type { GridRow } from './pivot-tree.ts';
import { TreeCell } from './TreeCell.tsx';
import { useAvailableHeight } from './use-available-height.ts';

export interface DrillTarget {
  rowKeys: PivotKey[];
  rowLabels: string[];
  columnKeys: PivotKey[];
  columnLabels: string[];
}

interface Props {
  result: PivotResult;
  rows: GridRow[];
  total: GridRow | null;
  basis: Basis;
  grain: Grain;
  heatMap: boolean;
  loading: boolean;
  onToggle: (row: GridRow) => void;
  onDrill: (target: DrillTarget) => void;
}

/** Room kept under the grid for the hint line, and the least height a long pivot gets. */
const HINT_HEIGHT = 40;
const MIN_HEIGHT = 240;
/** Room for a vertical scrollbar (Chromium's classic one is 15 px). */
const SCROLLBAR_WIDTH = 18;

export { valueColumnId };

const heatKey = (measure: string, depth: number) => `${measure}|${depth}`;

/** Largest size per (measure, depth) over the body cells (not the total column): what heat is relative to. */
function heatMaxima(result: PivotResult, rows: GridRow[]): Map<string, number> {
  const max = new Map<string, number>();
  for (const row of rows) {
    result.columns.forEach((c) => {
      const v = row.cells[valueColumnId(c)];
      if (c.total || v === null || v === undefined) return;
      const k = heatKey(c.measure, row.depth);
      max.set(k, Math.max(max.get(k) ?? 0, Math.abs(v)));
    });
  }
  return max;
}

function heatStyle(row: GridRow, heat: Map<string, number> | null, id: string, measure: string): CSSProperties | undefined {
  if (!heat || row.kind === 'total') return undefined;
  const v = row.cells[id] ?? null;
  const strength = heatStrength(v, heat.get(heatKey(measure, row.depth)) ?? 0);
  if (strength === 0) return undefined;
  const isChange = measure === 'change' || measure === 'changePct';
  const colour = v! < 0 ? 'var(--heat-down)' : isChange ? 'var(--heat-up)' : 'var(--heat)';
  return { backgroundColor: `color-mix(in srgb, ${colour} ${Math.round(8 + strength * 52)}%, transparent)` };
}

function columnDefs(result: PivotResult, basis: Basis, grain: Grain, heat: Map<string, number> | null, widths: ReadonlyMap<string, number>, onToggle: (row: GridRow) => void): GridNode<GridRow>[] {
  const currency = singleCurrency(result.currencies);
  const toDef = (node: HeaderNode): GridNode<GridRow> => {
    if ('group' in node) return { id: node.group.id, header: node.group.label, className: 'pivot-group', children: node.group.children.map(toDef) };
    const { id, measure, total, path } = node.leaf;
    const format = measureFormat(measure);
    return {
      // an id that names what the column is, and cells read by that id, never by position
      id,
      header: path[path.length - 1] ?? '',
      headerTitle: path.join(' › '),
      numeric: true,
      width: widths.get(id)!,
      value: (row) => row.cells[id] ?? null,
      text: (v) => formatValue(v as number | null, format, currency),
      cellClass: () => (total ? 'pivot-total-col' : undefined),
      // the total column is the sum of the others: shading it against them says nothing
      cellStyle: total ? undefined : (row) => heatStyle(row, heat, id, measure),
    };
  };
  const labelHeader = labelText(result, grain);
  const label: GridColumn<GridRow> = {
    id: 'label',
    header: labelHeader,
    pinned: true,
    // the one column that gives up room in a narrow window (its labels end in … with a tooltip)
    width: labelWidth(labelHeader),
    minWidth: LABEL_MIN_WIDTH,
    flex: 1,
    value: (row) => row.labels[Math.max(0, row.depth - 1)] ?? '',
    render: (row) => <TreeCell row={row} rowDimensions={result.rowDimensions} onToggle={onToggle} />,
  };
  return [label, ...headerTree(headerPaths(result, basis)).map(toDef)];
}

const labelText = (result: PivotResult, grain: Grain) => result.rowDimensions.map((d) => dimensionLabel(d, grain)).join(' › ') || 'All line items';

export function PivotGrid({ result, rows, total, basis, grain, heatMap, loading, onToggle, onDrill }: Props) {
  const heat = useMemo(() => (heatMap ? heatMaxima(result, rows) : null), [heatMap, result, rows]);
  // cells call the current handler through a ref: the columns need not change when it does
  const toggle = useRef(onToggle);
  toggle.current = onToggle;
  const leaves = useMemo(() => headerPaths(result, basis), [result, basis]);
  const widths = useMemo(() => valueWidths(leaves, rows, total, singleCurrency(result.currencies)), [leaves, rows, total, result.currencies]);
  const defs = useMemo(() => columnDefs(result, basis, grain, heat, widths, (row) => toggle.current(row)), [result, basis, grain, heat, widths]);
  // a pivot that fits is exactly as tall as its rows; a longer one takes the height the screen
  // has below its top and scrolls inside (the grid keeps a horizontal scrollbar's height free)
  const box = useRef<HTMLDivElement>(null);
  const available = useAvailableHeight(box, HINT_HEIGHT, MIN_HEIGHT);
  // as wide as its columns (no empty band on the right), plus a vertical scrollbar when it is
  // taller than the room it has, or the space there is, then it scrolls
  const tall = (rows.length + (total ? 1 : 0)) * ROW_HEIGHT + headerDepth(defs) * HEADER_HEIGHT + 2 > available;
  const width = leaves.reduce((w, l) => w + widths.get(l.id)!, labelWidth(labelText(result, grain))) + (tall ? SCROLLBAR_WIDTH : 0) + 2;
  const pinned = useMemo(() => (total ? [total] : []), [total]);

  const drillFrom = (row: GridRow, id: string) => {
    const column = result.columns.find((c) => valueColumnId(c) === id);
    if (!column) return;
    onDrill({ rowKeys: row.keys, rowLabels: row.kind === 'total' ? [] : row.labels, columnKeys: column.keys, columnLabels: column.labels });
  };

  // No rows: say so in words instead of an empty grid.
  if (rows.length === 0 && !loading) {
    return (
      <p className="muted pivot-empty" role="status" data-testid="pivot-empty">
        No line items in this period with these filters.
      </p>
    );
  }

  return (
    <div ref={box} className="pivot-grid" style={{ maxWidth: width }} data-testid="pivot-grid">
      <DataGrid<GridRow>
        label="Pivot"
        columns={defs}
        rowCount={rows.length}
        row={(i) => rows[i]}
        rowId={(r) => r.id}
        pinnedBottom={pinned}
        maxHeight={available}
        tree={(r) => (r.kind === 'total' ? { level: 1 } : { level: r.depth, expanded: r.hasChildren ? r.expanded : undefined })}
        rowClass={(r) => [r.expanded && 'pivot-open', r.kind === 'total' && 'pivot-grand-total', r.depth === 1 && 'pivot-depth-1'].filter(Boolean).join(' ')}
        overlay={loading ? 'Computing the pivot…' : null}
        empty="No line items in this period with these filters."
        onCellDoubleClick={(row, col) => col.id !== 'label' && drillFrom(row, col.id)}
        onCellKey={(e, row, col) => {
          if (col.id === 'label') {
            e.preventDefault();
            if (row.kind === 'row' && row.hasChildren) onToggle(row);
          } else if (e.key === 'Enter') drillFrom(row, col.id);
        }}
      />
    </div>
  );
}
