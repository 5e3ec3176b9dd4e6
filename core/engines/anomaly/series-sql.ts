// SPEC.md step 1 in SQL: every watched series' daily cost (the total, each value of each
// dimension, the owner tag, the (account, service) pairs, every cost category) from ONE scan of
// focus with GROUPING SETS, then dense over the workspace's days (a day without cost is 0, so a
// new service has a history of zeros). Only series that miss a day are filled: on a bill where
// most series cost something every day, the fill costs next to nothing.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import { COST_BASIS_COLUMN, COST_CATEGORIES_COLUMN, COST_CATEGORY_PREFIX, TAG_PREFIX, TIME_COLUMN } from '../pivot/constants.ts';
import { PAIR_DIMENSION, TOTAL_DIMENSION, UNUSED_COMMITMENT_STATUS, USAGE_CATEGORY } from './constants.ts';
import type { AnomalySpec } from './spec.ts';

/** One series, by its dimension name (pivot's) and value; the total is (TOTAL_DIMENSION, ''). */
export interface SeriesKey {
  dimension: string;
  value: string;
}

/** Usage: ChargeCategory Usage without unused commitment (the commitments' utilization, not a usage surprise). */
export function chargeFilter(spec: AnomalySpec): SqlQuery {
  if (spec.charges === 'all') return sql`TRUE`;
  return sql`${ident('ChargeCategory')} = ${USAGE_CATEGORY} AND ${ident('CommitmentDiscountStatus')} IS DISTINCT FROM ${UNUSED_COMMITMENT_STATUS}`;
}

const OWNER = 'owner';
const CC = 'cc';

/** A grouping set: the base columns it groups by (besides the day), its dimension name and value. */
interface SeriesSet {
  dimension: string;
  columns: string[];
  value: SqlQuery;
  /** Narrows the base lines to one value of this set (the detail's one series). */
  only: (value: string) => SqlQuery;
}

function seriesSets(spec: AnomalySpec, owner: SqlQuery): SeriesSet[] {
  const pair = sql`to_json([${ident('SubAccountName')}, ${ident('ServiceName')}])::VARCHAR`;
  const sets: SeriesSet[] = [{ dimension: TOTAL_DIMENSION, columns: [], value: sql`''`, only: () => sql`TRUE` }];
  for (const d of spec.dimensions) sets.push({ dimension: d, columns: [d], value: sql`CAST(${ident(d)} AS VARCHAR)`, only: (v) => sql`CAST(${ident(d)} AS VARCHAR) = ${v}` });
  if (spec.ownerTag !== null) sets.push({ dimension: TAG_PREFIX + spec.ownerTag, columns: [OWNER], value: sql`${ident(OWNER)}`, only: (v) => sql`${owner} = ${v}` });
  sets.push({ dimension: PAIR_DIMENSION, columns: ['SubAccountName', 'ServiceName'], value: pair, only: (v) => sql`${pair} = ${v}` });
  return sets;
}

/**
 * The base lines: day, the columns any set groups by, and the cost as DOUBLE (summed as such: the
 * detector works in doubles, and a DECIMAL(38) sum costs a 128-bit addition per line and set).
 */
function baseSql(spec: AnomalySpec, owner: SqlQuery, columns: readonly string[], where: SqlQuery): SqlQuery {
  const cols = columns.map((c) => (c === OWNER ? sql`${owner} AS ${ident(OWNER)}` : c === CC ? sql`${ident(COST_CATEGORIES_COLUMN)} AS ${ident(CC)}` : ident(c)));
  return sql`SELECT CAST(${ident(TIME_COLUMN)} AS DATE) AS day, ${join([...cols, sql`CAST(${ident(COST_BASIS_COLUMN[spec.basis])} AS DOUBLE) AS cost`])}
    FROM ${ident('focus')} WHERE ${chargeFilter(spec)} AND ${where}`;
}

/** Cost categories are a MAP per line: grouped by the whole map, then split into its entries. */
function costCategorySeriesSql(fromGrouped: SqlQuery, only?: SeriesKey): SqlQuery {
  const onlyWhere = only ? sql`AND dim = ${only.dimension} AND val = ${only.value}` : sql``;
  return sql`SELECT dim, val, day, sum(cost) AS cost FROM (SELECT ${COST_CATEGORY_PREFIX} || e.key AS dim, e.value AS val, day, cost
    FROM (SELECT day, cost, unnest(map_entries(${ident(CC)})) AS e FROM (${fromGrouped}) WHERE ${ident(CC)} IS NOT NULL)) WHERE val IS NOT NULL ${onlyWhere} GROUP BY ALL`;
}

