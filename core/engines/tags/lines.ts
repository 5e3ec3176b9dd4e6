// The audited lines: focus in the period, with cost on the chosen basis, whether the line is
// taggable (names a resource other than a commitment itself: SPEC step 2), and per required key its status (s0..sn), key found (f0..fn) and value found (v0..vn).
// Coverage and offenders both read this one CTE, so they cannot disagree.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import { COST_BASIS_COLUMN } from '../pivot/constants.ts';
import { effectiveTagsSql, type TagAliasSet } from './aliases/effective.ts';
import { KEY_STATUS } from './constants.ts';
import { foundKeySql, foundValueSql, servicePrefixSql, statusSql } from './line-status.ts';
import type { TagPolicy } from './policy.ts';
import type { TagAuditSpec } from './spec.ts';

export const TIME = ident('ChargePeriodStart');

/** [from, to) of a YYYY-MM month, as timestamps text. */
export function monthRange(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${period}-01 00:00:00`, to: `${next}-01 00:00:00` };
}

export function periodWhere(period: string | undefined): SqlQuery {
  if (!period) return sql`true`;
  const { from, to } = monthRange(period);
  return sql`${TIME} >= CAST(${from} AS TIMESTAMP) AND ${TIME} < CAST(${to} AS TIMESTAMP)`;
}

/** focus with its Tags read through the aliases (the loaded column when there is none). */
function linesSource(aliases: TagAliasSet): SqlQuery {
  if (aliases.signature === '') return sql`focus`;
  return sql`(SELECT * REPLACE (${effectiveTagsSql(aliases)} AS ${ident('Tags')}) FROM focus)`;
}

/** `WITH audited AS (...)`: one row per focus line of the period, its tags read through the aliases. */
export function auditedLinesSql(policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): SqlQuery {
  const prefix = servicePrefixSql();
  const perKey = policy.keys.map((k, i) => sql`${statusSql(k, prefix)} AS ${ident(`s${i}`)}, ${foundKeySql(k)} AS ${ident(`f${i}`)}, ${foundValueSql(k)} AS ${ident(`v${i}`)}`);
  return sql`WITH audited AS (
    SELECT ${ident('SubAccountId')} AS account, ${ident('SubAccountName')} AS account_name, ${ident('ServiceName')} AS service,
      strftime(${TIME}, '%Y-%m') AS month, ${ident('ResourceId')} AS resource, ${TIME} AS start_at, ${ident('ChargePeriodEnd')} AS end_at,
      ${ident(COST_BASIS_COLUMN[spec.basis])} AS cost,
      coalesce(${ident('ResourceId')} <> '', false) AND ${ident('ResourceId')} IS DISTINCT FROM ${ident('CommitmentDiscountId')} AS taggable,
      ${join(perKey)}
    FROM ${linesSource(aliases)} WHERE ${periodWhere(spec.period)})`;
}

/** The line carries every required key. */
export function allKeysOkSql(policy: TagPolicy): SqlQuery {
  return join(policy.keys.map((_, i) => sql`${ident(`s${i}`)} = ${raw(String(KEY_STATUS.ok))}`), ' AND ');
}
