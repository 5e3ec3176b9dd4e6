// SPEC "Optimize": read the window's pool hours once (eligible.ts, every pool of every type),
// the rates observed on the commitments held, and which of them covered usage; then the curve
// and the choices for one type's pool (optimize-curve.ts), or for `mix` the RIs and EC2
// Instance SPs first (optimize-mix.ts) and the Compute SP's curve on what they leave.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { CHARGE, STATUS, type EligibleType } from './constants.ts';
import { eligibleSpend } from './eligible.ts';
import { noTypeRate } from './errors.ts';
import { iso, observedRates, poolHours, resolveLookback, type Lookback } from './lookback.ts';
import { optimizePool } from './optimize-curve.ts';
import { planMix, type PoolHours } from './optimize-mix.ts';
import type { OptimizePool, OptimizeResult } from './optimize-result.ts';
import type { EligiblePool } from './result.ts';
import type { OptimizeSpec } from './spec.ts';
import { inWindow } from './window.ts';

/** The option that gives each type's rate: `rate` for the type optimized, `rates.<type>` in a mix. */
const RATE_OPTION = { single: '--rate', mix: (t: EligibleType) => (t === 'ComputeSavingsPlan' ? '--rate' : `rates.${t}`) };

/** Ids of the commitments that covered usage in the window: their coverage is off the open hours already. */
async function heldCommitments(db: Db, w: Lookback['window']): Promise<string[]> {
  const rows = await db.all(sql`SELECT DISTINCT CommitmentDiscountId AS id FROM focus
    WHERE ChargeCategory = ${CHARGE.usage} AND CommitmentDiscountStatus = ${STATUS.used} AND CommitmentDiscountId IS NOT NULL AND ${inWindow(w)} ORDER BY id`);
  return rows.map((r) => String(r.id));
}

const poolOf = (p: EligiblePool): OptimizePool => ({ type: p.type, region: p.region, instance: p.instance, service: p.service });
const open = (p: EligiblePool): number => p.eligible - p.covered;
const describe = (p: OptimizePool): string => [p.instance, p.region, p.service].filter((x) => x !== null).join(' in ').replace(/ in ([^ ]+) in /, ' in $1, ');

/** The pool of the type the spec names: the only one (Compute SP), the scope's, else the one with the most open spend. */
function choosePool(pools: EligiblePool[], spec: OptimizeSpec, type: EligibleType, notices: string[]): EligiblePool | undefined {
  const ofType = pools.filter((p) => p.type === type).sort((a, b) => open(b) - open(a));
  const s = spec.scope;
  if (s === undefined || type === 'ComputeSavingsPlan') {
    if (ofType.length > 1) notices.push(`${ofType.length} ${type} pools have eligible spend; this is the one with the most left open (${describe(poolOf(ofType[0]!))}). Give a scope (region, instance) for another.`);
    return ofType[0];
  }
  const hit = ofType.find((p) => (s.region === undefined || p.region === s.region) && (s.instance === undefined || p.instance === s.instance) && (s.service === undefined || p.service === s.service));
  if (hit === undefined) notices.push(`No ${type} pool matches the scope asked (${JSON.stringify(s)}): nothing is eligible there.`);
  return hit;
}

export async function runOptimizeSpec(db: Db, spec: OptimizeSpec): Promise<OptimizeResult> {
  const lb = await resolveLookback(db, spec);
  const notices = [...lb.notices];
  const spend = await eligibleSpend(db, { kind: 'commitments-eligible', version: 1, basis: spec.basis, includeHours: true, ...lb.window });
  const observed = await observedRates(db, lb.window, spec.basis);
  const existingApplied = await heldCommitments(db, lb.window);
  const [from, to] = [iso(lb.from), iso(lb.to)];
  const terms = { term: spec.term, payment: spec.payment };
  const options = { ...terms, targetCoverage: spec.targetCoverage, conservativePercentile: spec.conservativePercentile };
  const single: EligibleType = spec.type === 'mix' ? 'ComputeSavingsPlan' : spec.type;
  const rate = spec.rate ?? (spec.type === 'mix' ? spec.rates?.ComputeSavingsPlan : undefined) ?? observed[single];
  if (rate === null) throw noTypeRate(single, from, to, RATE_OPTION.single);
  const rateSource = spec.rate !== undefined || (spec.type === 'mix' && spec.rates?.ComputeSavingsPlan !== undefined) ? 'given' : 'observed';
  const chosen = choosePool(spend.pools, spec, single, notices);
  const pool: OptimizePool = chosen === undefined ? { type: single, region: null, instance: null, service: null } : poolOf(chosen);
  let hours = poolHours(chosen?.series, lb);
  let mix: OptimizeResult['mix'];
  if (spec.type === 'mix') {
    const rateOf = (t: 'ReservedInstance' | 'EC2InstanceSavingsPlan'): number | null => {
      const r = spec.rates?.[t] ?? observed[t];
      if (r === null) notices.push(`No ${t} is in the mix: none held shows its rate; give it (${RATE_OPTION.mix(t)}) to include it.`);
      return r;
    };
    const layers = (type: EligibleType): PoolHours[] => spend.pools.filter((p) => p.type === type).map((p) => ({ pool: poolOf(p), hours: poolHours(p.series, lb) }));
    const plan = planMix(hours, layers('EC2InstanceSavingsPlan'), layers('ReservedInstance'), { ReservedInstance: rateOf('ReservedInstance'), EC2InstanceSavingsPlan: rateOf('EC2InstanceSavingsPlan'), ComputeSavingsPlan: rate }, terms);
    hours = plan.computeHours;
    mix = plan.items;
  }
  const { curve, choices } = optimizePool(hours, { rate, ...options });
  if (mix !== undefined) {
    const best = choices.find((c) => c.kind === 'max-savings')!;
    if (best.hourlyCommitment > 0) mix.push({ ...pool, rate, hourlyCommitment: best.hourlyCommitment, monthlySavings: best.monthlySavings, utilization: best.utilization });
  }
  if (curve.length === 1) notices.push('No eligible spend is left open in this pool over the window: there is nothing for a new commitment to cover.');
  const target = choices.find((c) => c.kind === 'target-coverage');
  if (target !== undefined && target.hourlyCommitment === 0 && curve.length > 1) notices.push(`The commitments held already cover ${((curve[0]!.coverage ?? 0) * 100).toFixed(1)}% of this pool, at or above the ${(spec.targetCoverage * 100).toFixed(0)}% target.`);
  return { spec, from, to, hours: hours.length, approximate: spend.approximate, rate, rateSource, pool, curve, choices, ...(mix !== undefined ? { mix } : {}), existingApplied, notices };
}
