// One grid for every table of numbers in the app: virtualized rows (a drill-down of 300,000 lines
// draws the 20 on screen), a sticky header with column groups, pinned first columns, column
// resize, sort by header click, filters in a header menu, pinned rows under the body (a grand
// total), and the WAI-ARIA grid / treegrid keyboard (grid-keys.ts, use-grid-focus.ts). Headers,
// groups and widths come from @tanstack/react-table (use-column-layout.ts), the rows on screen
// from @tanstack/react-virtual; what a cell says and how rows sort or filter is the caller's
// (grid-model.ts).
import type { Header } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FilterMenu } from './FilterMenu.tsx';
import { HEADER_HEIGHT, ROW_HEIGHT } from './grid-look.ts';
import { headerDepth, nextSort, type FilterModel, type FilterState, type GridColumn, type GridNode, type SortItem } from './grid-model.ts';
import { useColumnLayout, type LeafMeta } from './use-column-layout.ts';
import { posKey, useGridFocus } from './use-grid-focus.ts';
import './grid.css';

export interface TreeAria {
  level: number;
  expanded?: boolean;
}

export interface DataGridProps<T> {
  /** The grid's accessible name. */
  label: string;
  columns: readonly GridNode<T>[];
  rowCount: number;
  /** The row at an index; undefined while its page loads. */
  row: (index: number) => T | undefined;
  rowId: (row: T, index: number) => string;
  pinnedBottom?: readonly T[];
  /** ROW_HEIGHT unless given. */
  rowHeight?: number;
  /** HEADER_HEIGHT unless given. */
  headerHeight?: number;
  /** A fixed height; without it the grid is as tall as its rows, up to maxHeight. */
  height?: number;
  maxHeight?: number;
  /** Makes the grid a treegrid: each row's level and, for rows with children, whether open. */
  tree?: (row: T) => TreeAria;
  rowClass?: (row: T) => string | undefined;
  sort?: readonly SortItem[];
  onSort?: (sort: SortItem[]) => void;
  filters?: FilterState;
  onFilter?: (filters: FilterState) => void;
  /** Enter or Space on a body cell (the header's keys sort). */
  onCellKey?: (e: KeyboardEvent, row: T, column: GridColumn<T>) => void;
  onCellDoubleClick?: (row: T, column: GridColumn<T>) => void;
  /** The rows in view (with a margin) changed: a paged grid asks for them. */
  onRange?: (start: number, end: number) => void;
  /** A message over the grid while its content is computed. */
  overlay?: string | null;
  /** What an empty grid says. */
  empty?: string;
  /** When this changes, the grid goes back to its first row (a new sort or filter). */
  resetKey?: unknown;
}

const SORT_MARK = { asc: '▲', desc: '▼' } as const;
/** How far outside the screen rows are drawn: a quick scroll shows rows, not a blank. */
const OVERSCAN = 8;
const NO_FILTERS: FilterState = {};
const NO_SORT: readonly SortItem[] = [];

