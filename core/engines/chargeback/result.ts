// What a chargeback run answers (and `chargeback --json` prints), as agreed in CHARGEBACK-SHAPE.md.
// Money is rounded to cents from exact sums; the cents are placed by the rule in SPEC.md, so
// per period Σ allocations[].total + unallocated = sourceTotal, to the cent.
import type { CostBasis } from '../pivot/constants.ts';
import type { SplitMethod } from './constants.ts';

export interface ChargebackResult {
  /** 'YYYY-MM': the billing period (BillingPeriodStart's month, as on the invoice). */
  period: string;
  basis: CostBasis;
  currency: string;
  /** The basis total of the period, to the cent. */
  sourceTotal: number;
  /** Largest total first (ties: owner name). */
  allocations: OwnerAllocation[];
  /** In the rules' order, then the Credits pool when credits are split proportionally. */
  pools: PoolResult[];
  /** Explicit: cost no owner took (no owner and no Untagged pool, a pool with nobody to split among, credits left unallocated). */
  unallocated: number;
  /** The saved version that produced it (0 = rules given inline, unsaved). */
  rulesVersion: number;
  /** Per cluster: nodes' cost in the bill, split, difference (the kubernetes owner source). */
  kubernetes?: KubernetesReconciliation[];
}

export interface OwnerAllocation {
  owner: string;
  direct: number;
  shared: number;
  total: number;
  /** The same rules on the previous month (null when that month is not loaded). */
  previousTotal: number | null;
  /** Direct cost by ServiceName, largest first. */
  byService: Array<{ name: string; cost: number }>;
  /** Direct cost by SubAccountId, largest first. */
  byAccount: Array<{ id: string; name: string | null; cost: number }>;
  /** The owner's 10 largest resources by direct cost. */
  topResources: Array<{ resourceId: string; serviceName: string | null; cost: number }>;
  /** The shared costs received, with the pool and method that sent them; Σ amount = shared. */
  received: Array<{ pool: string; method: SplitMethod; amount: number }>;
}

export interface PoolResult {
  name: string;
  /** What the pool took from the bill; Σ to[].amount + its unallocated part = amount. */
  amount: number;
  method: string;
  to: Array<{ owner: string; amount: number }>;
}

export interface KubernetesReconciliation {
  cluster: string;
  nodeCost: number;
  allocated: number;
  idle: number;
  difference: number;
}
