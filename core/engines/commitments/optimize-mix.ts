// SPEC "Optimize", SP and RI together: layers in the order AWS applies them. An RI (cheapest,
// least flexible) takes the steady base of its family and region, an EC2 Instance SP the steady
// part of what is left in its family and region, and a Compute SP (dearest, any family, region,
// Fargate, Lambda) the rest, at its own best level. A capacity unit of the cheaper type at level c
// is paid every hour (rate r₁) but only used in the share q(c) of hours whose open spend exceeds
// c; the same usage left to the next, flexible type would cost about r₂·q(c). So the cheaper type
// is worth its level while q(c) ≥ r₁ ÷ r₂: its capacity is `levelAt(open, r₁ ÷ r₂)`.
import { floorStep, levelAt, openSpend, type PoolTerms } from './optimize-curve.ts';
import type { MixItem, OptimizePool } from './optimize-result.ts';
import { HOURS_PER_MONTH, simulate, type HourInput } from './simulate.ts';

export interface PoolHours {
  pool: OptimizePool;
  hours: HourInput[];
}

/** Each type's rate in a pool (a rate table may hold one per region and family); null leaves the type out. */
export interface MixRates {
  ReservedInstance: ((p: OptimizePool) => number) | null;
  EC2InstanceSavingsPlan: ((p: OptimizePool) => number) | null;
  ComputeSavingsPlan: number;
}

export interface MixPlan {
  /** The RIs and EC2 Instance SPs chosen, in AWS's order. */
  items: MixItem[];
  /** The Compute SP pool's hours with what they cover added to `covered`: the Compute SP is optimized on these. */
  computeHours: HourInput[];
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
/** The family a pool's instance names: `m5` stays, `m5.large` and `db.r6g.large` lose their size. */
const family = (instance: string | null): string | null => (instance === null || !instance.includes('.') ? instance : instance.replace(/\.[^.]+$/, ''));
const samePlace = (a: OptimizePool, b: OptimizePool): boolean => a.region === b.region && family(a.instance) === family(b.instance);

function addCovered(hours: HourInput[], taken: readonly number[]): HourInput[] {
  return hours.map((h, i) => ({ ...h, covered: h.covered + (taken[i] ?? 0) }));
}

/** One layer's commitment in a pool at the level its rate ratio allows, and what it takes each hour. */
function layer(p: PoolHours, rate: number, q: number, terms: Omit<PoolTerms, 'rate'>): { item: MixItem; taken: number[] } | null {
  const open = openSpend(p.hours);
  const hourlyCommitment = floorStep(levelAt(open, q) * rate);
  if (hourlyCommitment <= 0) return null;
  const capacity = hourlyCommitment / rate;
  const o = simulate(p.hours, { hourlyCommitment, rate, ...terms });
  const monthlySavings = o.hours === 0 ? 0 : round6((o.netSavings / o.hours) * HOURS_PER_MONTH);
  return { item: { ...p.pool, rate, hourlyCommitment, monthlySavings, utilization: o.utilization }, taken: open.map((x) => Math.min(x, capacity)) };
}

/**
 * RIs in every RI pool, then EC2 Instance SPs in every family and region, each sized against the
 * next type available; returns them and the Compute SP pool's hours after them.
 */
export function planMix(compute: readonly HourInput[], ec2Pools: readonly PoolHours[], riPools: readonly PoolHours[], rates: MixRates, terms: Omit<PoolTerms, 'rate'>): MixPlan {
  const items: MixItem[] = [];
  let computeHours = [...compute];
  const ec2 = ec2Pools.map((p) => ({ ...p, hours: [...p.hours] }));
  if (rates.ReservedInstance !== null) {
    for (const p of riPools) {
      const sp = ec2.find((e) => samePlace(e.pool, p.pool));
      // an RI of a database (no Savings Plan covers it) is worth its level while used in a share ≥ its rate
      const next = sp === undefined ? 1 : (rates.EC2InstanceSavingsPlan?.(sp.pool) ?? rates.ComputeSavingsPlan);
      const ri = rates.ReservedInstance(p.pool);
      const l = layer(p, ri, ri / next, terms);
      if (l === null) continue;
      items.push(l.item);
      if (sp === undefined) continue;
      sp.hours = addCovered(sp.hours, l.taken);
      computeHours = addCovered(computeHours, l.taken);
    }
  }
  if (rates.EC2InstanceSavingsPlan !== null) {
    for (const p of ec2) {
      const r = rates.EC2InstanceSavingsPlan(p.pool);
      const l = layer(p, r, r / rates.ComputeSavingsPlan, terms);
      if (l === null) continue;
      items.push(l.item);
      computeHours = addCovered(computeHours, l.taken);
    }
  }
  return { items, computeHours };
}