export function DataGrid<T>(props: DataGridProps<T>) {
  const { columns, rowCount, rowHeight = ROW_HEIGHT, headerHeight = HEADER_HEIGHT, pinnedBottom = [], sort = NO_SORT, filters = NO_FILTERS } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [viewWidth, setViewWidth] = useState(0);
  const [scrollbar, setScrollbar] = useState(0);
  const [menu, setMenu] = useState<{ col: GridColumn<T>; anchor: DOMRect } | null>(null);
  const { leaves, headerGroups, widths, totalWidth, pinnedLeft, pinnedWidth, leftOf } = useColumnLayout(columns, sort, filters, viewWidth);
  const depth = headerDepth(columns);

  const headHeight = depth * headerHeight;
  const footHeight = pinnedBottom.length * rowHeight;
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    scrollMargin: headHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const { onRange } = props;
  useEffect(() => {
    if (onRange && last >= first) onRange(first, last + 1);
  }, [onRange, first, last]);

  // the view's width (flex columns fill it) and the horizontal scrollbar's height (kept under the rows)
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      setViewWidth(el.clientWidth);
      setScrollbar(el.offsetHeight - el.clientHeight - (el.clientTop * 2));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) setScrollbar(Math.max(0, el.offsetHeight - el.clientHeight - el.clientTop * 2));
  }, [totalWidth, viewWidth]);

  const { resetKey } = props;
  const firstReset = useRef(true);
  useEffect(() => {
    if (firstReset.current) {
      firstReset.current = false;
      return;
    }
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  const rowsAll = rowCount + pinnedBottom.length;
  const headerFocusable = !!props.onSort || !!props.onFilter;
  const { active, goTo, keyOn, onFocusIn } = useGridFocus(scroller, {
    rowCount, pinnedRows: pinnedBottom.length, cols: leaves.length, headerFocusable, rowHeight, headHeight, footHeight,
    pinnedCols: pinnedLeft.length, pinnedWidth, widths, leftOf,
  });

  const rowAt = (r: number): T | undefined => (r < rowCount ? props.row(r) : pinnedBottom[r - rowCount]);

  const sortBy = (col: GridColumn<T>, multi: boolean) => {
    if (col.sortable && props.onSort) props.onSort(nextSort(sort, col.id, col.sortFirst ?? 'asc', multi));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-pos]');
    if (!cell || e.target !== cell) return;
    const { at, moved } = keyOn(e, cell);
    if (moved) return;
    const col = leaves[at.col]!;
    if (at.row === -1 && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      sortBy(col, e.shiftKey);
    } else if (at.row === -1 && col.filter && e.key === 'ArrowDown' && e.altKey) {
      e.preventDefault();
      setMenu({ col, anchor: cell.getBoundingClientRect() });
    } else if (at.row >= 0 && (e.key === 'Enter' || e.key === ' ')) {
      const row = rowAt(at.row);
      if (row !== undefined) props.onCellKey?.(e, row, col);
    }
  };

  const pinStyle = (i: number) => (i < pinnedLeft.length ? { left: pinnedLeft[i] } : undefined);
  const cellClass = (i: number, base: string) => `${base}${i < pinnedLeft.length ? ' dg-pinned' : ''}${i === pinnedLeft.length - 1 ? ' dg-pinned-last' : ''}`;

  const bodyRow = (row: T | undefined, r: number, top: number | null, ariaIndex: number) => {
    const tree = row !== undefined && props.tree ? props.tree(row) : undefined;
    const extraClass = row !== undefined ? (props.rowClass?.(row) ?? '') : 'dg-loading-row';
    return (
      <div
        // by position: a row whose page arrives stays the same element, and keeps the focus
        key={r}
        role="row"
        aria-rowindex={ariaIndex}
        aria-level={tree?.level}
        aria-expanded={tree?.expanded}
        data-row-id={row !== undefined ? props.rowId(row, r) : undefined}
        data-row-index={r}
        className={`dg-row ${r % 2 ? 'dg-odd' : ''} ${extraClass}`}
        style={{ height: rowHeight, width: totalWidth, ...(top === null ? {} : { position: 'absolute', top, left: 0 }) }}
      >
        {leaves.map((col, c) => {
          const pos = { row: r, col: c };
          const isActive = active.row === r && active.col === c;
          let content: ReactNode = null;
          let text = '';
          if (row !== undefined) {
            const value = col.value(row, r);
            text = col.text ? col.text(value, row) : value === null || value === undefined ? '' : String(value);
            content = col.render ? col.render(row, r) : <span className="dg-text">{text}</span>;
          }
          const extra = row !== undefined ? (col.cellClass?.(row, col.value(row, r)) ?? '') : '';
          return (
            <div
              key={col.id}
              role={c === 0 && props.tree ? 'rowheader' : 'gridcell'}
              aria-colindex={c + 1}
              data-col-id={col.id}
              data-pos={posKey(pos)}
              tabIndex={isActive ? 0 : -1}
              title={row !== undefined ? col.title?.(row, text) : undefined}
              className={cellClass(c, `dg-cell${col.numeric ? ' num' : ''} ${extra}`)}
              style={{ width: widths[c], ...pinStyle(c), ...(row !== undefined ? col.cellStyle?.(row) : undefined) }}
              onDoubleClick={row !== undefined && props.onCellDoubleClick ? () => props.onCellDoubleClick!(row, col) : undefined}
            >
              {content}
            </div>
          );
        })}
      </div>
    );
  };

  const headerCell = (h: Header<unknown, unknown>, rowIndex: number) => {
    const meta = h.column.columnDef.meta as (LeafMeta<T> & { group?: { className?: string } }) | undefined;
    const isLeafRow = rowIndex === headerGroups.length - 1;
    const leafIndex = leaves.findIndex((l) => l.id === (h.isPlaceholder ? h.placeholderId ?? h.column.id : h.column.id));
    const col = !h.isPlaceholder && h.subHeaders.length === 0 ? meta?.col : undefined;
    // the header of a leaf column sits in the last header row; above it, an empty placeholder
    const firstLeaf = leaves.findIndex((l) => l.id === h.getLeafHeaders()[0]?.column.id);
    const pinned = firstLeaf >= 0 && firstLeaf < pinnedLeft.length;
    const style = { width: h.getSize(), height: headerHeight, ...(pinned ? { left: pinnedLeft[firstLeaf] } : {}) };
    if (!col || !isLeafRow) {
      const label = h.isPlaceholder || col ? '' : String(h.column.columnDef.header ?? '');
      return (
        <div key={h.id} role="columnheader" aria-colspan={h.colSpan > 1 ? h.colSpan : undefined} className={`dg-header dg-group ${pinned ? 'dg-pinned' : ''} ${meta?.group?.className ?? ''} ${h.isPlaceholder ? 'dg-placeholder' : ''}`} style={style} title={label || undefined}>
          <span className="dg-header-text">{label}</span>
        </div>
      );
    }
    const s = sort.findIndex((x) => x.colId === col.id);
    const direction = s >= 0 ? sort[s]!.sort : null;
    const pos = { row: -1, col: leafIndex };
    const filtered = !!filters[col.id];
    return (
      <div
        key={h.id}
        role="columnheader"
        aria-colindex={leafIndex + 1}
        aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
        data-col-id={col.id}
        data-pos={headerFocusable ? posKey(pos) : undefined}
        tabIndex={headerFocusable ? (active.row === -1 && active.col === leafIndex ? 0 : -1) : undefined}
        className={cellClass(leafIndex, `dg-header${col.numeric ? ' num' : ''}${col.sortable && props.onSort ? ' dg-sortable' : ''}`)}
        style={style}
        title={col.headerTitle ?? col.header}
        onClick={(e) => sortBy(col, e.shiftKey)}
      >
        <span className="dg-header-text">{col.header}</span>
        {direction && (
          <span className="dg-sort" aria-hidden="true">
            {SORT_MARK[direction]}
            {sort.length > 1 ? s + 1 : ''}
          </span>
        )}
        {col.filter && props.onFilter && (
          <button
            type="button"
            tabIndex={-1}
            className={`dg-filter-button${filtered ? ' active' : ''}`}
            aria-label={`Filter ${col.header}${filtered ? ' (filtered)' : ''}`}
            onClick={(e) => {
              e.stopPropagation();
              setMenu({ col, anchor: (e.currentTarget.parentElement as HTMLElement).getBoundingClientRect() });
            }}
          >
            <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
              <path d="M2 3h12l-4.5 5.2V13l-3-1.5V8.2z" fill={filtered ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
            </svg>
          </button>
        )}
        <div
          className={`dg-resize${h.column.getIsResizing() ? ' active' : ''}`}
          aria-hidden="true"
          onMouseDown={h.getResizeHandler()}
          onClick={(e) => e.stopPropagation()}
          onDoubleClick={() => h.column.resetSize()}
        />
      </div>
    );
  };

  const natural = headHeight + rowCount * rowHeight + footHeight + scrollbar + 2 + (rowCount === 0 ? rowHeight * 2 : 0);
  const height = props.height ?? Math.min(natural, props.maxHeight ?? natural);
  const applyFilter = (col: GridColumn<T>, model: FilterModel | null) => {
    const next = { ...filters };
    if (model) next[col.id] = model;
    else delete next[col.id];
    props.onFilter?.(next);
  };

  // back to the column's header after Escape or Apply, as a menu opened from it should
  const closeMenu = (returnFocus: boolean) => {
    const col = menu ? leaves.indexOf(menu.col) : -1;
    setMenu(null);
    if (returnFocus && headerFocusable && col >= 0) goTo({ row: -1, col });
  };

  return (
    <div className="dg-wrap" style={{ height }}>
      <div
        ref={scroller}
        className="dg-scroll"
        role={props.tree ? 'treegrid' : 'grid'}
        aria-label={props.label}
        aria-rowcount={depth + rowsAll}
        aria-colcount={leaves.length}
        aria-busy={props.overlay ? true : undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocusIn}
      >
        <div className="dg-sizer" style={{ width: totalWidth, minHeight: '100%' }}>
          <div role="rowgroup" className="dg-head" style={{ width: totalWidth }}>
            {headerGroups.map((g, i) => (
              <div key={g.id} role="row" aria-rowindex={i + 1} className="dg-header-row" style={{ height: headerHeight, width: totalWidth }}>
                {g.headers.map((h) => headerCell(h, i))}
              </div>
            ))}
          </div>
          <div role="rowgroup" className="dg-body" style={{ height: rowCount * rowHeight, width: totalWidth }}>
            {items.map((v) => bodyRow(props.row(v.index), v.index, v.start - headHeight, depth + v.index + 1))}
          </div>
          {rowCount === 0 && !props.overlay && props.empty && (
            <div className="dg-empty" role="status">
              {props.empty}
            </div>
          )}
          {pinnedBottom.length > 0 && (
            <div role="rowgroup" className="dg-foot" style={{ width: totalWidth }}>
              {pinnedBottom.map((row, i) => bodyRow(row, rowCount + i, null, depth + rowCount + i + 1))}
            </div>
          )}
        </div>
      </div>
      {props.overlay && (
        <div className="dg-overlay" role="status">
          <span>{props.overlay}</span>
        </div>
      )}
      {menu && menu.col.filter && (
        <FilterMenu
          column={menu.col.header}
          kind={menu.col.filter.kind}
          options={menu.col.filter.options}
          model={filters[menu.col.id] ?? null}
          anchor={menu.anchor}
          onApply={(m) => {
            applyFilter(menu.col, m);
            closeMenu(true);
          }}
          onClose={closeMenu}
        />
      )}
    </div>
  );
}
