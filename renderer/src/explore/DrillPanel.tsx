// The line items behind one cell, in a grid on ag-grid's Infinite Row Model: pages of 200 are
// asked for as the person scrolls, sorted and filtered by DuckDB (pivotDrill), so a cell of
// hundreds of thousands of lines scrolls like a small one. The count and cost of the cell
// come with the first page of each sort/filter and equal the pivot cell before rounding.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ColDef, FilterChangedEvent, GridApi, IDatasource, IGetRowsParams, SortChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatCount } from '../format.ts';
import { toError } from '../frame/use-workspace.ts';
import { DrillPaging } from './drill-paging.ts';
import { DATE_FILTER_OPTIONS, drillColumns, drillSort, drillWhere, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './drill-query.ts';
import { jumpRow } from './grid-keys.ts';
import { gridTheme } from './grid-setup.ts';
import { isCostCategory, isTag, isTimeBucket, measureLabel, type Basis } from './labels.ts';
import { saveExport } from './download.ts';
import { formatExactMoney, formatValue } from './number-format.ts';
import type { DrillTarget } from './PivotGrid.tsx';
import { wholeSpec } from './spec-edit.ts';

type Line = Record<string, unknown>;
const BLOCK = 200;
/** Long ids (ARNs) end in … with the whole value in a tooltip: the cost columns stay in view. */
const ID_WIDTH = 220;
const EXPORTS = [
  { format: 'csv', label: 'Export lines as CSV' },
  { format: 'xlsx', label: 'Export lines as Excel' },
] as const;
const BASIS_COLUMN: Record<Basis, string> = { Effective: 'EffectiveCost', Billed: 'BilledCost', List: 'ListCost', Contracted: 'ContractedCost' };

interface Props {
  client: WorkbenchClient;
  spec: PivotSpec;
  target: DrillTarget;
  title: string;
  types: ReadonlyMap<string, string>;
  currency: string | null;
  onClose: () => void;
}

/** Key=value columns: shown as `key=value; …`, filtered by "contains", not sorted. */
const MAP_COLUMNS = new Set(['Tags', 'x_CostCategories']);

function columnDef(name: string, type: string, currency: string | null, basis: Basis): ColDef<Line> {
  const base: ColDef<Line> = {
    colId: name,
    field: name,
    headerName: name,
    headerTooltip: name,
    width: Math.max(130, name.length * 8 + 56),
    sortable: !MAP_COLUMNS.has(name),
    // no unsorted step: the lines always have an order a person chose
    sortingOrder: type.startsWith('DECIMAL') ? ['desc', 'asc'] : ['asc', 'desc'],
    resizable: true,
    filterParams: { maxNumConditions: 1, buttons: ['apply', 'reset'], closeOnApply: true },
  };
  if (MAP_COLUMNS.has(name)) {
    return { ...base, width: 260, filter: 'agTextColumnFilter', filterParams: { ...base.filterParams, filterOptions: ['contains'] }, valueFormatter: (p) => Object.entries((p.value as Record<string, string> | null) ?? {}).map(([k, v]) => `${k}=${v}`).join('; ') };
  }
  if (type.startsWith('DECIMAL')) {
    // a line's money at its precision (hourly prices have 4+ decimals); quantities as counted
    const money = /(Cost|Price|Rate)$/.test(name);
    const isBasis = name === BASIS_COLUMN[basis];
    return {
      ...base,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      filterParams: { ...base.filterParams, filterOptions: NUMBER_FILTER_OPTIONS },
      valueFormatter: (p) => (money ? formatExactMoney(p.value as number | null, currency) : formatValue(p.value as number | null, 'quantity', currency)),
      // a style, not a class: a cellClass would replace the right alignment of the column type
      ...(isBasis ? { sort: 'desc' as const, pinned: 'left' as const, cellStyle: { fontWeight: 600 } } : {}),
    };
  }
  if (type === 'TIMESTAMP') {
    return { ...base, filter: 'agDateColumnFilter', filterParams: { ...base.filterParams, filterOptions: DATE_FILTER_OPTIONS, inRangeInclusive: true }, valueFormatter: (p) => (typeof p.value === 'string' ? p.value.slice(0, 16).replace('T', ' ') : '') };
  }
  const wide = ['ChargeDescription', 'ServiceName'].includes(name);
  const width = name === 'ResourceId' ? ID_WIDTH : wide ? 240 : Math.max(170, base.width ?? 0);
  return { ...base, width, filter: 'agTextColumnFilter', filterParams: { ...base.filterParams, filterOptions: TEXT_FILTER_OPTIONS }, tooltipField: name, cellClass: 'drill-text' };
}

const stemOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'cell';

export function DrillPanel({ client, spec, target, title, types, currency, onClose }: Props) {
  const [count, setCount] = useState<{ lines: number; cost: number } | null>(null);
  const [cellTotal, setCellTotal] = useState<{ lines: number; cost: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const grid = useRef<GridApi<Line> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const basis = spec.basis as Basis;
  const dims = [...spec.rows, ...spec.columns].filter((d) => !isTimeBucket(d) && !isTag(d) && !isCostCategory(d) && types.has(d));
  // a view by cost category shows each line's categories, as every view shows its tags
  const byCategory = [...spec.rows, ...spec.columns, ...spec.filters.map((f) => f.dimension)].some(isCostCategory);
  const columns = drillColumns(BASIS_COLUMN[basis], byCategory ? [...dims, 'x_CostCategories'] : dims);
  const key = JSON.stringify([wholeSpec(spec), target.rowKeys, target.columnKeys, columns]);

  useEffect(() => heading.current?.focus(), [key]);

  const defs = useMemo<ColDef<Line>[]>(
    () => [
      { colId: '#', headerName: '#', width: 96, sortable: false, filter: false, pinned: 'left', valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1, valueFormatter: (p) => formatCount(p.value as number) },
      ...columns.map((c) => columnDef(c, types.get(c) ?? (MAP_COLUMNS.has(c) ? 'MAP' : 'VARCHAR'), currency, basis)),
    ],
    // `key` covers spec, target and columns
    [key, currency, types],
  );

  // one per grid: the count and summary follow the sort and filter shown (`key` covers spec, target and columns)
  const paging = useMemo(() => new DrillPaging(), [key]);
  const datasource = useMemo<IDatasource>(() => {
    return {
      getRows: (p: IGetRowsParams) => {
        const asked = paging.ask({ sort: drillSort(p.sortModel), where: drillWhere(p.filterModel as Parameters<typeof drillWhere>[0]) }, p.startRow, p.endRow);
        client
          .call('pivotDrill', {
            spec: wholeSpec(spec),
            cell: { rows: target.rowKeys, columns: target.columnKeys },
            offset: asked.offset,
            limit: asked.limit,
            ...asked.query,
            columns,
            withTotals: asked.withTotals,
          })
          .then((r) => {
            const taken = paging.take(asked, r.rows.length, r.totals);
            if (taken.shown) setCount(taken.shown);
            if (taken.cell) setCellTotal(taken.cell);
            setError(null);
            p.successCallback(r.rows, taken.lastRow);
          })
          .catch((err: unknown) => {
            setError(toError(err));
            p.failCallback();
          });
      },
    };
    // `key` covers spec, target and columns
  }, [client, key, paging]);

  // Ctrl+Home / Ctrl+End from a cell: the first / last line, focused (grid-keys.ts says why)
  const onGridKey = (e: KeyboardEvent) => {
    const api = grid.current;
    const focused = api?.getFocusedCell();
    if (!api || !focused || !(e.target as HTMLElement).closest('.ag-cell')) return;
    const row = jumpRow(e, api.getDisplayedRowCount());
    if (row === null) return;
    e.preventDefault();
    e.stopPropagation();
    api.ensureIndexVisible(row);
    api.setFocusedCell(row, focused.column);
  };
  // A new sort or filter starts at its first line. Left alone, ag-grid keeps the scroll position
  // but restarts the list at 200 rows until the count comes, so a person who was far down lands
  // near row 190 of the new order (with row 0 drawn only because it holds the focus).
  const toFirstLine = (e: SortChangedEvent<Line> | FilterChangedEvent<Line>) => {
    if (e.api.getDisplayedRowCount() > 0) e.api.ensureIndexVisible(0, 'top');
  };

  const exportLines = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      const file = await client.call('pivotDrillExport', { spec: wholeSpec(spec), cell: { rows: target.rowKeys, columns: target.columnKeys }, columns, ...paging.shownQuery, format, title });
      saveExport(file, `line-items-${stemOf(title)}.${format}`);
      setError(null);
    } catch (err) {
      setError(toError(err));
    } finally {
      setExporting(null);
    }
  };

  const filtered = count && cellTotal && count.lines !== cellTotal.lines;
  return (
    <section className="card drill" aria-labelledby="drill-title" data-testid="drill-panel" onKeyDown={(e) => e.key === 'Escape' && !(e.target as HTMLElement).closest('.ag-popup') && onClose()}>
      <div className="row center">
        <h2 id="drill-title" ref={heading} tabIndex={-1} className="grow">
          Line items: {title}
        </h2>
        {EXPORTS.map((e) => (
          <button key={e.format} type="button" disabled={exporting !== null} aria-busy={exporting === e.format} title="The lines as sorted and filtered here, with what they are (cell, filters, period, basis) at the top" onClick={() => void exportLines(e.format)}>
            {exporting === e.format ? 'Preparing…' : e.label}
          </button>
        ))}
        <button type="button" onClick={onClose}>
          Close line items
        </button>
      </div>
      <p className="drill-summary" data-testid="drill-summary" aria-live="polite">
        {count ? (
          <>
            <strong>{formatCount(count.lines)}</strong> line {count.lines === 1 ? 'item' : 'items'} · {measureLabel('cost', basis)} <strong>{formatValue(count.cost, 'money', currency)}</strong>
            {filtered && <span className="muted"> (filtered from {formatCount(cellTotal.lines)} line items, {formatValue(cellTotal.cost, 'money', currency)})</span>}
          </>
        ) : (
          <span className="muted">Finding the line items…</span>
        )}
      </p>
      {error && <ErrorNotice error={error} title="Could not read the line items" />}
      <div className="drill-grid" data-testid="drill-grid" onKeyDownCapture={onGridKey} style={{ height: Math.min(460, Math.max(150, 36 + 30 * (cellTotal?.lines ?? 12) + 18)) }}>
        <AgGridReact<Line>
          key={key}
          theme={gridTheme}
          rowModelType="infinite"
          datasource={datasource}
          onGridReady={(e) => (grid.current = e.api)}
          onSortChanged={toFirstLine}
          onFilterChanged={toFirstLine}
          columnDefs={defs}
          cacheBlockSize={BLOCK}
          maxBlocksInCache={40}
          blockLoadDebounceMillis={40}
          infiniteInitialRowCount={BLOCK}
          rowHeight={30}
          // a few dozen columns: drawing them all keeps horizontal scrolling smooth and every cell findable
          suppressColumnVirtualisation
          headerHeight={34}
          tooltipShowDelay={500}
          localeText={{ noRowsToShow: 'No line items match these filters.' }}
        />
      </div>
      <p className="muted small">Sorted and filtered in the workspace: click a column header to sort (Shift+click for a second sort), use its menu to filter.</p>
    </section>
  );
}
