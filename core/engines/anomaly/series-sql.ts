// SPEC.md steps 1-2 in SQL: every watched series' daily cost (the total, each value of each
// dimension, the owner tag, every cost category) from one scan of focus, made dense (a day
// without cost is 0), and for each day its expected value and noise from the same weekday of
// the weeks before, corrected by the same day of the month before (month-start charges).
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import { COST_BASIS_COLUMN, COST_CATEGORIES_COLUMN, COST_CATEGORY_PREFIX, TAG_PREFIX, TIME_COLUMN } from '../pivot/constants.ts';
import { EXPECTED_WEEKS, MAD_TO_SIGMA, NOISE_FLOOR, NOISE_FLOOR_SHARE, NOISE_WEEKS, PAIR_DIMENSION, SIGNATURE_DIMENSIONS, TOTAL_DIMENSION, UNUSED_COMMITMENT_STATUS, USAGE_CATEGORY } from './constants.ts';
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

/** The columns the leaf groups by: the watched ones and the signature's. */
export function leafColumns(spec: AnomalySpec): string[] {
  return [...new Set<string>([...SIGNATURE_DIMENSIONS, ...spec.dimensions])];
}

/** The (account, service) pair of a signature, as the PAIR_DIMENSION series' value. */
export function pairValueSql(): SqlQuery {
  return sql`to_json([${ident('SubAccountName')}, ${ident('ServiceName')}])::VARCHAR`;
}

/** focus summed per day and every watched column: the finest grain any series needs. */
function leafSql(spec: AnomalySpec, owner: SqlQuery): SqlQuery {
  const cols = leafColumns(spec).map((d) => ident(d));
  const cc = spec.costCategories ? ident(COST_CATEGORIES_COLUMN) : raw('CAST(NULL AS MAP(VARCHAR, VARCHAR))');
  const dims = cols.length ? sql`${join(cols)}, ` : sql``;
  return sql`SELECT CAST(${ident(TIME_COLUMN)} AS DATE) AS day, ${dims}${owner} AS owner, ${cc} AS cc, sum(${ident(COST_BASIS_COLUMN[spec.basis])}) AS cost
    FROM ${ident('focus')} WHERE ${chargeFilter(spec)} GROUP BY ALL`;
}

/** (dim, val, day, cost) of every series, from the leaf CTE. */
function pointsSql(spec: AnomalySpec): SqlQuery {
  const parts: SqlQuery[] = [sql`SELECT ${TOTAL_DIMENSION} AS dim, '' AS val, day, cost FROM leaf`];
  for (const d of spec.dimensions) parts.push(sql`SELECT ${d} AS dim, CAST(${ident(d)} AS VARCHAR) AS val, day, cost FROM leaf WHERE ${ident(d)} IS NOT NULL`);
  if (spec.ownerTag !== null) parts.push(sql`SELECT ${TAG_PREFIX + spec.ownerTag} AS dim, owner AS val, day, cost FROM leaf WHERE owner IS NOT NULL`);
  parts.push(sql`SELECT ${PAIR_DIMENSION} AS dim, ${pairValueSql()} AS val, day, cost FROM leaf`);
  if (spec.costCategories) parts.push(sql`SELECT ${COST_CATEGORY_PREFIX} || e.key AS dim, e.value AS val, day, cost FROM (SELECT day, cost, unnest(map_entries(cc)) AS e FROM leaf WHERE cc IS NOT NULL) WHERE e.value IS NOT NULL`);
  return join(parts, ' UNION ALL ');
}

function lagsSql(weeks: number): SqlQuery {
  return sql`${raw(`[${Array.from({ length: weeks }, (_, i) => `lag(cost, ${7 * (i + 1)}) OVER w`).join(', ')}]`)}`;
}

/**
 * Every day of every series (or of `only`) with: cost, week_exp (median of the same weekday over
 * EXPECTED_WEEKS weeks; null until there are that many), expected (week_exp plus the excess over
 * its own expected value that the same day of the month had in the month before that has the day,
 * or the smaller of the two excesses when two such months are known; never less than week_exp),
 * sigma (the noise: MAD of NOISE_WEEKS same weekdays × 1.4826, floored).
 */
/** `owner`: the owner tag's value as read through the tag aliases (owner-tag.ts). */
export function scoredSeriesSql(spec: AnomalySpec, owner: SqlQuery, only?: SeriesKey): SqlQuery {
  const onlyWhere = only ? sql`WHERE dim = ${only.dimension} AND val = ${only.value}` : sql``;
  return sql`WITH leaf AS (${leafSql(spec, owner)}),
  points AS (${pointsSql(spec)}),
  series AS (SELECT dim, val, day, CAST(sum(cost) AS DOUBLE) AS cost FROM points ${onlyWhere} GROUP BY ALL),
  keys AS (SELECT dim, val, row_number() OVER () AS sid FROM (SELECT DISTINCT dim, val FROM series)),
  days AS (SELECT CAST(unnest(generate_series(min(day), max(day), INTERVAL 1 DAY)) AS DATE) AS day FROM points),
  sparse AS (SELECT k.sid, s.day, s.cost FROM series s JOIN keys k ON k.dim = s.dim AND k.val = s.val),
  dense AS (SELECT k.sid, d.day, coalesce(s.cost, 0) AS cost FROM keys k CROSS JOIN days d LEFT JOIN sparse s ON s.sid = k.sid AND s.day = d.day),
  lagged AS (SELECT sid, day, cost, ${lagsSql(NOISE_WEEKS)} AS hist FROM dense WINDOW w AS (PARTITION BY sid ORDER BY day)),
  stats AS (SELECT sid, day, cost,
      CASE WHEN hist[${EXPECTED_WEEKS}] IS NOT NULL THEN list_median(hist[1:${EXPECTED_WEEKS}]) END AS week_exp,
      list_filter(hist, lambda x: x IS NOT NULL) AS known FROM lagged),
  noise AS (SELECT *, list_median(known) AS med FROM stats),
  weekly AS (SELECT sid, day, cost, week_exp,
      greatest(${MAD_TO_SIGMA} * coalesce(list_median(list_transform(known, lambda x: abs(x - med))), 0), ${NOISE_FLOOR_SHARE} * coalesce(week_exp, 0), ${NOISE_FLOOR}) AS sigma FROM noise),
  monthly AS (SELECT *, lag(cost, 1) OVER m AS c1, lag(week_exp, 1) OVER m AS e1, lag(cost, 2) OVER m AS c2, lag(week_exp, 2) OVER m AS e2
    FROM weekly WINDOW m AS (PARTITION BY sid, dayofmonth(day) ORDER BY day))
  SELECT k.dim, k.val, CAST(a.day AS VARCHAR) AS day, a.cost, a.week_exp, a.sigma,
    a.week_exp + greatest(0, coalesce(least(a.c1 - coalesce(a.e1, a.week_exp), a.c2 - coalesce(a.e2, a.week_exp)), 0)) AS expected
  FROM monthly a JOIN keys k ON k.sid = a.sid`;
}
