// SPEC step 4: coverage = covered on-demand equivalent ÷ eligible on-demand equivalent, over all
// eligible usage, by month, and per commitment type's pools.
import { ident, join, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { ELIGIBLE_TYPES, type EligibleType, type OnDemandBasis } from './constants.ts';
import { eligibleRowsSql, POOL_MEMBERS } from './eligibility.ts';
import type { CoverageFigures, PeriodCoverage, TypeCoverage } from './result.ts';
import { money, ratio, type Window } from './window.ts';

const FIGURES = sql`${money(sql`sum(od)`)} AS eligible, ${money(sql`sum(od) FILTER (WHERE covered)`)} AS covered,
  ${ratio(sql`sum(od) FILTER (WHERE covered)`, sql`sum(od)`)} AS coverage`;

export function readCoverage(r: JsonRow | undefined): CoverageFigures {
  return { eligible: Number(r?.eligible ?? 0), covered: Number(r?.covered ?? 0), coverage: r?.coverage === null || r?.coverage === undefined ? null : Number(r.coverage) };
}

export interface Coverage {
  overall: CoverageFigures;
  byPeriod: PeriodCoverage[];
  byType: TypeCoverage[];
}

export async function coverage(db: Db, w: Window, basis: OnDemandBasis): Promise<Coverage> {
  // One pass over the eligible rows (the costly part: usage-type patterns on every usage row): the
  // overall and monthly figures, and each type's over the rows of its pools (POOL_MEMBERS).
  const byType = ELIGIBLE_TYPES.map((type) => {
    const member = POOL_MEMBERS[type];
    return sql`${money(sql`sum(od) FILTER (WHERE ${member})`)} AS ${ident(`${type}_eligible`)},
      ${money(sql`sum(od) FILTER (WHERE ${member} AND covered)`)} AS ${ident(`${type}_covered`)},
      ${ratio(sql`sum(od) FILTER (WHERE ${member} AND covered)`, sql`sum(od) FILTER (WHERE ${member})`)} AS ${ident(`${type}_coverage`)}`;
  });
  const rows = await db.all(sql`WITH ${eligibleRowsSql(w, basis)}
    SELECT period, ${FIGURES}, ${join(byType)} FROM eligible GROUP BY GROUPING SETS ((), (period)) ORDER BY period NULLS FIRST`);
  const overall = rows.find((r) => r.period === null);
  return {
    overall: readCoverage(overall),
    byPeriod: rows.filter((r) => r.period !== null).map((r) => ({ period: String(r.period), ...readCoverage(r) })),
    byType: ELIGIBLE_TYPES.map((type: EligibleType) => ({
      type, ...readCoverage(overall && { eligible: overall[`${type}_eligible`] ?? null, covered: overall[`${type}_covered`] ?? null, coverage: overall[`${type}_coverage`] ?? null }),
    })),
  };
}
