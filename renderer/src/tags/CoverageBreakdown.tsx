// Coverage by account or by service: what each costs, how much of it is taggable, and the share
// carrying all keys and each key over the chosen denominator. Sortable by any column.
import { useMemo, useState } from 'react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { TagAuditResult } from '../../../core/api/tags-contract.ts';
import { gridTheme } from '../explore/grid-setup.ts';
import { formatValue } from '../explore/number-format.ts';
import { Segmented } from '../explore/Segmented.tsx';
import { ALL_KEYS, BREAKDOWNS, breakdownRows, DENOMINATORS, type Breakdown, type BreakdownRow, type Denominator } from './coverage-model.ts';

const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 34;
const GRID_HEIGHT = 420;
const AUTO_HEIGHT_ROWS = 12;

export function CoverageBreakdown({ result, currency }: { result: TagAuditResult; currency: string | null }) {
  const [by, setBy] = useState<Breakdown>('account');
  const [over, setOver] = useState<Denominator>('taggable');
  const rows = useMemo(() => breakdownRows(result, by, over), [result, by, over]);
  const target = result.target;
  const defs = useMemo<ColDef<BreakdownRow>[]>(() => {
    const money = (p: ValueFormatterParams<BreakdownRow>) => formatValue(p.value as number, 'money', currency);
    const share = (p: ValueFormatterParams<BreakdownRow>) => formatValue(p.value as number | null, 'ratio', null);
    // a share under the target stands out; the one above it reads as done
    const shareClass = (p: { value: unknown }) => (typeof p.value === 'number' ? (p.value >= target ? 'share-ok' : 'share-low') : '');
    const shareCol = (id: string, headerName: string, get: (r: BreakdownRow) => number | null): ColDef<BreakdownRow> => ({
      colId: id,
      headerName,
      headerTooltip: `${headerName}: share ${DENOMINATORS.find((d) => d.id === over)!.label}`,
      valueGetter: (p) => (p.data ? get(p.data) : null),
      valueFormatter: share,
      cellClassRules: { 'share-ok': (p) => shareClass(p) === 'share-ok', 'share-low': (p) => shareClass(p) === 'share-low' },
      type: 'rightAligned',
      width: 120,
      sortingOrder: ['asc', 'desc'],
    });
    return [
      {
        colId: 'name',
        headerName: by === 'account' ? 'Account' : 'Service',
        valueGetter: (p) => p.data?.name,
        tooltipValueGetter: (p) => (p.data?.detail ? `${p.data.name} (${p.data.detail})` : p.data?.name),
        flex: 1,
        minWidth: 200,
        cellClass: 'ellipsis',
      },
      { colId: 'totalCost', headerName: 'All cost', field: 'totalCost', valueFormatter: money, type: 'rightAligned', width: 130, sort: 'desc', sortingOrder: ['desc', 'asc'] },
      { colId: 'taggableCost', headerName: 'Taggable cost', field: 'taggableCost', valueFormatter: money, type: 'rightAligned', width: 140, sortingOrder: ['desc', 'asc'] },
      shareCol('allKeys', ALL_KEYS, (r) => r.allKeys),
      ...result.requiredKeys.map((k, i) => shareCol(`key:${k}`, k, (r) => r.keys[i] ?? null)),
    ];
  }, [by, over, currency, result.requiredKeys, target]);
  // a short list takes the height it needs; a long one (services) scrolls
  const autoHeight = rows.length <= AUTO_HEIGHT_ROWS;
  const overLabel = DENOMINATORS.find((d) => d.id === over)!.label;

  return (
    <section className="card breakdown" aria-labelledby="breakdown-title">
      <div className="section-head">
        <h2 id="breakdown-title">Where coverage falls short</h2>
        <Segmented label="Break coverage down" options={BREAKDOWNS} value={by} onChange={setBy} />
        <span className="muted small">Shares</span>
        <Segmented label="Shares over" options={DENOMINATORS.map((d) => ({ id: d.id, label: d.label }))} value={over} onChange={setOver} />
      </div>
      <div className="breakdown-grid" data-testid="coverage-breakdown" style={autoHeight ? undefined : { height: GRID_HEIGHT }}>
        <AgGridReact<BreakdownRow>
          theme={gridTheme}
          rowData={rows}
          domLayout={autoHeight ? 'autoHeight' : 'normal'}
          columnDefs={defs}
          getRowId={(p) => p.data.id || '(none)'}
          defaultColDef={{ sortable: true, resizable: true }}
          rowHeight={ROW_HEIGHT}
          headerHeight={HEADER_HEIGHT}
          tooltipShowDelay={400}
          localeText={{ noRowsToShow: 'No cost in this period.' }}
        />
      </div>
      <p className="muted small hint">
        Shares {overLabel}: the part of each {by === 'account' ? 'account' : 'service'}’s cost carrying all required keys, then each key. Click a header to sort.
      </p>
    </section>
  );
}
