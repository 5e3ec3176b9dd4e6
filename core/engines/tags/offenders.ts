// SPEC step 3: resources whose lines miss a required key, ranked by the cost of those lines.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import type { TagAliasSet } from './aliases/effective.ts';
import { KEY_STATUS } from './constants.ts';
import { allKeysOkSql, auditedLinesSql } from './lines.ts';
import type { TagPolicy } from './policy.ts';
import type { InvalidKey, Offender } from './result.ts';
import type { TagAuditSpec } from './spec.ts';

const lit = (n: number) => raw(String(n));

export function offendersSql(policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): SqlQuery {
  const { missing, invalidValue, invalidKey } = KEY_STATUS;
  const perKey = policy.keys.map((_, i) => {
    const [s, f, v] = [ident(`s${i}`), ident(`f${i}`), ident(`v${i}`)];
    const bad = sql`${s} IN (${lit(invalidValue)}, ${lit(invalidKey)})`;
    return sql`bool_or(${s} = ${lit(missing)}) AS ${ident(`m${i}`)},
      arg_max(${s}, start_at) FILTER (WHERE ${bad}) AS ${ident(`is${i}`)},
      arg_max(${f}, start_at) FILTER (WHERE ${bad}) AS ${ident(`if${i}`)},
      arg_max(${v}, start_at) FILTER (WHERE ${bad}) AS ${ident(`iv${i}`)}`;
  });
  return sql`${auditedLinesSql(policy, spec, aliases)}
    SELECT resource, min(account) AS account, min(account_name) AS account_name, arg_max(service, cost) AS service,
      CAST(round(sum(cost), 2) AS VARCHAR) AS cost, strftime(min(start_at), '%Y-%m-%dT%H:%M:%SZ') AS first_seen,
      strftime(max(end_at), '%Y-%m-%dT%H:%M:%SZ') AS last_seen, ${join(perKey)},
      count(*) OVER () AS offender_count, CAST(round(sum(sum(cost)) OVER (), 2) AS VARCHAR) AS offender_cost,
      CAST(round(sum(sum(cost)) OVER (ORDER BY sum(cost) DESC, resource ROWS UNBOUNDED PRECEDING), 2) AS VARCHAR) AS running_cost
    FROM audited
    WHERE taggable AND NOT (${allKeysOkSql(policy)})
    GROUP BY resource
    ORDER BY sum(cost) DESC, resource
    LIMIT ${spec.offenders}`;
}

export interface Offenders {
  offenders: Offender[];
  count: number;
  cost: number;
  /** Cost of the first `fixTop` offenders (all of them when there are fewer). */
  topCost: number;
}

/** Offenders, and their count and cost (0 when there are none). */
export async function readOffenders(db: Db, policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): Promise<Offenders> {
  // enough rows for the list and for the top N's cost (LIMIT 0 would lose the totals)
  const rows = (await db.read(offendersSql(policy, { ...spec, offenders: Math.max(spec.offenders, spec.fixTop, 1) }, aliases))).getRowObjectsJson() as JsonRow[];
  const offenders = rows.slice(0, spec.offenders).map((r): Offender => {
    const missing: string[] = [];
    const invalid: InvalidKey[] = [];
    policy.keys.forEach((k, i) => {
      if (r[`m${i}`] === true) missing.push(k.key);
      const status = r[`is${i}`];
      if (status !== null && status !== undefined) {
        invalid.push({ key: k.key, reason: Number(status) === KEY_STATUS.invalidKey ? 'invalidKey' : 'invalidValue', foundKey: String(r[`if${i}`]), value: String(r[`iv${i}`]) });
      }
    });
    return {
      resourceId: String(r.resource),
      accountId: (r.account as string | null) ?? null,
      accountName: (r.account_name as string | null) ?? null,
      serviceName: (r.service as string | null) ?? null,
      cost: Number(r.cost),
      missing,
      invalid,
      firstSeen: String(r.first_seen),
      lastSeen: String(r.last_seen),
    };
  });
  const first = rows[0];
  const top = rows[Math.min(spec.fixTop, rows.length) - 1];
  return { offenders, count: first ? Number(first.offender_count) : 0, cost: first ? Number(first.offender_cost) : 0, topCost: top ? Number(top.running_cost) : 0 };
}
