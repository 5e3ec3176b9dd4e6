// The pivot as a grid: the row tree (loaded level by level) in the first column, the column
// groups of the column dimensions, the grand total pinned at the bottom. It only draws what
// the engine sent: no sums here. Double-click a number, or press Enter on it, to see the line
// items behind it; Enter or Space on a label opens or closes the row.
import { useMemo, useRef } from 'react';
import type { CellClassParams, CellKeyDownEvent, ColDef, ColGroupDef, Column } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { PivotKey, PivotResult } from '../../../core/api/pivot-contract.ts';
import { gridTheme } from './grid-setup.ts';
import { dimensionLabel, measureFormat, type Basis, type Grain } from './labels.ts';
import { formatValue, heatStrength, singleCurrency } from './number-format.ts';
import { headerPaths, headerTree, valueColumnId, type HeaderLeaf, type HeaderNode } from './pivot-columns.ts';
import type { GridRow } from './pivot-tree.ts';
import { TreeCell, type TreeContext } from './TreeCell.tsx';
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

const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 34;
const LABEL_WIDTH = 300;
/** Room kept under the grid for the hint line, and the least height a long pivot gets. */
const HINT_HEIGHT = 40;
const MIN_HEIGHT = 240;
const SCROLLBAR_HEIGHT = 16;
const MONEY_WIDTH = 132;
const OTHER_WIDTH = 112;

/** Wide enough for its numbers and, up to a limit, its header (long keys end in … with a tooltip). */
function leafWidth(leaf: HeaderLeaf): number {
  const text = leaf.path[leaf.path.length - 1] ?? '';
  const base = measureFormat(leaf.measure) === 'money' ? MONEY_WIDTH : OTHER_WIDTH;
  return Math.round(Math.min(220, Math.max(base, 40 + 7.5 * text.length)));
}

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

function heatStyle(p: CellClassParams<GridRow>, heat: Map<string, number> | null, id: string, measure: string) {
  const row = p.data;
  // an explicit empty value: ag-grid keeps a style a cell had before unless it is overwritten
  const none = { backgroundColor: '' };
  if (!heat || !row || row.kind === 'total') return none;
  const v = row.cells[id] ?? null;
  const strength = heatStrength(v, heat.get(heatKey(measure, row.depth)) ?? 0);
  if (strength === 0) return none;
  const isChange = measure === 'change' || measure === 'changePct';
  const colour = v! < 0 ? 'var(--heat-down)' : isChange ? 'var(--heat-up)' : 'var(--heat)';
  return { backgroundColor: `color-mix(in srgb, ${colour} ${Math.round(8 + strength * 52)}%, transparent)` };
}

function columnDefs(result: PivotResult, basis: Basis, grain: Grain, heat: Map<string, number> | null): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const currency = singleCurrency(result.currencies);
  const toDef = (node: HeaderNode): ColDef<GridRow> | ColGroupDef<GridRow> => {
    if ('group' in node) return { headerName: node.group.label, groupId: node.group.id, marryChildren: true, headerClass: 'pivot-group', children: node.group.children.map(toDef) };
    const { id, measure, total, path } = node.leaf;
    const format = measureFormat(measure);
    return {
      // an id that names what the column is, and cells read by that id: when the layout changes
      // (a month added in front), ag-grid may keep a column's old definition for a moment, and
      // a value read by position would then be another column's
      colId: id,
      headerName: path[path.length - 1],
      headerTooltip: path.join(' › '),
      type: 'rightAligned',
      width: leafWidth(node.leaf),
      valueGetter: (p) => p.data?.cells[id] ?? null,
      valueFormatter: (p) => formatValue(p.value as number | null, format, currency),
      cellClass: total ? 'num pivot-total-col' : 'num',
      // the total column is the sum of the others: shading it against them says nothing
      cellStyle: total ? undefined : (p) => heatStyle(p, heat, id, measure),
    };
  };
  const label: ColDef<GridRow> = {
    colId: 'label',
    headerName: result.rowDimensions.map((d) => dimensionLabel(d, grain)).join(' › ') || 'All line items',
    pinned: 'left',
    width: LABEL_WIDTH,
    cellRenderer: TreeCell,
    // the label stays the same when a row opens or loads: always redraw so the button follows
    equals: () => false,
    valueGetter: (p) => (p.data ? p.data.labels[Math.max(0, p.data.depth - 1)] : ''),
  };
  return [label, ...headerTree(headerPaths(result, basis)).map(toDef)];
}

