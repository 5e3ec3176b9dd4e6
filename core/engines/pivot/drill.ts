// Drill-down: the line items behind one cell of a pivot, a page at a time, sorted and filtered
// in DuckDB (for a grid's Infinite Row Model). The cell is named by its keys; OTHER means "not
// one of the kept keys" of that dimension's top-N, recomputed exactly as the pivot did.
import type * as z from 'zod';
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { WorkbenchError } from '../../errors.ts';
import { inListSql, whereSql } from './build-sql.ts';
import { COST_BASIS_COLUMN } from './constants.ts';
import { groupSql, keySql, matchSql, type Dimension } from './dimensions.ts';
import { PivotErrorCode } from './errors.ts';
import { exactToNumber, parseExact } from './exact.ts';
import { planPivot } from './plan.ts';
import { chooseSource, parsePivotSpec } from './run.ts';
import { FOCUS_SOURCE } from './source.ts';
import { isOtherKey, type PivotKey, type PivotSpec } from './spec.ts';
import { topNLists } from './top-n.ts';
import { COLUMN_TYPE, drillRequestSchema, type DrillRequest } from './drill-spec.ts';

export { drillRequestSchema, type DrillRequest };
import { dataVersion } from './aggregates.ts';
import { cachedPage, DRILL_CACHE_MAX_LINES, isCached } from './drill-cache.ts';
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

function keyCondition(dim: Dimension, key: PivotKey, kept: readonly (string | null)[] | null): SqlQuery {
  if (!isOtherKey(key)) return matchSql(dim, FOCUS_SOURCE, [key]);
  if (kept === null) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_CELL, `"${dim.ref}" has no top-N, so it has no Other bucket.`);
  return sql`NOT ${inListSql(keySql(dim, groupSql(dim, FOCUS_SOURCE)), kept)}`;
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
  const tops = plan.topN.some((n) => n !== null) ? await topNLists(db, plan, await chooseSource(db, plan), spec.period) : plan.topN.map(() => null);
  const conds = [whereSql(plan, FOCUS_SOURCE, spec.period)];
  rowKeys.forEach((k, i) => conds.push(keyCondition(plan.rowDims[i]!, k, tops[i] ?? null)));
  colKeys.forEach((k, j) => conds.push(keyCondition(plan.colDims[j]!, k, tops[plan.rowDims.length + j] ?? null)));
  for (const w of req.where) conds.push(lineCondition(w));
  return { spec, where: join(conds, ' AND '), columns: req.columns ?? DEFAULT_DRILL_COLUMNS, sort: req.sort, aliasSignature: plan.aliases.signature };
}

/** ORDER BY of a drill-down: the requested columns, then the line's position, so pages are stable. */
export function drillOrder(sort: readonly DrillSortItem[]): SqlQuery {
  return join([...sort.map((s) => sql`${ident(s.column)} ${raw(s.direction === 'asc' ? 'ASC' : 'DESC')} NULLS LAST`), raw('rowid')]);
}

export function columnType(name: string): string {
  return COLUMN_TYPE.get(name)!;
}

export async function drill(db: Db, input: unknown): Promise<DrillResult> {
  const req = parseDrillRequest(input);
  const { spec, where, columns, aliasSignature } = await drillScope(db, req);
  const copied = [...new Set([...columns, ...req.sort.map((s) => s.column)])];
  const key = JSON.stringify([spec, req.cell, req.where, copied, await dataVersion(db), aliasSignature]);
  let totals: DrillResult['totals'] = null;
  // the count decides whether the cell is copied; a cell already copied needs it only for totals
  let lines = isCached(db, key) ? 0 : Number.POSITIVE_INFINITY;
  if (req.withTotals || lines !== 0) {
    const basis = ident(COST_BASIS_COLUMN[spec.basis]);
    const t = await db.one(sql`SELECT count(*) AS n, CAST(sum(${basis}) AS VARCHAR) AS c FROM focus WHERE ${where}`);
    lines = Number(t?.n ?? 0);
    if (req.withTotals) totals = { lines, cost: exactToNumber(parseExact(t?.c as string | null)) };
  }
  let rows: JsonRow[];
  if (isCached(db, key) || lines <= DRILL_CACHE_MAX_LINES) {
    rows = await cachedPage(db, { key, where, columns: copied, shown: columns, order: req.sort, offset: req.offset, limit: req.limit });
  } else {
    rows = await db.all(sql`SELECT ${join(columns.map((c) => ident(c)))} FROM focus WHERE ${where} ORDER BY ${drillOrder(req.sort)} LIMIT ${req.limit} OFFSET ${req.offset}`);
  }
  return { columns: columns.map((name) => ({ name, type: COLUMN_TYPE.get(name)! })), rows, offset: req.offset, totals };
}
