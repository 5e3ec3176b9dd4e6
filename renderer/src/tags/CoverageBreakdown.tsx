// Coverage by account or by service: what each costs, how much of it is taggable, and the share
// carrying all keys and each key over the chosen denominator. Sortable by any column.
import { useMemo, useState } from 'react';
import type { TagAuditResult } from '../../../core/api/tags-contract.ts';
import { DataGrid } from '../grid/DataGrid.tsx';
import { sortRows, type GridColumn, type SortItem } from '../grid/grid-model.ts';
import { formatValue } from '../explore/number-format.ts';
import { Segmented } from '../explore/Segmented.tsx';
import { ALL_KEYS, BREAKDOWNS, breakdownRows, DENOMINATORS, type Breakdown, type BreakdownRow, type Denominator } from './coverage-model.ts';

const GRID_HEIGHT = 420;
const AUTO_HEIGHT_ROWS = 12;

export function CoverageBreakdown({ result, currency }: { result: TagAuditResult; currency: string | null }) {
  const [by, setBy] = useState<Breakdown>('account');
  const [over, setOver] = useState<Denominator>('taggable');
  const rows = useMemo(() => breakdownRows(result, by, over), [result, by, over]);
  const target = result.target;
  const [sort, setSort] = useState<SortItem[]>([{ colId: 'totalCost', sort: 'desc' }]);
  const defs = useMemo<GridColumn<BreakdownRow>[]>(() => {
    const money = (v: unknown) => formatValue(v as number, 'money', currency);
    const share = (v: unknown) => formatValue(v as number | null, 'ratio', null);
    // a share under the target stands out; the one above it reads as done
    const shareClass = (_r: BreakdownRow, v: unknown) => (typeof v === 'number' ? (v >= target ? 'share-ok' : 'share-low') : undefined);
    const overText = DENOMINATORS.find((d) => d.id === over)!.label;
    const shareCol = (id: string, header: string, get: (r: BreakdownRow) => number | null): GridColumn<BreakdownRow> => ({
      id,
      header,
      headerTitle: `${header}: share ${overText}`,
      value: get,
      text: share,
      cellClass: shareClass,
      numeric: true,
      width: 120,
      sortable: true,
      sortFirst: 'asc',
    });
    return [
      {
        id: 'name',
        header: by === 'account' ? 'Account' : 'Service',
        value: (r) => r.name,
        title: (r) => (r.detail ? `${r.name} (${r.detail})` : r.name),
        flex: 1,
        width: 200,
        minWidth: 120,
        sortable: true,
      },
      { id: 'totalCost', header: 'All cost', value: (r) => r.totalCost, text: money, numeric: true, width: 130, sortable: true, sortFirst: 'desc' },
      { id: 'taggableCost', header: 'Taggable cost', value: (r) => r.taggableCost, text: money, numeric: true, width: 140, sortable: true, sortFirst: 'desc' },
      shareCol('allKeys', ALL_KEYS, (r) => r.allKeys),
      ...result.requiredKeys.map((k, i) => shareCol(`key:${k}`, k, (r) => r.keys[i] ?? null)),
    ];
  }, [by, over, currency, result.requiredKeys, target]);
  const sorted = useMemo(() => sortRows(rows, sort, defs), [rows, sort, defs]);
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
      <div className="breakdown-grid" data-testid="coverage-breakdown">
        <DataGrid<BreakdownRow>
          label="Coverage breakdown"
          columns={defs}
          rowCount={sorted.length}
          row={(i) => sorted[i]}
          rowId={(r) => r.id || '(none)'}
          {...(autoHeight ? {} : { height: GRID_HEIGHT })}
          sort={sort}
          onSort={setSort}
          empty="No cost in this period."
        />
      </div>
      <p className="muted small hint">
        Shares {overLabel}: the part of each {by === 'account' ? 'account' : 'service'}’s cost carrying all required keys, then each key. Click a header to sort.
      </p>
    </section>
  );
}
