// SPEC step 4: coverage = covered on-demand equivalent ÷ eligible on-demand equivalent, over all
// eligible usage, by month, and per commitment type's pools.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { ELIGIBLE_TYPES, type EligibleType, type OnDemandBasis } from './constants.ts';
import { eligibleRowsSql, POOLS_SQL } from './eligibility.ts';
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
  const overall = await db.all(sql`WITH ${eligibleRowsSql(w, basis)}
    SELECT period, ${FIGURES} FROM eligible GROUP BY GROUPING SETS ((), (period)) ORDER BY period NULLS FIRST`);
  const byType = await db.all(sql`WITH ${eligibleRowsSql(w, basis)}, ${POOLS_SQL}
    SELECT type, ${FIGURES} FROM pools GROUP BY type`);
  const typed = new Map(byType.map((r) => [String(r.type), r]));
  return {
    overall: readCoverage(overall.find((r) => r.period === null)),
    byPeriod: overall.filter((r) => r.period !== null).map((r) => ({ period: String(r.period), ...readCoverage(r) })),
    byType: ELIGIBLE_TYPES.map((type: EligibleType) => ({ type, ...readCoverage(typed.get(type)) })),
  };
}
