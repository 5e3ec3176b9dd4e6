// A grid's columns laid out: each leaf's width (never narrower than its header's words, flex
// columns sharing the view's spare room: column-widths.ts), the user's resizing, and where the
// pinned first columns stick. Headers and column groups come from @tanstack/react-table.
import { getCoreRowModel, useReactTable, type ColumnDef, type ColumnSizingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { flexExtra } from './column-widths.ts';
import { isGroup, leafColumns, type FilterState, type GridColumn, type GridNode, type SortItem } from './grid-model.ts';
import { headerWidth } from './text-width.ts';

/** What a leaf column's definition carries for the grid's header cells. */
export interface LeafMeta<T> {
  col: GridColumn<T>;
}

const DEFAULT_MIN_WIDTH = 48;

/** A leaf's width and least width: never narrower than its header's words. */
interface Span {
  width: number;
  min: number;
}

function toDefs<T>(nodes: readonly GridNode<T>[], spans: ReadonlyMap<string, Span>, extra: ReadonlyMap<string, number>): ColumnDef<unknown>[] {
  return nodes.map((n) => {
    if (isGroup(n)) return { id: n.id, header: n.header, columns: toDefs(n.children, spans, extra), meta: { group: n } };
    const span = spans.get(n.id)!;
    return { id: n.id, header: n.header, size: span.width + (extra.get(n.id) ?? 0), minSize: span.min, maxSize: 2000, meta: { col: n } satisfies LeafMeta<T> };
  });
}

/** `viewWidth`: the scrolling view's inner width, which flex columns fill. */
export function useColumnLayout<T>(columns: readonly GridNode<T>[], sort: readonly SortItem[], filters: FilterState, viewWidth: number) {
  const [sizing, setSizing] = useState<ColumnSizingState>({});
  const leaves = useMemo(() => leafColumns(columns), [columns]);
  const spans = useMemo(() => {
    const out = new Map<string, Span>();
    for (const c of leaves) {
      const header = headerWidth(c.header, { sorted: sort.some((s) => s.colId === c.id), filtered: !!filters[c.id] });
      const min = Math.max(c.minWidth ?? DEFAULT_MIN_WIDTH, header);
      out.set(c.id, { width: Math.max(c.width, min), min });
    }
    return out;
  }, [leaves, sort, filters]);
  const extra = useMemo(() => flexExtra(leaves.map((c) => ({ id: c.id, flex: c.flex, ...spans.get(c.id)! })), viewWidth), [leaves, spans, viewWidth]);
  const defs = useMemo(() => toDefs(columns, spans, extra), [columns, spans, extra]);
  const table = useReactTable<unknown>({
    data: [],
    columns: defs,
    getCoreRowModel: getCoreRowModel(),
    columnResizeMode: 'onChange',
    state: { columnSizing: sizing },
    onColumnSizingChange: setSizing,
  });
  const widths = leaves.map((c) => table.getColumn(c.id)?.getSize() ?? spans.get(c.id)!.width);
  const totalWidth = widths.reduce((s, w) => s + w, 0);
  // pinned columns are the first ones: each sticks at the sum of the pinned widths before it
  const pinnedLeft: number[] = [];
  let pinnedWidth = 0;
  leaves.forEach((c, i) => {
    if (c.pinned && i === pinnedLeft.length) {
      pinnedLeft.push(pinnedWidth);
      pinnedWidth += widths[i]!;
    }
  });
  const leftOf = (i: number) => widths.slice(0, i).reduce((s, w) => s + w, 0);
  return { leaves, headerGroups: table.getHeaderGroups(), widths, totalWidth, pinnedLeft, pinnedWidth, leftOf };
}
