// Steps 1-2 in SQL (SPEC.md): every line of the period with its owner (the chain) and its pool
// (the first that matches), then the exact sums the rest of the engine works from. Money stays
// DECIMAL(38,12) in DuckDB and arrives as text (exact, core/engines/pivot/exact.ts).
import { ident, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { COST_BASIS_COLUMN } from '../pivot/constants.ts';
import { parseExact } from '../pivot/exact.ts';
import type { TagAliasSet } from '../tags/aliases/effective.ts';
import { LIMITS } from './constants.ts';
import { ACCOUNT_OWNERS_ALIAS, ownerSql } from './owner-sql.ts';
import { CREDIT_SQL, poolMatchSql } from './pool-match.ts';
import type { ChargebackRules } from './rules.ts';
import { KUBERNETES_POOL } from './kubernetes-source.ts';

/** `pool` of a credit line the rules leave unallocated. */
export const UNALLOCATED_POOL = -1;

/** Sums of one (pool, owner): pool null = direct; owner null = no owner. */
export interface LineGroup {
  pool: number | null;
  owner: string | null;
  amount: bigint;
}

export interface Breakdowns {
  byService: Map<string, { name: string; cost: bigint }[]>;
  byAccount: Map<string, { id: string; name: string | null; cost: bigint }[]>;
  topResources: Map<string, { resourceId: string; serviceName: string | null; cost: bigint }[]>;
}

/** [from, to) of a billing period 'YYYY-MM'. */
export function periodBounds(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${period}-01`, to: `${next}-01` };
}

export function previousPeriodOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function periodWhere(period: string): SqlQuery {
  const { from, to } = periodBounds(period);
  return sql`${ident('BillingPeriodStart')} >= CAST(${from} AS TIMESTAMP) AND ${ident('BillingPeriodStart')} < CAST(${to} AS TIMESTAMP)`;
}

/** The period's lines with cb_owner, cb_pool and cb_amount (the basis, exact). */
export function classifiedLinesSql(rules: ChargebackRules, aliases: TagAliasSet, period: string, nodeLines: readonly SqlQuery[] = []): SqlQuery {
  const owner = ownerSql(rules.owner.chain, aliases);
  const cases: SqlQuery[] = [];
  if (rules.credits === 'unallocated') cases.push(sql`WHEN ${CREDIT_SQL} THEN ${raw(String(UNALLOCATED_POOL))}`);
  // a Kubernetes cluster's node lines (owner source kubernetes) before the rules' pools
  nodeLines.forEach((pred, c) => cases.push(sql`WHEN ${pred} THEN ${raw(String(KUBERNETES_POOL - c))}`));
  rules.pools.forEach((p, i) => cases.push(sql`WHEN ${poolMatchSql(p.match, raw('cb_owner'), aliases, `pools.${i}.match`)} THEN ${raw(String(i))}`));
  // credits are decided before any pool (SPEC step 2a); split proportionally they are a pool of their own, after the rules' pools
  if (rules.credits === 'proportional') cases.unshift(sql`WHEN ${CREDIT_SQL} THEN ${raw(String(rules.pools.length))}`);
  const pool = cases.length ? sql`CASE ${joinCases(cases)} ELSE NULL END` : sql`CAST(NULL AS INTEGER)`;
  const basis = ident(COST_BASIS_COLUMN[rules.basis]);
  return sql`SELECT *, CAST(${pool} AS INTEGER) AS cb_pool, CAST(coalesce(${basis}, 0) AS DECIMAL(38, 12)) AS cb_amount FROM (
    SELECT focus.*, ${owner} AS cb_owner FROM focus
    LEFT JOIN chargeback_account_owners AS ${ident(ACCOUNT_OWNERS_ALIAS)} ON ${ident(ACCOUNT_OWNERS_ALIAS)}.account_id = focus.${ident('SubAccountId')}
    WHERE ${periodWhere(period)})`;
}

function joinCases(cases: SqlQuery[]): SqlQuery {
  return cases.reduce((acc, c) => sql`${acc} ${c}`);
}

export async function lineGroups(db: Db, lines: SqlQuery): Promise<LineGroup[]> {
  const rows = await db.all(sql`SELECT cb_pool, cb_owner, CAST(sum(cb_amount) AS VARCHAR) AS amount FROM (${lines}) GROUP BY ALL`);
  return rows.map((r) => ({ pool: r.cb_pool === null ? null : Number(r.cb_pool), owner: r.cb_owner === null ? null : String(r.cb_owner), amount: parseExact(r.amount as string | null) }));
}

/** The period's currencies and the source total of the basis, straight from focus (the invariant's right side). */
export async function periodTotals(db: Db, rules: ChargebackRules, period: string): Promise<{ currencies: string[]; total: bigint; lines: number }> {
  const basis = ident(COST_BASIS_COLUMN[rules.basis]);
  const rows = await db.all(sql`SELECT ${ident('BillingCurrency')} AS currency, CAST(sum(${basis}) AS VARCHAR) AS total, count(*) AS n FROM focus WHERE ${periodWhere(period)} GROUP BY ALL ORDER BY currency`);
  return { currencies: rows.map((r) => String(r.currency ?? '')), total: rows.reduce((a, r) => a + parseExact(r.total as string | null), 0n), lines: rows.reduce((a, r) => a + Number(r.n), 0) };
}

/** Direct cost of each owner by service, account and resource (lines of no pool, with an owner). */
export async function breakdowns(db: Db, lines: SqlQuery): Promise<Breakdowns> {
  const direct = sql`SELECT * FROM (${lines}) WHERE cb_pool IS NULL AND cb_owner IS NOT NULL`;
  const services = await db.all(sql`SELECT cb_owner, coalesce(${ident('ServiceName')}, '') AS name, CAST(sum(cb_amount) AS VARCHAR) AS cost FROM (${direct}) GROUP BY ALL`);
  const accounts = await db.all(sql`SELECT cb_owner, coalesce(${ident('SubAccountId')}, '') AS id, max(${ident('SubAccountName')}) AS name, CAST(sum(cb_amount) AS VARCHAR) AS cost FROM (${direct}) GROUP BY cb_owner, id`);
  const resources = await db.all(sql`SELECT cb_owner, ${ident('ResourceId')} AS id, max(${ident('ServiceName')}) AS service, CAST(sum(cb_amount) AS VARCHAR) AS cost FROM (${direct})
    WHERE ${ident('ResourceId')} IS NOT NULL GROUP BY cb_owner, id
    QUALIFY row_number() OVER (PARTITION BY cb_owner ORDER BY sum(cb_amount) DESC, id) <= ${LIMITS.topResources}`);
  const group = <T>(rows: typeof services, make: (r: (typeof services)[number]) => T) => {
    const out = new Map<string, T[]>();
    for (const r of rows) {
      const k = String(r.cb_owner);
      if (!out.has(k)) out.set(k, []);
      out.get(k)!.push(make(r));
    }
    return out;
  };
  return {
    byService: group(services, (r) => ({ name: String(r.name), cost: parseExact(r.cost as string) })),
    byAccount: group(accounts, (r) => ({ id: String(r.id), name: r.name === null ? null : String(r.name), cost: parseExact(r.cost as string) })),
    topResources: group(resources, (r) => ({ resourceId: String(r.id), serviceName: r.service === null ? null : String(r.service), cost: parseExact(r.cost as string) })),
  };
}