/** Header rows: one per column dimension (groups), plus the leaf row. */
function headerRows(result: PivotResult, basis: Basis): number {
  return Math.max(0, ...headerPaths(result, basis).map((l) => l.path.length));
}

export function PivotGrid({ result, rows, total, basis, grain, heatMap, loading, onToggle, onDrill }: Props) {
  const heat = useMemo(() => (heatMap ? heatMaxima(result, rows) : null), [heatMap, result, rows]);
  // heat is captured by the column definitions: new maxima make new definitions and fresh cell styles
  const defs = useMemo(() => columnDefs(result, basis, grain, heat), [result, basis, grain, heat]);
  // one context object for the grid's lifetime, so cells always call the current handler
  const context = useRef<TreeContext>({ onToggle, rowDimensions: result.rowDimensions }).current;
  context.onToggle = onToggle;
  context.rowDimensions = result.rowDimensions;
  // as wide as its columns (no empty band on the right), or the space there is, then it scrolls
  const width = headerPaths(result, basis).reduce((w, l) => w + leafWidth(l), LABEL_WIDTH) + 20;
  // a pivot that fits is exactly as tall as its rows; a longer one takes the height the screen
  // has below its top and scrolls inside. Both reserve a horizontal scrollbar's height when the
  // columns are wider than the grid, so the scrollbar never covers the last row or the total.
  const box = useRef<HTMLDivElement>(null);
  const available = useAvailableHeight(box, HINT_HEIGHT, MIN_HEIGHT);
  const scrollbar = box.current && width > box.current.clientWidth ? SCROLLBAR_HEIGHT : 0;
  const needed = (rows.length + (total ? 1 : 0)) * ROW_HEIGHT + headerRows(result, basis) * HEADER_HEIGHT + scrollbar + 2;
  const height = Math.min(needed, available);

  const drillFrom = (row: GridRow | undefined, col: Column) => {
    const column = row ? result.columns.find((c) => valueColumnId(c) === col.getColId()) : undefined;
    if (!row || !column) return;
    onDrill({ rowKeys: row.keys, rowLabels: row.kind === 'total' ? [] : row.labels, columnKeys: column.keys, columnLabels: column.labels });
  };

  const onKey = (e: CellKeyDownEvent<GridRow>) => {
    const key = (e.event as KeyboardEvent | undefined)?.key;
    const row = e.data;
    if (!row || (key !== 'Enter' && key !== ' ')) return;
    if (e.column.getColId() === 'label') {
      (e.event as KeyboardEvent).preventDefault();
      if (row.kind === 'row') onToggle(row);
    } else if (key === 'Enter') drillFrom(row, e.column as Column);
  };

  // No rows: say so in words instead of an empty grid, whose overlay would sit on the total row.
  if (rows.length === 0 && !loading) {
    return (
      <p className="muted pivot-empty" role="status" data-testid="pivot-empty">
        No line items in this period with these filters.
      </p>
    );
  }

  return (
    <div ref={box} className="pivot-grid" style={{ height, maxWidth: width }} data-testid="pivot-grid">
      <AgGridReact<GridRow>
        theme={gridTheme}
        rowData={rows}
        pinnedBottomRowData={total ? [total] : []}
        columnDefs={defs}
        context={context}
        getRowId={(p) => p.data.id}
        defaultColDef={{ sortable: false, resizable: true, suppressMovable: true }}
        rowClassRules={{ 'pivot-open': (p) => !!p.data?.expanded, 'pivot-grand-total': (p) => p.data?.kind === 'total', [`pivot-depth-1`]: (p) => p.data?.depth === 1 }}
        loading={loading}
        // rows of a level appear at once: sliding rows make a tree of numbers hard to follow
        animateRows={false}
        suppressCellFocus={false}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        groupHeaderHeight={HEADER_HEIGHT}
        tooltipShowDelay={400}
        localeText={{ loadingOoo: 'Computing the pivot…', noRowsToShow: 'No line items in this period with these filters.' }}
        onCellDoubleClicked={(e) => drillFrom(e.data, e.column)}
        onCellKeyDown={(e) => onKey(e as CellKeyDownEvent<GridRow>)}
      />
    </div>
  );
}
