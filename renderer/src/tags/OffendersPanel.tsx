// The offenders: resources missing a required key or carrying an invalid one, ranked by the cost
// at stake, in a grid that sorts and filters; exports of all of them (CSV, or XLSX with a sheet
// per account) for owners to fix; and what all-keys coverage would be if the top N were fixed.
import { useMemo, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { Offender, TagAuditResult, TagAuditSpec } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { saveExport } from '../explore/download.ts';
import { formatValue } from '../explore/number-format.ts';
import { formatCount } from '../format.ts';
import { DataGrid } from '../grid/DataGrid.tsx';
import { cellWidth } from '../grid/text-width.ts';
import { filterRows, sortRows, type FilterState, type GridColumn, type SortItem } from '../grid/grid-model.ts';
import { toError } from '../frame/use-workspace.ts';
import { dayOf, invalidListText, missingText } from './offender-text.ts';

export const FIX_TOP_CHOICES = [5, 10, 20, 50, 100] as const;
const EXPORTS = [
  { format: 'csv', label: 'Export CSV', title: 'Every offender, as one CSV table with what the audit was (policy, basis, period) at the top' },
  { format: 'xlsx', label: 'Export Excel', title: 'Every offender in an .xlsx workbook, one sheet per account, so each owner gets their own list' },
] as const;
const AUTO_HEIGHT_ROWS = 12;
const DAY_SAMPLE = '2026-12-31';
const MIN_COST_WIDTH = 88;
const GRID_HEIGHT = 480;
const TEXT_FILTER = { filter: { kind: 'text', options: ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'] } } as const;
const accountText = (o: Offender) => (o.accountName ? `${o.accountName} (${o.accountId ?? '—'})` : (o.accountId ?? '—'));

interface Props {
  client: WorkbenchClient;
  result: TagAuditResult;
  spec: TagAuditSpec;
  currency: string | null;
  fixTop: number;
  onFixTop: (n: number) => void;
}

export function OffendersPanel({ client, result, spec, currency, fixTop, onFixTop }: Props) {
  const [exporting, setExporting] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sort, setSort] = useState<SortItem[]>([{ colId: 'cost', sort: 'desc' }]);
  const [filters, setFilters] = useState<FilterState>({});
  const defs = useMemo<GridColumn<Offender>[]>(() => {
    const whole = (_r: Offender, t: string) => t;
    // dates and the largest cost always whole; the text columns share what is left
    const dayWidth = cellWidth(DAY_SAMPLE);
    const costWidth = Math.max(MIN_COST_WIDTH, cellWidth(formatValue(Math.max(0, ...result.offenders.map((o) => o.cost)), 'money', currency)));
    const text = { sortable: true, title: whole, ...TEXT_FILTER };
    return [
      { id: 'resourceId', header: 'Resource', value: (o) => o.resourceId, flex: 1.2, width: 120, minWidth: 90, ...text },
      { id: 'account', header: 'Account', value: accountText, flex: 1, width: 130, minWidth: 100, ...text },
      { id: 'serviceName', header: 'Service', value: (o) => o.serviceName, flex: 1, width: 110, minWidth: 100, ...text },
      {
        id: 'cost',
        header: 'Cost',
        value: (o) => o.cost,
        numeric: true,
        width: costWidth,
        sortable: true,
        sortFirst: 'desc',
        text: (v) => formatValue(v as number, 'money', currency),
        filter: { kind: 'number', options: ['greaterThanOrEqual', 'lessThan', 'equals'] },
      },
      { id: 'missing', header: 'Missing keys', value: (o) => missingText(o), flex: 0.8, width: 100, minWidth: 90, ...text },
      { id: 'invalid', header: 'Invalid (value found)', headerTitle: 'Invalid keys, with the value found (and the key as written, when its spelling is wrong)', value: (o) => invalidListText(o), flex: 1.4, width: 150, minWidth: 110, ...text },
      { id: 'firstSeen', header: 'First seen', value: (o) => dayOf(o.firstSeen), width: dayWidth, ...text },
      { id: 'lastSeen', header: 'Last seen', value: (o) => dayOf(o.lastSeen), width: dayWidth, ...text },
    ];
  }, [currency, result.offenders]);
  const shownRows = useMemo(() => sortRows(filterRows(result.offenders, filters, defs), sort, defs), [result.offenders, filters, sort, defs]);

  const exportAll = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    setError(null);
    try {
      saveExport(await client.call('tagsOffendersExport', { spec, format }));
    } catch (err) {
      setError(toError(err));
    } finally {
      setExporting(null);
    }
  };

  const fix = result.ifTopFixed;
  const shown = result.offenders.length;
  // a short list takes the height it needs; a long one scrolls. The columns' widths, each at
  // least its header's (DataGrid), fit a 1280 px window: every header whole, no horizontal
  // scrollbar taking a row's place
  const autoHeight = shown <= AUTO_HEIGHT_ROWS;
  return (
    <section className="card offenders" aria-labelledby="offenders-title">
      <div className="section-head">
        <h2 id="offenders-title">Offenders</h2>
        <span className="muted" data-testid="offenders-summary">
          {result.offenderCount === 0 ? (
            'No resource misses a required key.'
          ) : (
            <>
              <strong>{formatCount(result.offenderCount)}</strong> {result.offenderCount === 1 ? 'resource' : 'resources'} · {formatValue(result.offenderCost, 'money', currency)} of cost missing or misusing a
              required key
              {shown < result.offenderCount && ` · the ${formatCount(shown)} largest shown; exports hold all of them`}
            </>
          )}
        </span>
        <span className="grow" />
        {EXPORTS.map((e) => (
          <button key={e.format} type="button" title={e.title} disabled={exporting !== null || result.offenderCount === 0} aria-busy={exporting === e.format} onClick={() => void exportAll(e.format)}>
            {exporting === e.format ? 'Preparing…' : e.label}
          </button>
        ))}
      </div>
      {error && <ErrorNotice error={error} title="Could not export the offenders" />}
      {result.offenderCount > 0 && (
        <div className="what-if" data-testid="what-if">
          <label>
            If the top{' '}
            <select aria-label="How many offenders to fix" value={fixTop} onChange={(e) => onFixTop(Number(e.target.value))}>
              {FIX_TOP_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>{' '}
            offenders were fixed
          </label>
          <span>
            {' '}
            ({formatValue(fix.fixedCost, 'money', currency)}{fix.n < fixTop ? `, all ${formatCount(fix.n)} of them` : ''}), all-keys coverage would be{' '}
            <strong data-testid="what-if-share">{formatValue(fix.allKeysShare, 'ratio', null)}</strong> of all cost and{' '}
            <strong data-testid="what-if-taggable-share">{formatValue(fix.allKeysTaggableShare, 'ratio', null)}</strong> of taggable cost
            <span className="muted"> (now {formatValue(result.allKeysShare, 'ratio', null)} and {formatValue(result.allKeysTaggableShare, 'ratio', null)})</span>.
          </span>
        </div>
      )}
      {result.offenderCount > 0 && (
        <>
          <div className="offenders-grid" data-testid="offenders-grid">
            <DataGrid<Offender>
              label="Offenders"
              columns={defs}
              rowCount={shownRows.length}
              row={(i) => shownRows[i]}
              rowId={(o) => o.resourceId}
              {...(autoHeight ? {} : { height: GRID_HEIGHT })}
              sort={sort}
              onSort={setSort}
              filters={filters}
              onFilter={setFilters}
              empty="No offender matches these filters."
            />
          </div>
          <p className="muted small hint">Click a header to sort; point at it and use its funnel to filter (Alt+↓ on a focused header). Cost is that of the resource’s lines that miss or misuse a key: what fixing it moves into coverage.</p>
        </>
      )}
    </section>
  );
}
