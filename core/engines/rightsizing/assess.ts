// SPEC.md steps 3-6 for one instance: idle, a smaller size, or a newer generation; its price and risk.
import { Action, IDLE_CPU_MAX_PCT, IDLE_NETWORK_BYTES_PER_DAY, MIN_CONFIDENT_DAYS, MIN_MODERNIZE_SAVINGS_SHARE, Risk } from './constants.ts';
import { demandOf, modernOptions, smallerFit } from './fit.ts';
import type { Catalog, InstanceTypeFacts } from './instance-types.ts';
import { priceAtOnDemand, priceChange, type Priced } from './price.ts';
import type { BilledInstance } from './read-bill.ts';
import type { Evidence, Recommendation } from './result.ts';

/** What the metrics say about one instance over the lookback. */
export interface Utilization {
  days: number;
  cpu: number;
  cpuMax: number;
  memory: number | null;
  memoryMax: number | null;
  networkBytesPerDay: number | null;
  /** An RDS DB instance: its most connections (null when DatabaseConnections is not in the workspace). */
  database?: { connectionsMax: number | null };
}

export interface AssessContext {
  catalog: Catalog;
  headroomPct: number;
  /** Public on-demand USD/hour of a type in a region, when the bill shows it (or a size of its family). */
  onDemandRate: (region: string | null, t: InstanceTypeFacts, scope?: string) => number | null;
}

/** EC2: CPU and network negligible. RDS: CPU negligible and no connection, when connections are measured. */
export function isIdle(u: Utilization): boolean {
  if (u.cpuMax > IDLE_CPU_MAX_PCT) return false;
  if (u.database) return u.database.connectionsMax === null || u.database.connectionsMax === 0;
  return u.networkBytesPerDay !== null && u.networkBytesPerDay <= IDLE_NETWORK_BYTES_PER_DAY;
}

/** Short data, or a database whose connections were not measured (CPU alone), is high risk. */
const idleRisk = (u: Utilization): Risk => (u.days < MIN_CONFIDENT_DAYS || (u.database && u.database.connectionsMax === null) ? Risk.high : Risk.low);

function downsizeRisk(u: Utilization, current: InstanceTypeFacts, target: InstanceTypeFacts): Risk {
  if (u.days < MIN_CONFIDENT_DAYS || u.memory === null) return Risk.high;
  // The busiest period would not fit the target at all: it runs hot then, if only briefly.
  const peakFits = (u.cpuMax / 100) * current.vcpu <= target.vcpu && (u.memoryMax === null || (u.memoryMax / 100) * current.memoryGiB <= target.memoryGiB);
  return !peakFits || current.burstable ? Risk.medium : Risk.low;
}

export function assess(inst: BilledInstance, current: InstanceTypeFacts, u: Utilization, ctx: AssessContext): Recommendation | null {
  const evidence = (target: InstanceTypeFacts | null): Evidence => ({
    days: u.days,
    cpu: u.cpu,
    cpuMax: u.cpuMax,
    memory: u.memory,
    networkBytesPerDay: u.networkBytesPerDay,
    vcpu: { current: current.vcpu, target: target?.vcpu ?? null },
    memoryGiB: { current: current.memoryGiB, target: target?.memoryGiB ?? null },
  });
  const base = {
    resourceId: inst.resourceId,
    accountId: inst.accountId,
    ...(inst.accountName ? { accountName: inst.accountName } : {}),
    ...(inst.region ? { region: inst.region } : {}),
    ...(inst.owner ? { owner: inst.owner } : {}),
    currentType: current.type,
  };
  const rec = (action: Action, target: InstanceTypeFacts | null, priced: Priced, risk: Risk, needsTesting = false): Recommendation => ({
    ...base, action, recommendedType: target?.type ?? null, needsTesting, ...priced, evidence: evidence(target), risk,
  });

  if (isIdle(u)) return rec(Action.terminate, null, priceChange(inst.usage, 0), idleRisk(u));

  const need = demandOf(current, u.cpu, u.memory);
  const target = smallerFit(ctx.catalog, current, need, ctx.headroomPct);
  if (target && current.nf !== null && target.nf !== null) return rec(Action.downsize, target, priceChange(inst.usage, target.nf / current.nf), downsizeRisk(u, current, target));

  // Right-sized in its family: a newer generation or Graviton of the same size, when the bill
  // prices it in this region and it is cheaper on demand.
  const now = inst.usage.hours > 0 && inst.usage.listCost > 0 ? inst.usage.listCost / inst.usage.hours : ctx.onDemandRate(inst.region, current, inst.rateScope);
  if (now === null) return null;
  let best: { t: InstanceTypeFacts; rate: number } | null = null;
  for (const t of modernOptions(ctx.catalog, current)) {
    const rate = ctx.onDemandRate(inst.region, t, inst.rateScope);
    if (rate !== null && rate < now && (!best || rate < best.rate)) best = { t, rate };
  }
  if (!best || now - best.rate < now * MIN_MODERNIZE_SAVINGS_SHARE) return null;
  return rec(Action.modernize, best.t, priceAtOnDemand(now, best.rate), best.t.architecture !== current.architecture ? Risk.high : Risk.medium, true);
}
