// SPEC.md step 5: what a change saves, priced at the user's own effective rate from the bill. A
// smaller size of the same family costs the same rate × the ratio of normalization factors (AWS
// prices a family's sizes in proportion, which is what makes RIs size-flexible), and a covered
// instance keeps its discount; its freed commitment goes to other usage or unused.
import { CommitmentKind, HOURS_PER_MONTH, PriceSource } from './constants.ts';
import type { Price } from './result.ts';

/** An instance's usage in the bill over the lookback, at its current type. */
export interface BilledUsage {
  hours: number;
  effectiveCost: number;
  /** Public on-demand cost of the same hours (FOCUS ListCost). */
  listCost: number;
  savingsPlan: { hours: number; effectiveCost: number };
  reservedInstance: { hours: number; effectiveCost: number };
}

export interface Priced {
  monthlyCost: number;
  monthlySavings: number;
  price: Price;
}

export const cents = (x: number): number => Math.round(x * 100) / 100;
/** Rates per hour keep 6 decimals: commitments are bought in $0.001/h steps, rates quoted to 1e-6. */
const perHour = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * `keptShare` is what of today's cost remains after the change: the target's normalization
 * factor ÷ the current one for a downsize, 0 for a termination.
 */
export function priceChange(usage: BilledUsage, keptShare: number): Priced {
  const billed = usage.hours > 0 && usage.effectiveCost > 0;
  const source = billed ? PriceSource.bill : PriceSource.onDemand;
  const hourly = usage.hours > 0 ? (billed ? usage.effectiveCost : usage.listCost) / usage.hours : 0;
  const monthlyCost = hourly * HOURS_PER_MONTH;
  const price: Price = { source };
  const covered = usage.savingsPlan.hours >= usage.reservedInstance.hours ? { kind: CommitmentKind.savingsPlan, ...usage.savingsPlan } : { kind: CommitmentKind.reservedInstance, ...usage.reservedInstance };
  if (billed && covered.hours > 0) {
    price.coveredBy = covered.kind;
    // The covered cost per hour the instance runs, of which the removed share no longer draws on the commitment.
    const coveredPerHour = (usage.savingsPlan.effectiveCost + usage.reservedInstance.effectiveCost) / usage.hours;
    price.freedCommitmentPerHour = perHour(coveredPerHour * (1 - keptShare));
  }
  return { monthlyCost: cents(monthlyCost), monthlySavings: cents(monthlyCost * (1 - keptShare)), price };
}

/** A modernization is priced at public on-demand rates on both sides: a commitment's discount may not carry to another family. */
export function priceAtOnDemand(currentPerHour: number, targetPerHour: number): Priced {
  return { monthlyCost: cents(currentPerHour * HOURS_PER_MONTH), monthlySavings: cents((currentPerHour - targetPerHour) * HOURS_PER_MONTH), price: { source: PriceSource.onDemand } };
}