/**
 * (dim, val, day, cost) of every watched series (or only of `only`), one row per series and day
 * of the workspace (from its first day with watched cost to its last), cost as DOUBLE.
 * `owner`: the owner tag's value as read through the tag aliases (owner-tag.ts).
 */
export function seriesSql(spec: AnomalySpec, owner: SqlQuery, only?: SeriesKey): SqlQuery {
  const sparse = only ? oneSeriesSql(spec, owner, only) : allSeriesSql(spec, owner);
  // the span is the workspace's, whatever the series: a series' missing days before it began are 0
  return sql`WITH s AS (${sparse}),
    span AS (SELECT CAST(min(${ident(TIME_COLUMN)}) AS DATE) AS d0, CAST(max(${ident(TIME_COLUMN)}) AS DATE) AS d1 FROM ${ident('focus')} WHERE ${chargeFilter(spec)}),
    short AS (SELECT dim, val FROM s, span GROUP BY dim, val, span.d0, span.d1 HAVING count(*) < span.d1 - span.d0 + 1),
    had AS (SELECT s.dim, s.val, s.day FROM s SEMI JOIN short USING (dim, val)),
    gaps AS (SELECT dim, val, CAST(unnest(generate_series(span.d0, span.d1, INTERVAL 1 DAY)) AS DATE) AS day FROM short, span)
    SELECT dim, val, day, cost FROM s
    UNION ALL SELECT dim, val, day, 0.0 AS cost FROM gaps ANTI JOIN had USING (dim, val, day)`;
}

function allSeriesSql(spec: AnomalySpec, owner: SqlQuery): SqlQuery {
  const sets = seriesSets(spec, owner);
  const columns = [...new Set(sets.flatMap((s) => s.columns)), ...(spec.costCategories ? [CC] : [])];
  // grouping(c1..cn) has bit (n-1-i) set when ci is not grouped: each set's mask names it
  const mask = (cols: readonly string[]) => columns.reduce((m, c, i) => (cols.includes(c) ? m : m | (1 << (columns.length - 1 - i))), 0);
  const grouping = columns.length ? sql`grouping(${join(columns.map((c) => ident(c)))})` : sql`0`;
  const groupingSets = [...sets.map((s) => s.columns), ...(spec.costCategories ? [[CC]] : [])].map((cols) => sql`(${join([raw('day'), ...cols.map((c) => ident(c))])})`);
  const dimCase = join(sets.map((s) => sql`WHEN ${raw(String(mask(s.columns)))} THEN ${s.dimension}`), ' ');
  const valCase = join(sets.map((s) => sql`WHEN ${raw(String(mask(s.columns)))} THEN ${s.value}`), ' ');
  const ccCols = spec.costCategories ? sql`, ${ident(CC)}` : sql``;
  const grouped = sql`SELECT ${grouping} AS g, day, sum(cost) AS cost${ccCols}, CASE ${grouping} ${dimCase} END AS dim, CASE ${grouping} ${valCase} END AS val
    FROM (${baseSql(spec, owner, columns, sql`TRUE`)}) GROUP BY GROUPING SETS (${join(groupingSets)})`;
  const plain = sql`SELECT dim, val, day, cost FROM grouped WHERE dim IS NOT NULL AND val IS NOT NULL`;
  if (!spec.costCategories) return sql`WITH grouped AS (${grouped}) ${plain}`;
  const ccMask = mask([CC]);
  return sql`WITH grouped AS (${grouped}) ${plain} UNION ALL ${costCategorySeriesSql(sql`SELECT day, cost, ${ident(CC)} FROM grouped WHERE g = ${raw(String(ccMask))}`)}`;
}

/** One series (the detail's chart): only its lines are read and grouped. */
function oneSeriesSql(spec: AnomalySpec, owner: SqlQuery, only: SeriesKey): SqlQuery {
  if (only.dimension.startsWith(COST_CATEGORY_PREFIX)) {
    const name = only.dimension.slice(COST_CATEGORY_PREFIX.length);
    const lines = baseSql(spec, owner, [CC], sql`${ident(COST_CATEGORIES_COLUMN)}[${name}] = ${only.value}`);
    return costCategorySeriesSql(lines, only);
  }
  const set = seriesSets(spec, owner).find((s) => s.dimension === only.dimension);
  if (!set) return sql`SELECT CAST(NULL AS VARCHAR) AS dim, CAST(NULL AS VARCHAR) AS val, CAST(NULL AS DATE) AS day, CAST(NULL AS DOUBLE) AS cost WHERE FALSE`;
  return sql`SELECT ${only.dimension} AS dim, ${only.value} AS val, day, sum(cost) AS cost FROM (${baseSql(spec, owner, [], set.only(only.value))}) GROUP BY day`;
}
