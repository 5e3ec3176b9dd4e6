// Step 5 (SPEC.md): the result from the rounded grid. Breakdowns of an owner's direct cost are
// split by largest remainder to the owner's direct cents, so each list adds up to `direct`.
import { allocateCents, centsToNumber, roundToCents } from '../pivot/exact.ts';
import type { Breakdowns } from './lines.ts';
import type { ChargebackResult, OwnerAllocation, PoolResult } from './result.ts';
import type { ChargebackRules } from './rules.ts';
import type { PeriodAllocation } from './run.ts';
import { byOwnerName } from './split.ts';

export interface AssembleInput {
  rules: ChargebackRules;
  version: number;
  current: PeriodAllocation;
  previous: PeriodAllocation | null;
  breakdowns: Breakdowns;
}

const money = centsToNumber;

/** Rounded parts that add up to `cents`, largest first (ties by key). */
function spread<T extends { cost: bigint }>(items: readonly T[], cents: bigint, key: (t: T) => string): (T & { cents: bigint })[] {
  const sorted = [...items].sort((a, b) => byOwnerName(key(a), key(b)));
  const parts = allocateCents(sorted.map((i) => i.cost), cents);
  return sorted.map((i, k) => ({ ...i, cents: parts[k]! })).sort((a, b) => (a.cents === b.cents ? byOwnerName(key(a), key(b)) : a.cents > b.cents ? -1 : 1));
}

export function assemble({ rules, version, current, previous, breakdowns }: AssembleInput): ChargebackResult {
  const { exact, cents } = current;
  const previousTotals = new Map<string, bigint>();
  if (previous) previous.exact.owners.forEach((o, i) => previousTotals.set(o, previous.cents.rowCents[i]!));
  const allocations = exact.owners.map((owner, i): OwnerAllocation & { cents: bigint } => {
    const row = cents.owners[i]!;
    const direct = row[0]!;
    const received = exact.pools.flatMap((p, j) => (p.shares.has(owner) ? [{ pool: p.name, method: p.method, amount: money(row[j + 1]!) }] : []));
    const shared = row.slice(1).reduce((a, b) => a + b, 0n);
    return {
      owner,
      direct: money(direct),
      shared: money(shared),
      total: money(cents.rowCents[i]!),
      cents: cents.rowCents[i]!,
      previousTotal: previous ? money(previousTotals.get(owner) ?? 0n) : null,
      byService: spread(breakdowns.byService.get(owner) ?? [], direct, (s) => s.name).map((s) => ({ name: s.name, cost: money(s.cents) })),
      byAccount: spread(breakdowns.byAccount.get(owner) ?? [], direct, (a) => a.id).map((a) => ({ id: a.id, name: a.name, cost: money(a.cents) })),
      topResources: (breakdowns.topResources.get(owner) ?? []).map((r) => ({ resourceId: r.resourceId, serviceName: r.serviceName, cost: money(roundToCents(r.cost)) })),
      received,
    };
  });
  allocations.sort((a, b) => (a.cents === b.cents ? byOwnerName(a.owner, b.owner) : a.cents > b.cents ? -1 : 1));
  const pools = exact.pools.map((p, j): PoolResult => ({
    name: p.name,
    amount: money(cents.columnCents[j + 1]!),
    method: p.method,
    to: exact.owners.flatMap((o, i) => (p.shares.has(o) ? [{ owner: o, amount: money(cents.owners[i]![j + 1]!) }] : [])),
  }));
  return {
    period: current.period,
    basis: rules.basis,
    currency: current.currency,
    sourceTotal: money(cents.sourceCents),
    allocations: allocations.map(({ cents: _c, ...a }) => a),
    pools,
    unallocated: money(cents.rowCents.at(-1)!),
    rulesVersion: version,
    ...(current.clusters.length ? { kubernetes: current.clusters.map((c) => c.reconciliation) } : {}),
  };
}
