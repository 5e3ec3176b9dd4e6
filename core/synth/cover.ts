// Applying commitments to one step's usage, in AWS's order: Reserved Instances first, then EC2
// Instance Savings Plans, then Compute Savings Plans. Within a Savings Plan, usage with the
// highest discount is covered first (ties by item order). A line only partly covered is split
// into a covered line and an on-demand remainder, as CUR does.
import type { Commitment, Item } from './model.ts';
import { covers, spRateMu } from './commitments.ts';

const ORDER: Record<Commitment['kind'], number> = { ReservedInstance: 0, EC2InstanceSavingsPlan: 1, ComputeSavingsPlan: 2 };

export interface Plan {
  c: Commitment;
  /** Items it may cover, in the order it covers them. */
  eligible: Int32Array;
  /** For Savings Plans: the plan's rate per quantity unit of each eligible item (same order). */
  rateScaled: Float64Array;
}

export function buildPlans(commitments: readonly Commitment[], items: readonly Item[]): Plan[] {
  const plans: Plan[] = [];
  for (const c of [...commitments].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.index - b.index)) {
    const list = items.filter((i) => covers(c, i));
    if (c.kind !== 'ReservedInstance') {
      const saving = (i: Item): number => 1 - spRateMu(i, c) / i.rateMu;
      list.sort((a, b) => saving(b) - saving(a) || a.index - b.index);
    }
    const eligible = Int32Array.from(list.map((i) => i.index));
    const rateScaled = Float64Array.from(list.map((i) => (c.kind === 'ReservedInstance' ? 0 : spRateMu(i, c) / 10 ** i.amountScale)));
    plans.push({ c, eligible, rateScaled });
  }
  return plans;
}

/** What a step's allocation did, for the lines and the truth. */
export interface Allocation {
  plan: Plan;
  item: number;
  amount: number;
  /** Savings Plans: plan cost of the covered amount (MU). RIs: 0. */
  planCost: number;
}

/**
 * Covers `remaining` (quantity per item, changed in place) with each active plan.
 * `capacity(plan)` is the plan's capacity in this step: RI hours (scale 3) or SP commitment (MU).
 */
export function allocate(plans: readonly Plan[], remaining: Float64Array, active: (p: Plan) => number, out: Allocation[]): void {
  for (const plan of plans) {
    let left = active(plan);
    if (left <= 0) continue;
    const isRi = plan.c.kind === 'ReservedInstance';
    for (let j = 0; j < plan.eligible.length && left > 0; j++) {
      const item = plan.eligible[j] as number;
      const a = remaining[item] as number;
      if (a <= 0) continue;
      if (isRi) {
        const c = Math.min(a, left);
        remaining[item] = a - c;
        left -= c;
        out.push({ plan, item, amount: c, planCost: 0 });
      } else {
        const r = plan.rateScaled[j] as number;
        const c = r * a <= left ? a : Math.floor(left / r);
        if (c <= 0) continue;
        remaining[item] = a - c;
        left -= r * c;
        out.push({ plan, item, amount: c, planCost: r * c });
      }
    }
  }
}
