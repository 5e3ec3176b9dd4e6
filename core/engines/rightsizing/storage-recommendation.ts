// SPEC.md "Storage still paying", step 1: a storage resource's monthly cost from its lines in the
// bill window (cost per hour billed × 730), all of it saved; and the recommendation's shape.
import { HOURS_PER_MONTH, PriceSource, type Action, type Risk } from './constants.ts';
import { cents } from './price.ts';
import type { BilledStorage } from './read-storage.ts';
import type { Recommendation, StorageEvidence } from './result.ts';

export interface StorageCost {
  effectiveCost: number;
  listCost: number;
  hours: number;
}

/** Monthly cost at the bill's effective rate (at list when the effective cost is 0, as for instances). */
export function monthlyCostOf(c: StorageCost): { monthlyCost: number; source: PriceSource } {
  if (c.hours <= 0) return { monthlyCost: 0, source: PriceSource.bill };
  const billed = c.effectiveCost > 0;
  return { monthlyCost: ((billed ? c.effectiveCost : c.listCost) / c.hours) * HOURS_PER_MONTH, source: billed ? PriceSource.bill : PriceSource.onDemand };
}

export interface StorageRecommendationInput {
  resourceId: string;
  where: Pick<BilledStorage, 'accountId' | 'accountName' | 'region' | 'owner'>;
  currentType: string;
  action: Action;
  cost: StorageCost;
  days: number;
  storage: StorageEvidence;
  risk: Risk;
}

export function storageRecommendation(x: StorageRecommendationInput): Recommendation {
  const { monthlyCost, source } = monthlyCostOf(x.cost);
  return {
    resourceId: x.resourceId,
    accountId: x.where.accountId,
    ...(x.where.accountName ? { accountName: x.where.accountName } : {}),
    ...(x.where.region ? { region: x.where.region } : {}),
    ...(x.where.owner ? { owner: x.where.owner } : {}),
    currentType: x.currentType,
    action: x.action,
    recommendedType: null,
    needsTesting: false,
    monthlyCost: cents(monthlyCost),
    monthlySavings: cents(monthlyCost),
    price: { source },
    evidence: { days: x.days, cpu: null, cpuMax: null, memory: null, networkBytesPerDay: null, vcpu: { current: 0, target: null }, memoryGiB: { current: 0, target: null }, storage: x.storage },
    risk: x.risk,
  };
}
