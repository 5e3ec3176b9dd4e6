// SPEC step 2: coverage overall, by account, by service and by month, in one GROUPING SETS query.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import type { TagAliasSet } from './aliases/effective.ts';
import { KEY_STATUS } from './constants.ts';
import { allKeysOkSql, auditedLinesSql } from './lines.ts';
import type { TagPolicy } from './policy.ts';
import type { CoverageFigures, CoverageGroup, KeyCoverage } from './result.ts';
import type { TagAuditSpec } from './spec.ts';

export const GROUPINGS = ['overall', 'account', 'service', 'month'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface Coverage {
  overall: CoverageGroup;
  byAccount: CoverageGroup[];
  byService: CoverageGroup[];
  byMonth: CoverageGroup[];
}

/** Σ cost as cents text (exact sum, rounded half away from zero), 0 when no line. */
function cents(filter: SqlQuery | null): SqlQuery {
  const sum = filter ? sql`sum(cost) FILTER (WHERE ${filter})` : sql`sum(cost)`;
  return sql`CAST(round(coalesce(${sum}, 0), 2) AS VARCHAR)`;
}

/** A share of two exact sums, null over zero. */
function share(num: SqlQuery, den: SqlQuery | null): SqlQuery {
  const d = den ? sql`sum(cost) FILTER (WHERE ${den})` : sql`sum(cost)`;
  return sql`CASE WHEN coalesce(${d}, 0) = 0 THEN NULL ELSE CAST(coalesce(sum(cost) FILTER (WHERE ${num}), 0) AS DOUBLE) / CAST(${d} AS DOUBLE) END`;
}

function figures(carries: SqlQuery, name: string): SqlQuery {
  const taggableCarries = sql`taggable AND ${carries}`;
  return sql`${cents(carries)} AS ${ident(`${name}_t`)}, ${share(carries, null)} AS ${ident(`${name}_s`)},
    ${cents(taggableCarries)} AS ${ident(`${name}_tt`)}, ${share(taggableCarries, sql`taggable`)} AS ${ident(`${name}_ts`)}`;
}

export function coverageSql(policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): SqlQuery {
  const perKey = policy.keys.map((_, i) => figures(sql`${ident(`s${i}`)} = ${raw(String(KEY_STATUS.ok))}`, `k${i}`));
  return sql`${auditedLinesSql(policy, spec, aliases)}
    SELECT GROUPING(account) AS g_account, GROUPING(service) AS g_service, GROUPING(month) AS g_month,
      account, min(account_name) AS account_name, service, month,
      ${cents(null)} AS total, ${cents(sql`taggable`)} AS taggable,
      ${join(perKey)}, ${figures(allKeysOkSql(policy), 'all')}
    FROM audited
    GROUP BY GROUPING SETS ((), (account), (service), (month))
    ORDER BY month NULLS FIRST, account NULLS FIRST, service NULLS FIRST`;
}

const num = (v: unknown): number => Number(v);
const shareOf = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function readFigures(r: JsonRow, name: string): CoverageFigures {
  return { taggedCost: num(r[`${name}_t`]), share: shareOf(r[`${name}_s`]), taggableTaggedCost: num(r[`${name}_tt`]), taggableShare: shareOf(r[`${name}_ts`]) };
}

function groupingOf(r: JsonRow): Grouping {
  if (Number(r.g_account) === 0) return 'account';
  if (Number(r.g_service) === 0) return 'service';
  if (Number(r.g_month) === 0) return 'month';
  return 'overall';
}

function readGroup(r: JsonRow, policy: TagPolicy, grouping: Grouping): CoverageGroup {
  const totalCost = num(r.total);
  const taggableCost = num(r.taggable);
  const keys: KeyCoverage[] = policy.keys.map((k, i) => ({ key: k.key, totalCost, taggableCost, ...readFigures(r, `k${i}`) }));
  const value = grouping === 'overall' ? null : (r[grouping] as string | null);
  return { value, ...(grouping === 'account' ? { label: (r.account_name as string | null) ?? null } : {}), totalCost, taggableCost, keys, allKeys: readFigures(r, 'all') };
}

export async function readCoverage(db: Db, policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): Promise<Coverage> {
  const rows = (await db.read(coverageSql(policy, spec, aliases))).getRowObjectsJson() as JsonRow[];
  const out: Coverage = { overall: readGroup({}, policy, 'overall'), byAccount: [], byService: [], byMonth: [] };
  for (const r of rows) {
    const g = groupingOf(r);
    const group = readGroup(r, policy, g);
    if (g === 'overall') out.overall = group;
    else if (g === 'account') out.byAccount.push(group);
    else if (g === 'service') out.byService.push(group);
    else out.byMonth.push(group);
  }
  return out;
}
