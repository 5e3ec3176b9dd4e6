// The charge periods a request reads, as one SQL predicate on ChargePeriodStart.
import { sql, type SqlQuery } from '../../sql/index.ts';

export interface Window {
  from?: string | undefined;
  to?: string | undefined;
}

export function inWindow(w: Window): SqlQuery {
  const from = w.from === undefined ? sql`TRUE` : sql`ChargePeriodStart >= CAST(${w.from} AS TIMESTAMP)`;
  const to = w.to === undefined ? sql`TRUE` : sql`ChargePeriodStart < CAST(${w.to} AS TIMESTAMP)`;
  return sql`(${from} AND ${to})`;
}

/** Money out of the engine: an exact sum rounded once, as DECIMAL (a number at the border). */
export function money(expr: SqlQuery): SqlQuery {
  return sql`round(coalesce(${expr}, 0), 6)`;
}

/** A ratio of two exact sums; null over zero. */
export function ratio(num: SqlQuery, den: SqlQuery): SqlQuery {
  return sql`CASE WHEN coalesce(${den}, 0) = 0 THEN NULL ELSE CAST(coalesce(${num}, 0) AS DOUBLE) / CAST(${den} AS DOUBLE) END`;
}
