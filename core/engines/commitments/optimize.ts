// SPEC "Optimize": read the window's cells × hours once (pool-matrix.ts, as the what-if does) and
// make every type's pools of them (optimize-pools.ts); resolve rates as the what-if does (given,
// rate table, observed, shipped default: rates.ts); then the curve and the choices for one type's
// pool (optimize-curve.ts), or for `mix` the RIs and EC2 Instance SPs first (optimize-mix.ts) and
// the Compute SP's curve on what they leave.
import type { Db } from '../../store/db.ts';
import { TERM_SECONDS, type EligibleType } from './constants.ts';
import { optimizePool } from './optimize-curve.ts';
import { planMix } from './optimize-mix.ts';
import { poolsOf, type PoolSeries } from './optimize-pools.ts';
import type { OptimizePool, OptimizeResult } from './optimize-result.ts';
import { HOUR_MS, iso, loadPoolMatrix } from './pool-matrix.ts';
import { listRates, resolveRate, type ResolvedRate } from './rates.ts';
import type { OptimizeSpec } from './spec.ts';
import { windowOf } from './whatif.ts';

const describePool = (p: OptimizePool): string => [p.instance, p.region, p.service].filter((x) => x !== null).join(' in ').replace(/ in ([^ ]+) in /, ' in $1, ');
const EMPTY_SCOPE = { region: null, family: null, instanceType: null, sizeFlexible: false };

/** The pool of the type the spec names: the only one (Compute SP), the scope's, else the one with the most open spend. */
function choosePool(pools: PoolSeries[], spec: OptimizeSpec, type: EligibleType, notices: string[]): PoolSeries | undefined {
  const s = spec.scope;
  if (s === undefined || type === 'ComputeSavingsPlan') {
    if (pools.length > 1) notices.push(`${pools.length} ${type} pools have eligible spend; this is the one with the most left open (${describePool(pools[0]!.pool)}). Give a scope (region, instance) for another.`);
    return pools[0];
  }
  const hit = pools.find(({ pool: p }) => (s.region === undefined || p.region === s.region) && (s.instance === undefined || p.instance === s.instance) && (s.service === undefined || p.service === s.service));
  if (hit === undefined) notices.push(`No ${type} pool matches the scope asked (${JSON.stringify(s)}): nothing is eligible there.`);
  return hit;
}

export async function runOptimizeSpec(db: Db, spec: OptimizeSpec): Promise<OptimizeResult> {
  const notices: string[] = [];
  const w = await windowOf(db, spec, notices);
  const m = await loadPoolMatrix(db, w, spec.basis);
  const pools = poolsOf(m);
  const table = await listRates(db);
  const terms = { term: spec.term, payment: spec.payment };
  const rateOf = (type: EligibleType, p: PoolSeries | undefined, given: number | undefined): ResolvedRate => resolveRate({ type, ...terms, scope: p?.scope ?? EMPTY_SCOPE, given }, table, m.observed);
  const single: EligibleType = spec.type === 'mix' ? 'ComputeSavingsPlan' : spec.type;
  const chosen = choosePool(pools[single], spec, single, notices);
  const pool: OptimizePool = chosen?.pool ?? { type: single, region: null, instance: null, service: null };
  const resolved = rateOf(single, chosen, spec.rate ?? (spec.type === 'mix' ? spec.rates?.ComputeSavingsPlan : undefined));
  let hours = chosen?.hours ?? m.hours.map((hour) => ({ hour, eligible: 0, covered: 0 }));
  let mix: OptimizeResult['mix'];
  if (spec.type === 'mix') {
    const byPool = (type: 'ReservedInstance' | 'EC2InstanceSavingsPlan') => (p: OptimizePool): number => rateOf(type, pools[type].find((s) => s.pool === p), spec.rates?.[type]).rate;
    const plan = planMix(hours, pools.EC2InstanceSavingsPlan, pools.ReservedInstance, { ReservedInstance: byPool('ReservedInstance'), EC2InstanceSavingsPlan: byPool('EC2InstanceSavingsPlan'), ComputeSavingsPlan: resolved.rate }, terms);
    hours = plan.computeHours;
    mix = plan.items;
  }
  const { curve, choices } = optimizePool(hours, { rate: resolved.rate, ...terms, targetCoverage: spec.targetCoverage, conservativePercentile: spec.conservativePercentile });
  if (mix !== undefined) {
    const best = choices.find((c) => c.kind === 'max-savings')!;
    if (best.hourlyCommitment > 0) mix.push({ ...pool, rate: resolved.rate, hourlyCommitment: best.hourlyCommitment, monthlySavings: best.monthlySavings, utilization: best.utilization });
  }
  if (curve.length === 1) notices.push('No eligible spend is left open in this pool over the window: there is nothing for a new commitment to cover.');
  const target = choices.find((c) => c.kind === 'target-coverage');
  if (target !== undefined && target.hourlyCommitment === 0 && curve.length > 1) notices.push(`The commitments held already cover ${((curve[0]!.coverage ?? 0) * 100).toFixed(1)}% of this pool, at or above the ${(spec.targetCoverage * 100).toFixed(0)}% target.`);
  // held commitments ending within the new term leave more open after them than the window shows
  const termEnd = w.toMs + TERM_SECONDS[spec.term] * 1000;
  const lapsing = m.held.filter((h) => h.billed.size > 0 && h.end !== null && Date.parse(h.end) < termEnd);
  if (lapsing.length > 0) notices.push(`Held and applied first, but ending within the ${spec.term} term: ${lapsing.map((h) => `${h.id} (${h.end!.slice(0, 10)})`).join(', ')}. After them more usage is open than this window shows ("commitments whatif --expiring-within DAYS" shows how much).`);
  return {
    spec, from: iso(w.fromMs), to: iso(w.toMs), hours: Math.round((w.toMs - w.fromMs) / HOUR_MS), approximate: m.approximate,
    rate: resolved.rate, rateSource: resolved.source, rateDetail: resolved.detail, pool, curve, choices, ...(mix !== undefined ? { mix } : {}),
    existingApplied: m.held.filter((h) => h.billed.size > 0).map((h) => h.id).sort(), notices,
  };
}
