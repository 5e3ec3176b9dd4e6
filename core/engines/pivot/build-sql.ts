// Step 3: the plan printed as SQL, in one place, one statement:
//   base  - one scan of the source: group by the raw dimension values, sum the measures;
//   then  - print keys, mark the rest of each top-N as OTHER.
// The subtotal levels are summed from these rows in cells.ts (step 4).
// Sums of DECIMALs stay DECIMAL and are read as exact integers, so no cent is lost on the way.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import { COST_BASIS_COLUMN, USAGE_COLUMN } from './constants.ts';
import { groupSql, keySql, matchSql, type Dimension } from './dimensions.ts';
import { queryDims, type Plan } from './plan.ts';
import { timeBound, type Source } from './source.ts';

export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/** Kept keys of each query dimension's top-N (null: no top-N on it). */
export type TopLists = readonly (readonly (string | null)[] | null)[];

const d = (i: number) => raw(`d${i}`);
const k = (i: number) => raw(`k${i}`);
const o = (i: number) => raw(`o${i}`);
const s = (name: string) => raw(`"s_${name}"`);
export const LINES_ALIAS = 's_lines';
export const CURRENCY_MIN = 'currency_min';
export const CURRENCY_MAX = 'currency_max';

/** The period and the spec's filters, as conditions on source rows. */
export function whereSql(plan: Plan, source: Source, period: Period): SqlQuery {
  const conds: SqlQuery[] = [];
  if (period.from) conds.push(timeBound(source, '>=', period.from));
  if (period.to) conds.push(timeBound(source, '<', period.to));
  for (const f of plan.filters) {
    const match = matchSql(f.dim, source, f.values);
    conds.push(f.op === 'in' ? match : sql`NOT coalesce(${match}, FALSE)`);
  }
  return conds.length === 0 ? sql`TRUE` : join(conds, ' AND ');
}

function sumColumns(plan: Plan): string[] {
  return [...plan.money, ...(plan.usage ? [USAGE_COLUMN] : [])];
}

/** Does a printed key belong to a kept list (null is a keepable key: "untagged" can rank high)? */
export function inListSql(key: SqlQuery, list: readonly (string | null)[]): SqlQuery {
  const present = list.filter((v): v is string => v !== null);
  const parts: SqlQuery[] = [];
  if (present.length > 0) parts.push(sql`${key} IN (${join(present)})`);
  if (list.includes(null)) parts.push(sql`${key} IS NULL`);
  if (parts.length === 0) return sql`FALSE`;
  return sql`coalesce(${join(parts, ' OR ')}, FALSE)`;
}

/**
 * One scan: rows grouped by every query dimension's raw value, then keys printed and the rest of
 * each top-N marked OTHER (`o_i`, only for dimensions with a top-N). Subtotal levels are not
 * computed here: cells.ts sums these leaf rows into every level exactly, in one pass, which costs
 * less than DuckDB's GROUPING SETS over a few thousand rows (a hash table per set and thread).
 * Money sums stay DECIMAL (read as exact integers), never a float.
 */
export function buildPivotSql(plan: Plan, source: Source, topLists: TopLists, period: Period): SqlQuery {
  const dims = queryDims(plan);
  const sums = sumColumns(plan);
  const baseSelect = join([
    ...dims.map((dim, i) => sql`${groupSql(dim, source)} AS ${d(i)}`),
    ...sums.map((c) => sql`sum(${ident(c)}) AS ${s(c)}`),
    sql`${source.lines} AS ${raw(LINES_ALIAS)}`,
    sql`min(${ident('BillingCurrency')}) AS ${raw(CURRENCY_MIN)}`,
    sql`max(${ident('BillingCurrency')}) AS ${raw(CURRENCY_MAX)}`,
  ]);
  const groupBy = dims.length > 0 ? sql` GROUP BY ${join(dims.map((_, i) => d(i)))}` : sql``;
  const keyedSelect = join([
    ...dims.flatMap((dim, i) => keyedColumns(dim, i, topLists[i] ?? null)),
    ...sums.map((c) => s(c)),
    sql`CAST(${raw(LINES_ALIAS)} AS BIGINT) AS ${raw(LINES_ALIAS)}`,
    raw(CURRENCY_MIN),
    raw(CURRENCY_MAX),
  ]);
  return sql`WITH base AS (SELECT ${baseSelect} FROM ${source.table} WHERE ${whereSql(plan, source, period)}${groupBy})
SELECT ${keyedSelect} FROM base`;
}

/** The printed key k_i, and o_i (the row is in the rest of a top-N) only where there is a top-N. */
function keyedColumns(dim: Dimension, i: number, top: readonly (string | null)[] | null): SqlQuery[] {
  const key = keySql(dim, d(i));
  if (top === null) return [sql`${key} AS ${k(i)}`];
  const kept = inListSql(key, top);
  return [sql`CASE WHEN ${kept} THEN ${key} END AS ${k(i)}`, sql`NOT ${kept} AS ${o(i)}`];
}

/** The kept keys of one dimension's top-N: ranked by the basis cost, ties broken by key. */
export function buildTopNSql(plan: Plan, source: Source, dim: Dimension, n: number, period: Period): SqlQuery {
  const basis = ident(COST_BASIS_COLUMN[plan.spec.basis]);
  return sql`WITH base AS (SELECT ${groupSql(dim, source)} AS d, sum(${basis}) AS v FROM ${source.table} WHERE ${whereSql(plan, source, period)} GROUP BY d)
SELECT ${keySql(dim, raw('d'))} AS k, sum(v) AS v FROM base GROUP BY k ORDER BY v DESC NULLS LAST, k ASC NULLS LAST LIMIT ${n}`;
}
