// Drill-down: the line items behind one cell of a pivot, a page at a time, sorted and filtered
// in DuckDB (for a grid's Infinite Row Model). The cell is named by its keys; OTHER means "not
// one of the kept keys" of that dimension's top-N, recomputed exactly as the pivot did.
import type * as z from 'zod';
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { WorkbenchError } from '../../errors.ts';
import { inListSql, whereSql } from './build-sql.ts';
import { groupSql, keySql, matchSql, type Dimension } from './dimensions.ts';
import { PivotErrorCode } from './errors.ts';
import { planPivot } from './plan.ts';
import { chooseSource, parsePivotSpec } from './run.ts';
import { FOCUS_SOURCE, type Source } from './source.ts';
import { isOtherKey, type PivotKey, type PivotSpec } from './spec.ts';
import { topNLists } from './top-n.ts';
import { COLUMN_TYPE, drillRequestSchema, type DrillRequest } from './drill-spec.ts';

export { drillRequestSchema, type DrillRequest };
import { dataVersion } from './aggregates.ts';
import { cachedPage, DRILL_CACHE_MAX_LINES, isCached } from './drill-cache.ts';
import { directPage } from './drill-page.ts';
import { drillTotals } from './drill-totals.ts';
import { loadTagAliases } from '../tags/aliases/effective.ts';


/** What a drill-down grid shows unless it asks for other columns. */
export const DEFAULT_DRILL_COLUMNS = [
  'ChargePeriodStart', 'ServiceName', 'SubAccountName', 'RegionId', 'ResourceId', 'SkuId', 'x_UsageType', 'x_Operation',
  'ChargeCategory', 'ChargeDescription', 'ConsumedQuantity', 'ConsumedUnit', 'BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost', 'Tags',
];


export interface DrillResult {
  columns: { name: string; type: string }[];
  rows: JsonRow[];
  offset: number;
  totals: { lines: number; cost: number } | null;
}

function keyCondition(dim: Dimension, key: PivotKey, kept: readonly (string | null)[] | null, source: Source): SqlQuery {
  if (!isOtherKey(key)) return matchSql(dim, source, [key]);
  if (kept === null) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_CELL, `"${dim.ref}" has no top-N, so it has no Other bucket.`);
  return sql`NOT ${inListSql(keySql(dim, groupSql(dim, source)), kept)}`;
}

function lineCondition(w: z.output<typeof drillRequestSchema>['where'][number]): SqlQuery {
  const col = ident(w.column);
  const type = raw(COLUMN_TYPE.get(w.column)!);
  const text = sql`CAST(${col} AS VARCHAR)`;
  if (w.op === 'isNull') return sql`${col} IS NULL`;
  if (w.op === 'notNull') return sql`${col} IS NOT NULL`;
  if (w.value === undefined) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_CELL, `The "${w.op}" filter on ${w.column} needs a value.`);
  const v = w.value;
  switch (w.op) {
    case 'eq':
      return sql`${text} = CAST(${v} AS VARCHAR)`;
    case 'ne':
      return sql`${text} IS DISTINCT FROM CAST(${v} AS VARCHAR)`;
    case 'contains':
      return sql`contains(lower(${text}), lower(CAST(${v} AS VARCHAR)))`;
    case 'startsWith':
      return sql`starts_with(${text}, CAST(${v} AS VARCHAR))`;
    default: {
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[w.op];
      return sql`${col} ${raw(op)} TRY_CAST(${v} AS ${type})`;
    }
  }
}

/** The lines of a cell: the pivot's period and filters, the cell's keys, the grid's filters. */
export interface DrillScope {
  spec: PivotSpec;
  where: SqlQuery;
  columns: string[];
  sort: DrillSortItem[];
  /** The tag aliases the cell's keys were read through (a cached page is only good for these). */
  aliasSignature: string;
  /** The cell (period, spec filters, keys; not the grid's filters) as conditions on another source. */
  cellOn: (source: Source) => SqlQuery;
  /** Where the pivot read the cell from (the daily aggregate when it can answer and is fresh). */
  pivotSource: () => Promise<Source>;
  /** The grid's own filters narrow the cell (so only focus can count its lines). */
  filtered: boolean;
}

type ParsedDrill = z.output<typeof drillRequestSchema>;
type DrillSortItem = ParsedDrill['sort'][number];

