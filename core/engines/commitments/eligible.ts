// SPEC step 5: eligible spend per hour, per commitment type and scope (a pool): what one more
// commitment could cover, the input of a what-if. A row longer than an hour (daily data, a
// monthly aggregate) is spread evenly over its hours, and the result says so (`approximate`).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { eligibleRowsSql, POOLS_SQL } from './eligibility.ts';
import type { EligiblePool, EligibleSpendResult } from './result.ts';
import type { EligibleSpendSpec } from './spec.ts';
import { money, ratio } from './window.ts';

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** CTEs `spread` (pool, hour, eligible, covered: DOUBLE) and `sized` (rows with their hour count). */
function spreadSql(spec: EligibleSpendSpec) {
  return sql`WITH ${eligibleRowsSql(spec, spec.basis)}, ${POOLS_SQL},
    sized AS (
      SELECT type, region, instance, service, s, e, sum(od) AS od, coalesce(sum(od) FILTER (WHERE covered), 0) AS cov,
        range(date_trunc('hour', s), greatest(e, s + INTERVAL 1 SECOND), INTERVAL 1 HOUR) AS hour_list
      FROM pools GROUP BY ALL
    ),
    spread AS (
      SELECT type, region, instance, service, unnest(hour_list) AS hour,
        CAST(od AS DOUBLE) / len(hour_list) AS od, CAST(cov AS DOUBLE) / len(hour_list) AS cov
      FROM sized
    )`;
}

export async function eligibleSpend(db: Db, spec: EligibleSpendSpec): Promise<EligibleSpendResult> {
  const base = spreadSql(spec);
  const samePool = sql`h.type = t.type AND h.region IS NOT DISTINCT FROM t.region AND h.instance IS NOT DISTINCT FROM t.instance
    AND h.service IS NOT DISTINCT FROM t.service`;
  // how much was spread: over the eligible rows themselves (a row counts once, though it sits in several pools)
  const spans = sql`len(range(date_trunc('hour', s), greatest(e, s + INTERVAL 1 SECOND), INTERVAL 1 HOUR)) > 1`;
  const pools = await db.all(sql`${base},
    totals AS (SELECT type, region, instance, service, sum(od) AS od, sum(cov) AS cov FROM sized GROUP BY ALL),
    hours AS (SELECT type, region, instance, service, count(DISTINCT hour) AS hours FROM spread GROUP BY ALL),
    approx AS (SELECT ${ratio(sql`sum(od) FILTER (WHERE ${spans})`, sql`sum(od)`)} AS share, coalesce(bool_or(${spans}), FALSE) AS any FROM eligible)
    SELECT t.type, t.region, t.instance, t.service, ${money(sql`t.od`)} AS eligible, ${money(sql`t.cov`)} AS covered,
      ${ratio(sql`t.cov`, sql`t.od`)} AS coverage, h.hours, approx.share AS approx_share, approx.any AS approx_any
    FROM totals t JOIN hours h ON ${samePool} CROSS JOIN approx
    ORDER BY t.type, t.od DESC, t.region NULLS FIRST, t.instance NULLS FIRST, t.service NULLS FIRST`);
  // no pool: nothing eligible, nothing spread
  const approx = pools[0] ? { share: pools[0].approx_share, any: pools[0].approx_any } : { share: null, any: false };
  const out: EligiblePool[] = pools.map((r) => ({
    type: r.type as EligiblePool['type'], region: str(r.region), instance: str(r.instance), service: str(r.service),
    eligible: Number(r.eligible), covered: Number(r.covered), coverage: r.coverage === null ? null : Number(r.coverage), hours: Number(r.hours),
  }));
  if (spec.includeHours) {
    const series = await db.all(sql`${base}
      SELECT type, region, instance, service, strftime(hour, '%Y-%m-%dT%H:%M:%SZ') AS hour, sum(od) AS od, sum(cov) AS cov
      FROM spread GROUP BY ALL ORDER BY type, region, instance, service, hour`);
    const key = (r: { type: unknown; region: unknown; instance: unknown; service: unknown }) => JSON.stringify([r.type, r.region, r.instance, r.service]);
    const byPool = new Map(out.map((p) => [key(p), p]));
    for (const r of series) {
      const p = byPool.get(key({ type: r.type, region: str(r.region), instance: str(r.instance), service: str(r.service) }));
      if (!p) continue;
      (p.series ??= []).push({ hour: String(r.hour), eligible: Number(r.od), covered: Number(r.cov) });
    }
  }
  return {
    spec, basis: spec.basis, approximate: approx?.any === true,
    approximateShare: approx?.share === null || approx?.share === undefined ? null : Number(approx.share), pools: out,
  };
}
