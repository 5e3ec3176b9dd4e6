// Acceleration: `pivot_agg` holds focus summed per UTC day and the dimensions most reviews use
// (source.ts), so a pivot over those reads thousands of rows instead of millions.
// It must always equal focus. Ingest (and anything else that changes focus) runs
// refreshPivotAggregates (registered in engines/register.ts) inside its own transaction, naming
// the billing periods it touched; the aggregate is grouped by BillingPeriodStart, so re-summing
// just those periods is exact.
// As a safety net, pivot_agg_state records what the aggregate was built from (focus row count,
// the imports' ids and statuses); a pivot uses the aggregate only while that still matches,
// and reads focus otherwise: slower, never wrong.
import { ident, join, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { AGG_DAY_COLUMN, AGG_DIMENSION_COLUMNS, AGG_LINES_COLUMN, AGG_STATE_TABLE, AGG_SUM_COLUMNS, AGG_TABLE, FOCUS_TABLE } from './source.ts';
import { TIME_COLUMN } from './constants.ts';
import { addTagSets, clearTagSets, refreshTagValues, TAG_SET_ID_SQL } from './tag-aggregate.ts';
import { AGG_TAG_SET_COLUMN } from './source.ts';
import { METRIC_FORMAT_IDS } from '../../ingest/metrics/constants.ts';

export interface AffectedPeriods {
  /** Billing periods ('YYYY-MM', as in imports.billing_periods) whose focus rows were added, replaced or removed. */
  billingPeriods: readonly string[];
}

const IMPORTS_SIGNATURE = sql`SELECT coalesce(string_agg(CAST(id AS VARCHAR) || ':' || status, ',' ORDER BY id), '') FROM imports`;
/**
 * The same over the imports that load focus rows: a utilization metrics import (or its removal)
 * changes no line of focus and runs no refresh, so it must not make the aggregate look stale
 * (the next pivot, a read, would rebuild it: a write, and slow on a large workspace).
 */
const FOCUS_IMPORTS_SIGNATURE = sql`SELECT coalesce(string_agg(CAST(id AS VARCHAR) || ':' || status, ',' ORDER BY id), '') FROM imports WHERE NOT list_contains([${join([...METRIC_FORMAT_IDS])}], format)`;

function periodsCondition(periods: readonly string[]): SqlQuery {
  // rows without a billing period are few and always re-summed, so none is ever left behind
  const missing = sql`${ident('BillingPeriodStart')} IS NULL`;
  if (periods.length === 0) return missing;
  return sql`(strftime(${ident('BillingPeriodStart')}, '%Y-%m') IN (${join([...periods])}) OR ${missing})`;
}

function insertSql(where: SqlQuery): SqlQuery {
  const dims = AGG_DIMENSION_COLUMNS.map((c) => ident(c));
  const sums = AGG_SUM_COLUMNS.map((c) => sql`sum(${ident(c)}) AS ${ident(c)}`);
  return sql`INSERT INTO ${ident(AGG_TABLE)} BY NAME SELECT CAST(${ident(TIME_COLUMN)} AS DATE) AS ${ident(AGG_DAY_COLUMN)}, ${join(dims)}, ${TAG_SET_ID_SQL} AS ${ident(AGG_TAG_SET_COLUMN)}, ${join(sums)}, count(*) AS ${ident(AGG_LINES_COLUMN)}
FROM ${ident(FOCUS_TABLE)} WHERE ${where} GROUP BY ALL ORDER BY ${ident(AGG_DAY_COLUMN)}`;
}

async function recordState(db: Db): Promise<void> {
  await db.run(sql`DELETE FROM ${ident(AGG_STATE_TABLE)}`);
  await db.run(
    sql`INSERT INTO ${ident(AGG_STATE_TABLE)} SELECT (SELECT count(*) FROM ${ident(FOCUS_TABLE)}), (${FOCUS_IMPORTS_SIGNATURE}), now()::TIMESTAMP`,
  );
}

/** Re-sums the whole aggregate from focus. Run it inside the caller's transaction when there is one. */
export async function rebuildPivotAggregates(db: Db): Promise<void> {
  await db.run(sql`DELETE FROM ${ident(AGG_TABLE)}`);
  await db.run(insertSql(sql`TRUE`));
  await clearTagSets(db);
  await addTagSets(db, sql`TRUE`);
  await refreshTagValues(db);
  await recordState(db);
}

/**
 * Brings the aggregate back to equal focus after the given billing periods changed. Call it
 * after the focus and imports rows are written, inside the same transaction; with no
 * `affected` (or before the aggregate was ever built) it rebuilds everything.
 */
export async function refreshPivotAggregates(db: Db, affected?: AffectedPeriods): Promise<void> {
  const built = (await db.value(sql`SELECT count(*) FROM ${ident(AGG_STATE_TABLE)}`)) !== 0;
  if (!affected || !built) return rebuildPivotAggregates(db);
  const where = periodsCondition(affected.billingPeriods);
  await db.run(sql`DELETE FROM ${ident(AGG_TABLE)} WHERE ${where}`);
  await db.run(insertSql(where));
  await addTagSets(db, where);
  // a caller that forgot a period (or changed focus without telling us) leaves counts apart
  const agree = await db.value(
    sql`SELECT (SELECT coalesce(sum(${ident(AGG_LINES_COLUMN)}), 0) FROM ${ident(AGG_TABLE)}) = (SELECT count(*) FROM ${ident(FOCUS_TABLE)})`,
  );
  if (agree !== true) return rebuildPivotAggregates(db);
  await refreshTagValues(db);
  await recordState(db);
}

/** What focus holds now, as a short string that changes whenever its lines do. */
export async function dataVersion(db: Db): Promise<string> {
  const v = await db.one(sql`SELECT (SELECT count(*) FROM ${ident(FOCUS_TABLE)}) AS n, (${IMPORTS_SIGNATURE}) AS s`);
  return `${v?.n}|${v?.s}`;
}

/** True when the aggregate was built from exactly the focus rows and imports there are now. */
export async function pivotAggregatesFresh(db: Db): Promise<boolean> {
  try {
    const fresh = await db.value(
      sql`SELECT s.focus_rows = (SELECT count(*) FROM ${ident(FOCUS_TABLE)}) AND s.imports_signature = (${FOCUS_IMPORTS_SIGNATURE}) FROM ${ident(AGG_STATE_TABLE)} s`,
    );
    return fresh === true;
  } catch {
    // a workspace opened read-only before migration 003 has no aggregate: read focus
    return false;
  }
}