export function parseDrillRequest(input: unknown): ParsedDrill {
  const parsed = drillRequestSchema.safeParse(input);
  if (!parsed.success) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_CELL, `Invalid drill-down: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export async function drillScope(db: Db, req: Pick<ParsedDrill, 'spec' | 'cell' | 'where' | 'columns' | 'sort'>): Promise<DrillScope> {
  const spec = parsePivotSpec({ ...req.spec, depth: undefined, parent: undefined });
  const plan = planPivot(spec, await loadTagAliases(db));
  const { rows: rowKeys, columns: colKeys } = req.cell;
  if (rowKeys.length > plan.rowDims.length) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_CELL, `The cell has ${rowKeys.length} row keys; the spec has ${plan.rowDims.length} row dimensions.`);
  if (colKeys.length !== 0 && colKeys.length !== plan.colDims.length) {
    throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_CELL, `The cell has ${colKeys.length} column keys; give all ${plan.colDims.length}, or none for the row total.`);
  }
  let chosen: Promise<Source> | null = null;
  const pivotSource = () => (chosen ??= chooseSource(db, plan));
  const tops = plan.topN.some((n) => n !== null) ? await topNLists(db, plan, await pivotSource(), spec.period) : plan.topN.map(() => null);
  const cellOn = (source: Source) => {
    const conds = [whereSql(plan, source, spec.period)];
    rowKeys.forEach((k, i) => conds.push(keyCondition(plan.rowDims[i]!, k, tops[i] ?? null, source)));
    colKeys.forEach((k, j) => conds.push(keyCondition(plan.colDims[j]!, k, tops[plan.rowDims.length + j] ?? null, source)));
    return join(conds, ' AND ');
  };
  const where = join([cellOn(FOCUS_SOURCE), ...req.where.map(lineCondition)], ' AND ');
  return {
    spec, where, columns: req.columns ?? DEFAULT_DRILL_COLUMNS, sort: req.sort, aliasSignature: plan.aliases.signature, cellOn, pivotSource, filtered: req.where.length > 0,
  };
}

/** ORDER BY of a drill-down: the requested columns, then the line's position, so pages are stable. */
export function drillOrder(sort: readonly DrillSortItem[]): SqlQuery {
  return join([...sort.map((s) => sql`${ident(s.column)} ${raw(s.direction === 'asc' ? 'ASC' : 'DESC')} NULLS LAST`), raw('rowid')]);
}

export function columnType(name: string): string {
  return COLUMN_TYPE.get(name)!;
}

/** A sorted page within this many lines of the top of a large cell is read straight from focus. */
export const DRILL_DIRECT_DEPTH = 10_000;
/** A cell of at most this many lines is copied on its first sorted page: the copy costs little. */
export const DRILL_COPY_EAGER_LINES = 100_000;

/**
 * Where a sorted page of a cell of `lines` lines comes from. The copy (drill-cache.ts) makes every
 * later page and sort a matter of milliseconds, but making it reads every shown column of every
 * line: 8.4 s for a cell of 1.7M lines of the 50M-line bench, where the page straight from focus
 * (drill-page.ts: a top-N of the sort column, then 200 rows) took 0.27 s. So a large cell's first
 * pages come straight from focus, and the copy is made when the grid scrolls deeper; a small cell
 * is copied at once; a cell too large to copy is always read straight from focus.
 */
export function sortedPageSource(lines: number, offset: number, limit: number): 'copy' | 'direct' {
  if (lines > DRILL_CACHE_MAX_LINES) return 'direct';
  if (lines <= DRILL_COPY_EAGER_LINES) return 'copy';
  return offset + limit <= DRILL_DIRECT_DEPTH ? 'direct' : 'copy';
}

/**
 * A page in line order is read straight from focus (drill-page.ts: the page's rows sit together).
 * A sorted page comes from the cell's copy or straight from focus (sortedPageSource).
 */
export async function drill(db: Db, input: unknown): Promise<DrillResult> {
  const req = parseDrillRequest(input);
  const scope = await drillScope(db, req);
  const { spec, where, columns, aliasSignature } = scope;
  const totals = req.withTotals ? await drillTotals(db, scope) : null;
  const direct = { where, order: drillOrder(req.sort), lineOrder: req.sort.length === 0, columns, offset: req.offset, limit: req.limit };
  let rows: JsonRow[];
  if (req.sort.length === 0) {
    rows = await directPage(db, direct);
  } else {
    const copied = [...new Set([...columns, ...req.sort.map((s) => s.column)])];
    const key = JSON.stringify([spec, req.cell, req.where, copied, await dataVersion(db), aliasSignature]);
    // the count decides whether the cell is copied; a cell already copied needs none
    const lines = isCached(db, key) ? 0 : (totals?.lines ?? (await drillTotals(db, scope)).lines);
    rows = sortedPageSource(lines, req.offset, req.limit) === 'copy'
      ? await cachedPage(db, { key, where, columns: copied, shown: columns, order: req.sort, offset: req.offset, limit: req.limit })
      : await directPage(db, direct);
  }
  return { columns: columns.map((name) => ({ name, type: COLUMN_TYPE.get(name)! })), rows, offset: req.offset, totals };
}
