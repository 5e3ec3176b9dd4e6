// Steps 2-3 in exact money (SPEC.md): from the (pool, owner) sums to each owner's direct cost,
// each pool's split, and the unallocated amount. Everything here is in 10^-12 units (bigint), so
// Σ owners' totals + unallocated = the period's source total exactly, before any rounding.
import { CREDITS_POOL, type SplitMethod } from './constants.ts';
import { UNALLOCATED_POOL, type LineGroup } from './lines.ts';
import { idlePoolName, KUBERNETES_POOL, type ClusterPart } from './kubernetes-source.ts';
import type { ChargebackRules } from './rules.ts';
import { byOwnerName, percentWeight, splitExact, type Weight } from './split.ts';

export interface PoolExact {
  name: string;
  method: SplitMethod;
  amount: bigint;
  /** Owner → share; Σ shares + unsplit = amount. */
  shares: Map<string, bigint>;
  /** What the pool could not give anyone (nobody to split among): unallocated. */
  unsplit: bigint;
}

export interface ExactAllocation {
  /** Owners in name order. */
  owners: string[];
  direct: Map<string, bigint>;
  pools: PoolExact[];
  /** Lines with no owner and no pool, and credits the rules leave unallocated. */
  unallocatedDirect: bigint;
}

/** The pools a run has: the rules' own, then Credits when credits are split proportionally. */
export function poolDefinitions(rules: ChargebackRules): { name: string; split: ChargebackRules['pools'][number]['split'] }[] {
  const pools = rules.pools.map((p) => ({ name: p.name, split: p.split }));
  if (rules.credits === 'proportional') pools.push({ name: CREDITS_POOL, split: { method: 'proportional' } });
  return pools;
}

export function allocateExact(rules: ChargebackRules, groups: readonly LineGroup[], clusters: readonly ClusterPart[] = []): ExactAllocation {
  const defs = poolDefinitions(rules);
  const direct = new Map<string, bigint>();
  const poolAmounts = defs.map(() => 0n);
  let unallocatedDirect = 0n;
  const nodeLines = clusters.map(() => 0n);
  // step 1: direct attribution
  for (const g of groups) {
    if (g.pool === UNALLOCATED_POOL) unallocatedDirect += g.amount;
    else if (g.pool !== null && g.pool <= KUBERNETES_POOL) nodeLines[KUBERNETES_POOL - g.pool]! += g.amount;
    else if (g.pool !== null) poolAmounts[g.pool]! += g.amount;
    else if (g.owner === null) unallocatedDirect += g.amount;
    else direct.set(g.owner, (direct.get(g.owner) ?? 0n) + g.amount);
  }
  // step 1k: a cluster's node lines to its namespaces (or label values); what the split leaves
  // (uncovered hours, a different reading of the lines) unallocated
  const idlePools: PoolExact[] = [];
  clusters.forEach((c, i) => {
    for (const [group, units] of c.exact.groups) direct.set(group, (direct.get(group) ?? 0n) + units);
    const shares = splitExact(c.exact.idle, [...c.exact.groups].map(([owner, units]) => ({ owner, weight: units > 0n ? units : 0n })));
    const given = [...shares.values()].reduce((a, b) => a + b, 0n);
    idlePools.push({ name: idlePoolName(c.cluster), method: 'proportional', amount: c.exact.idle, shares, unsplit: c.exact.idle - given });
    unallocatedDirect += nodeLines[i]! - c.exact.nodeCost + c.exact.uncovered;
  });
  const directOwners = [...direct.keys()].sort(byOwnerName);
  // step 3: split coefficients, then exact shares
  const rulePools = defs.map((def, i): PoolExact => {
    const amount = poolAmounts[i]!;
    const shares = splitExact(amount, weightsOf(def.split, directOwners, direct));
    const given = [...shares.values()].reduce((a, b) => a + b, 0n);
    return { name: def.name, method: def.split.method, amount, shares, unsplit: amount - given };
  });
  const pools = [...idlePools, ...rulePools];
  const owners = new Set(directOwners);
  // an owner named only by a pool (fixed percentages, among) is listed when it receives something
  for (const p of pools) for (const [o, share] of p.shares) if (share !== 0n) owners.add(o);
  return { owners: [...owners].sort(byOwnerName), direct, pools, unallocatedDirect };
}

/**
 * Split coefficients (SPEC step 3): even = 1 each; proportional = the owner's direct cost when
 * positive (an owner whose credits outweigh its cost gets nothing); fixed = the percentages.
 * Recipients: `among` when given, else every owner with direct attribution.
 */
export function weightsOf(split: ChargebackRules['pools'][number]['split'], directOwners: readonly string[], direct: ReadonlyMap<string, bigint>): Weight[] {
  if (split.method === 'fixed') return Object.entries(split.percentages ?? {}).map(([owner, p]) => ({ owner, weight: percentWeight(p) }));
  const recipients = split.among ? [...new Set(split.among)] : directOwners;
  if (split.method === 'even') return recipients.map((owner) => ({ owner, weight: 1n }));
  return recipients.map((owner) => {
    const d = direct.get(owner) ?? 0n;
    return { owner, weight: d > 0n ? d : 0n };
  });
}
