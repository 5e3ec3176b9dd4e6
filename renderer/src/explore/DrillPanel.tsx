// The line items behind one cell, in a grid of paged rows (grid/use-paged-rows.ts): pages of 200 are
// asked for as the person scrolls, sorted and filtered by DuckDB (pivotDrill), so a cell of
// hundreds of thousands of lines scrolls like a small one. The count and cost of the cell
// come with the first page of each sort/filter and equal the pivot cell before rounding.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { DataGrid } from '../grid/DataGrid.tsx';
import type { FilterState, GridColumn, SortItem } from '../grid/grid-model.ts';
import { usePagedRows, type PageAnswer } from '../grid/use-paged-rows.ts';
import { formatCount } from '../format.ts';
import { toError } from '../frame/use-workspace.ts';
import { DrillPaging } from './drill-paging.ts';
import { DATE_FILTER_OPTIONS, drillColumns, drillSort, drillWhere, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './drill-query.ts';
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

function columnDef(name: string, type: string, currency: string | null, basis: Basis): GridColumn<Line> {
  const base: GridColumn<Line> = {
    id: name,
    header: name,
    headerTitle: name,
    width: Math.max(130, name.length * 8 + 56),
    value: (r) => r[name],
    sortable: !MAP_COLUMNS.has(name),
    // money largest first; the rest in reading order
    sortFirst: type.startsWith('DECIMAL') ? 'desc' : 'asc',
  };
  if (MAP_COLUMNS.has(name)) {
    const text = (v: unknown) => Object.entries((v as Record<string, string> | null) ?? {}).map(([k, x]) => `${k}=${x}`).join('; ');
    return { ...base, width: 260, text, title: (_r, t) => t, filter: { kind: 'text', options: ['contains'] } };
  }
  if (type.startsWith('DECIMAL')) {
    // a line's money at its precision (hourly prices have 4+ decimals); quantities as counted
    const money = /(Cost|Price|Rate)$/.test(name);
    const isBasis = name === BASIS_COLUMN[basis];
    return {
      ...base,
      numeric: true,
      filter: { kind: 'number', options: NUMBER_FILTER_OPTIONS },
      text: (v) => (money ? formatExactMoney(v as number | null, currency) : formatValue(v as number | null, 'quantity', currency)),
      ...(isBasis ? { pinned: true, cellStyle: () => ({ fontWeight: 600 }) } : {}),
    };
  }
  if (type === 'TIMESTAMP') {
    return { ...base, filter: { kind: 'date', options: DATE_FILTER_OPTIONS }, text: (v) => (typeof v === 'string' ? v.slice(0, 16).replace('T', ' ') : '') };
  }
  const wide = ['ChargeDescription', 'ServiceName'].includes(name);
  const width = name === 'ResourceId' ? ID_WIDTH : wide ? 240 : Math.max(170, base.width);
  return { ...base, width, filter: { kind: 'text', options: TEXT_FILTER_OPTIONS }, title: (_r, t) => t, cellClass: () => 'drill-text' };
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
  const heading = useRef<HTMLHeadingElement>(null);
  const basis = spec.basis as Basis;
  const dims = [...spec.rows, ...spec.columns].filter((d) => !isTimeBucket(d) && !isTag(d) && !isCostCategory(d) && types.has(d));
  // a view by cost category shows each line's categories, as every view shows its tags
  const byCategory = [...spec.rows, ...spec.columns, ...spec.filters.map((f) => f.dimension)].some(isCostCategory);
  const columns = drillColumns(BASIS_COLUMN[basis], byCategory ? [...dims, 'x_CostCategories'] : dims);
  const key = JSON.stringify([wholeSpec(spec), target.rowKeys, target.columnKeys, columns]);

  useEffect(() => heading.current?.focus(), [key]);

  const defs = useMemo<GridColumn<Line>[]>(
    () => [
      { id: '#', header: '#', width: 96, pinned: true, numeric: true, value: (_r, i) => i + 1, text: (v) => formatCount(v as number) },
      // the basis cost pinned beside the row number, so long ids never push it off screen
      ...[BASIS_COLUMN[basis], ...columns.filter((c) => c !== BASIS_COLUMN[basis])]
        .filter((c) => columns.includes(c))
        .map((c) => columnDef(c, types.get(c) ?? (MAP_COLUMNS.has(c) ? 'MAP' : 'VARCHAR'), currency, basis)),
    ],
    // `key` covers spec, target and columns
    [key, currency, types],
  );
  // no unsorted step: the lines always have an order a person chose, first the basis cost, largest first
  const [sort, setSort] = useState<SortItem[]>([{ colId: BASIS_COLUMN[basis], sort: 'desc' }]);
  const [filters, setFilters] = useState<FilterState>({});
  useEffect(() => {
    setSort([{ colId: BASIS_COLUMN[basis], sort: 'desc' }]);
    setFilters({});
  }, [key, basis]);

  // one per grid: the count and summary follow the sort and filter shown (`key` covers spec, target and columns)
  const paging = useMemo(() => new DrillPaging(), [key]);
  const query = useMemo(() => ({ sort: drillSort(sort), where: drillWhere(filters) }), [sort, filters]);
  const fetchPage = useCallback(
    (start: number, end: number): Promise<PageAnswer<Line>> => {
      const asked = paging.ask(query, start, end);
      return client
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
          return { rows: r.rows, lastRow: taken.lastRow };
        })
        .catch((err: unknown) => {
          setError(toError(err));
          throw err;
        });
    },
    // `key` covers spec, target and columns
    [client, key, paging, query],
  );
  const queryKey = JSON.stringify([key, query]);
  const lines = usePagedRows(fetchPage, BLOCK, queryKey);

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
    <section className="card drill" aria-labelledby="drill-title" data-testid="drill-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
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
      <div className="drill-grid" data-testid="drill-grid">
        <DataGrid<Line>
          label={`Line items: ${title}`}
          columns={defs}
          rowCount={lines.rowCount}
          row={lines.row}
          rowId={(_r, i) => String(i)}
          rowHeight={30}
          height={Math.min(460, Math.max(150, 36 + 30 * (cellTotal?.lines ?? 12) + 18))}
          sort={sort}
          onSort={setSort}
          filters={filters}
          onFilter={setFilters}
          onRange={lines.onRange}
          // a new sort or filter starts at its first line
          resetKey={queryKey}
          empty={lines.ready ? 'No line items match these filters.' : undefined}
        />
      </div>
      <p className="muted small">Sorted and filtered in the workspace: click a column header to sort (Shift+click for a second sort), its funnel to filter (Alt+↓ on a focused header).</p>
    </section>
  );
}
