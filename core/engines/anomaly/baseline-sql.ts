// SPEC.md step 2 in SQL: each day's expected value and noise, from ONE window over the dense
// series (partitioned by series, ordered by day). Every input is a lag: the same weekday 1..8
// weeks back, the same day of the month in the last two months that have it (a variable offset),
// and the same weekdays before those days (their own expected value). Medians of 4 are written
// out (the middle two of four values), so no list is built for the 2 million days of a year of
// 5,000 series; the noise (a median absolute deviation of 8 values) is computed only for the days
// that could pass the band at all, since σ is never below its floor (see candidateDaysSql).
import { join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import { EXPECTED_WEEKS, MAD_TO_SIGMA, NOISE_FLOOR, NOISE_FLOOR_SHARE, NOISE_WEEKS, PAIR_DIMENSION } from './constants.ts';
import { seriesSql, type SeriesKey } from './series-sql.ts';
import type { AnomalySpec } from './spec.ts';

const DAYS_PER_WEEK = 7;
const weeks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The median of lagged columns, NULL unless all are known (the oldest is last). */
function medianSql(cols: readonly string[]): SqlQuery {
  const oldest = raw(cols[cols.length - 1]!);
  if (cols.length === 4) {
    const [a, b, c, d] = cols.map((x) => raw(x)) as [SqlQuery | ReturnType<typeof raw>, ReturnType<typeof raw>, ReturnType<typeof raw>, ReturnType<typeof raw>];
    return sql`CASE WHEN ${oldest} IS NOT NULL THEN (greatest(least(${a}, ${b}), least(${c}, ${d})) + least(greatest(${a}, ${b}), greatest(${c}, ${d}))) / 2 END`;
  }
  return sql`CASE WHEN ${oldest} IS NOT NULL THEN list_median([${join(cols.map((x) => raw(x)))}]) END`;
}

/** The day of the month in the last month before `d` that has it (DuckDB clamps 31 March − 1 month to 28 February). */
function sameDayLastMonthSql(d: SqlQuery): SqlQuery {
  return sql`CAST(CASE WHEN dayofmonth(last_day(${d} - INTERVAL 1 MONTH)) >= dayofmonth(${d}) THEN ${d} - INTERVAL 1 MONTH ELSE ${d} - INTERVAL 2 MONTH END AS DATE)`;
}

/** Which days come out, and which series are worth a window at all (see candidateDaysSql). */
interface Selection {
  /** A day is kept when this holds; it may use cost, week_exp and is_pair. */
  pick: SqlQuery;
  /** A series goes through the window when one of its blocks holds this; it may use lo, hi (the block's least and largest cost). */
  screen: SqlQuery;
}

const EPOCH = sql`DATE '1970-01-01'`;
/** Weeks per block of the screen: a day and its EXPECTED_WEEKS same weekdays before always fall in one block of one of two grids. */
const BLOCK_WEEKS = 2 * EXPECTED_WEEKS;

/**
 * The days of every series (or of `only`) that the selection keeps, with cost, week_exp (null
 * before EXPECTED_WEEKS weeks of history), expected and the NOISE_WEEKS same weekdays before
 * (w1..w8), and is_pair. One window (partitioned by series, ordered by day) gives every day its history as
 * lags: the same weekday 1..8 weeks back, the same day of the month in the last two months that
 * have it (a variable offset) and the same weekdays before those (their own week_exp). Only the
 * series that pass the screen (and the pairs) go through it.
 */
function expectedSql(spec: AnomalySpec, owner: SqlQuery, select: Selection, only?: SeriesKey): SqlQuery {
  const lag = (offset: string, name: string) => raw(`lag(cost, ${offset}) OVER w AS ${name}`);
  const weekly = weeks(NOISE_WEEKS).map((k) => lag(String(DAYS_PER_WEEK * k), `w${k}`));
  const monthly = [1, 2].flatMap((m) => [lag(`o${m}`, `c${m}`), ...weeks(EXPECTED_WEEKS).map((k) => lag(`o${m} + ${DAYS_PER_WEEK * k}`, `m${m}w${k}`))]);
  const p1 = sameDayLastMonthSql(sql`day`);
  const expectedOf = (prefix: string) => medianSql(weeks(EXPECTED_WEEKS).map((k) => `${prefix}${k}`));
  const half = raw(String(BLOCK_WEEKS / 2));
  const block = raw(String(BLOCK_WEEKS));
  // series are told apart in the window by a 64-bit hash of (dimension, value): sorting on it is
  // much cheaper than on the text; two series of one workspace sharing a hash is ~1e-10 unlikely
  return sql`WITH series AS (SELECT *, hash(dim, val) AS sid, dim = ${PAIR_DIMENSION} AS is_pair FROM (${seriesSql(spec, owner, only)})),
    numbered AS (SELECT sid, is_pair, cost, (day - ${EPOCH}) % 7 AS dow, (day - ${EPOCH}) // 7 AS wk FROM series),
    blocks AS (SELECT sid, bool_or(is_pair) AS is_pair, min(cost) AS lo, max(cost) AS hi
      FROM (SELECT *, wk // ${block} AS a, (wk + ${half}) // ${block} AS b FROM numbered) GROUP BY GROUPING SETS ((sid, dow, a), (sid, dow, b))),
    chosen AS (SELECT DISTINCT sid FROM blocks WHERE is_pair OR (${select.screen})),
    lagged AS (SELECT dim, val, is_pair, day, cost, ${join([...weekly, ...monthly])}
      FROM (SELECT *, day - ${p1} AS o1, day - ${sameDayLastMonthSql(p1)} AS o2 FROM series SEMI JOIN chosen USING (sid)) WINDOW w AS (PARTITION BY sid ORDER BY day)),
    weekly AS (SELECT *, ${expectedOf('w')} AS week_exp, ${expectedOf('m1w')} AS e1, ${expectedOf('m2w')} AS e2 FROM lagged)
    SELECT dim, val, is_pair, day, cost, week_exp, ${join(weeks(NOISE_WEEKS).map((k) => raw(`w${k}`)))},
      week_exp + greatest(0, coalesce(least(c1 - coalesce(e1, week_exp), c2 - coalesce(e2, week_exp)), 0)) AS expected
    FROM weekly WHERE ${select.pick}`;
}

/** σ: the median absolute deviation of the known same weekdays (NOISE_WEEKS), floored at a share of week_exp and at NOISE_FLOOR. */
function sigmaSql(): SqlQuery {
  const known = sql`list_filter([${join(weeks(NOISE_WEEKS).map((k) => raw(`w${k}`)))}], lambda x: x IS NOT NULL)`;
  return sql`greatest(${MAD_TO_SIGMA} * coalesce(list_median(list_transform(${known}, lambda x: abs(x - list_median(${known})))), 0), ${NOISE_FLOOR_SHARE} * coalesce(week_exp, 0), ${NOISE_FLOOR})`;
}

/** Every day of one series (or all): day (text), cost, week_exp (null before EXPECTED_WEEKS weeks of history), expected, sigma. */
export function scoredSeriesSql(spec: AnomalySpec, owner: SqlQuery, only?: SeriesKey): SqlQuery {
  return sql`SELECT dim, val, CAST(day AS VARCHAR) AS day, cost, week_exp, expected, ${sigmaSql()} AS sigma FROM (${expectedSql(spec, owner, { pick: sql`TRUE`, screen: sql`TRUE` }, only)})`;
}

/**
 * The days that pass the band and the floor (cost − expected ≥ minScore × σ, cost ≥ minDailyCost,
 * cost > expected) with their score, and every day of the (account, service) pairs with their
 * expected value (for mix shifts). Work is skipped where it cannot change the answer:
 * - σ ≥ floor = max(NOISE_FLOOR_SHARE × week_exp, NOISE_FLOOR) and expected ≥ week_exp, so a day
 *   whose cost − week_exp is below minScore × floor cannot pass; σ (a median of 8 deviations) is
 *   computed only for the days left.
 * - the screen: a day and its EXPECTED_WEEKS same weekdays before lie in one block of
 *   BLOCK_WEEKS same weekdays (of one of two grids, offset by half a block). With lo and hi the
 *   block's least and largest cost, cost − week_exp ≤ hi − lo and week_exp ≥ lo, so a series none
 *   of whose blocks has hi ≥ minDailyCost and hi − lo ≥ minScore × max(share × lo, floor) has no
 *   such day, and skips the window. A steady series (weekly pattern, a few % of noise or of trend)
 *   is skipped; a spike, a level shift or a new service is not.
 */
export function candidateDaysSql(spec: AnomalySpec, owner: SqlQuery): SqlQuery {
  const t = spec.thresholds;
  const floorOf = (e: SqlQuery) => sql`greatest(${NOISE_FLOOR_SHARE} * ${e}, ${NOISE_FLOOR})`;
  const could = (e: SqlQuery) => sql`${e} IS NOT NULL AND cost > ${e} AND cost >= ${t.minDailyCost} AND cost - ${e} >= ${t.minScore} * ${floorOf(e)}`;
  const select = { pick: sql`is_pair OR (${could(sql`week_exp`)})`, screen: sql`hi >= ${t.minDailyCost} AND hi - lo >= ${t.minScore} * ${floorOf(sql`lo`)}` };
  return sql`SELECT dim, val, day, cost, expected, (cost - expected) / sigma AS score FROM (
      SELECT dim, val, is_pair, CAST(day AS VARCHAR) AS day, cost, expected, CASE WHEN NOT is_pair THEN ${sigmaSql()} END AS sigma
      FROM (${expectedSql(spec, owner, select)}) WHERE expected IS NOT NULL AND (is_pair OR (${could(sql`expected`)})))
    WHERE is_pair OR cost - expected >= ${t.minScore} * sigma`;
}
