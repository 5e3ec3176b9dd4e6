// kubernetesSplit: one cluster's node cost in one billing period, split among its namespaces (or
// a label's values) with idle as its own pool, reconciled to the bill to the cent (SPEC "Split").
import { WorkbenchError } from '../../../errors.ts';
import { sql, type SqlQuery } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import type { CostBasis } from '../../pivot/constants.ts';
import { centsToNumber, roundToCents } from '../../pivot/exact.ts';
import type { KubernetesReconciliation } from '../result.ts';
import { NAMESPACE_GROUPING } from './constants.ts';
import { clusterNodeLines } from './node-lines.ts';
import { tableExists } from './store.ts';
import { splitExact, toCents, windowsTotal } from './split.ts';
import { allocationWindows, clusterTagOf, mergeWindows, nodeSegments, parseGrouping, splitRowWindows } from './weights.ts';

export interface KubernetesSplitRequest {
  /** 'YYYY-MM': the billing period. */
  period: string;
  basis: CostBasis;
  /** The cluster as the bill's node tags name it. */
  cluster: string;
  /** 'namespace' (default) or 'label:KEY'. */
  by?: string | undefined;
}

export interface KubernetesSplit {
  cluster: string;
  period: string;
  basis: CostBasis;
  by: string;
  /** Per namespace (or label value; `__unallocated__` for allocations without the label), largest first, to the cent. */
  amounts: Array<{ group: string; amount: number }>;
  /** The idle pool (OpenCost's __idle__, the bill's unused split cost). */
  idle: number;
  /** Node cost in hours that no window covers (or whose windows weigh nothing): not split, left to the caller. */
  uncovered: number;
  /** nodeCost = allocated + idle + uncovered, to the cent; difference = OpenCost's total − the node cost in its windows. */
  reconciliation: KubernetesReconciliation;
  /** OpenCost's own node cost (weights and idle) for its windows in the period, to the cent. */
  openCostTotal: number;
  /** How many windows weighed the split, by source. */
  windows: { opencost: number; splitCostAllocation: number };
}

function periodBounds(period: string): { from: number; to: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new WorkbenchError('BAD_REQUEST', `A period is a month written YYYY-MM (2026-10), not "${period}".`, { period });
  return { from: Date.UTC(Number(m[1]), Number(m[2]) - 1, 1), to: Date.UTC(Number(m[1]), Number(m[2]), 1) };
}

/** The split before rounding (10^-12 units), for a caller that adds it to other exact amounts before its own rounding. */
export interface KubernetesSplitExact {
  /** group → units; Σ groups + idle + uncovered = nodeCost exactly. */
  groups: Map<string, bigint>;
  idle: bigint;
  uncovered: bigint;
  nodeCost: bigint;
  /** OpenCost's total for its windows in the period, and the bill's node cost that fell in them. */
  openCostTotal: bigint;
  inOpenCostWindows: bigint;
  windows: { opencost: number; splitCostAllocation: number };
}

export async function kubernetesSplitExact(db: Db, req: KubernetesSplitRequest): Promise<KubernetesSplitExact> {
  parseGrouping(req.by);
  const { from, to } = periodBounds(req.period);
  const clusterTag = await clusterTagOf(db, req.cluster);
  const segments = await nodeSegments(db, req.cluster, clusterTag, req.period, req.basis);
  const start = Math.min(from, ...segments.map((s) => s.start));
  const end = Math.max(to, ...segments.map((s) => s.end));
  const imported = await allocationWindows(db, req.cluster, req.by, start, end);
  const windows = mergeWindows(imported, await splitRowWindows(db, req.cluster, req.by, req.period));
  const exact = splitExact(segments, windows);
  const openCost = windows.map((w, i) => ({ w, i })).filter(({ w }) => w.source === 'opencost');
  return {
    groups: exact.groups,
    idle: exact.idle,
    uncovered: exact.uncovered,
    nodeCost: exact.nodeCost,
    openCostTotal: windowsTotal(openCost.map(({ w }) => w), from, to),
    inOpenCostWindows: openCost.reduce((s, { i }) => s + exact.perWindow[i]!, 0n),
    windows: { opencost: openCost.length, splitCostAllocation: windows.length - openCost.length },
  };
}

export async function kubernetesSplit(db: Db, req: KubernetesSplitRequest): Promise<KubernetesSplit> {
  const exact = await kubernetesSplitExact(db, req);
  const cents = toCents({ nodeCost: exact.nodeCost, perWindow: [], groups: exact.groups, idle: exact.idle, uncovered: exact.uncovered });
  const openCostTotal = roundToCents(exact.openCostTotal);
  const allocated = cents.groups.reduce((s, g) => s + g.cents, 0n);
  return {
    cluster: req.cluster,
    period: req.period,
    basis: req.basis,
    by: req.by ?? NAMESPACE_GROUPING,
    amounts: cents.groups.filter((g) => g.cents !== 0n).map((g) => ({ group: g.group, amount: centsToNumber(g.cents) })),
    idle: centsToNumber(cents.idle),
    uncovered: centsToNumber(cents.uncovered),
    reconciliation: {
      cluster: req.cluster,
      nodeCost: centsToNumber(cents.nodeCost),
      allocated: centsToNumber(allocated),
      idle: centsToNumber(cents.idle),
      difference: centsToNumber(openCostTotal - roundToCents(exact.inOpenCostWindows)),
    },
    openCostTotal: centsToNumber(openCostTotal),
    windows: exact.windows,
  };
}

/** Clusters with an imported allocation, or split cost allocation rows, in the period. */
export async function kubernetesClusters(db: Db, period: string): Promise<string[]> {
  const { from, to } = periodBounds(period);
  const imported = (await tableExists(db))
    ? await db.all(sql`SELECT DISTINCT cluster AS c FROM k8s_allocations WHERE epoch_ms(window_start) < ${to} AND epoch_ms(window_end) > ${from}`)
    : [];
  const fromBill = await db.all(sql`SELECT DISTINCT "Tags"['aws:eks:cluster-name'] AS c FROM focus
    WHERE strftime("BillingPeriodStart", '%Y-%m') = ${period} AND "x_SplitParentResourceId" IS NOT NULL AND "Tags"['aws:eks:cluster-name'] IS NOT NULL`);
  return [...new Set([...imported, ...fromBill].map((r) => String(r.c)))].sort();
}

/** The predicate (over focus) of a cluster's node lines, as the split reads them: the engine keeps these lines out of other owner sources. */
export async function kubernetesNodeLines(db: Db, cluster: string): Promise<SqlQuery> {
  return clusterNodeLines(cluster, await clusterTagOf(db, cluster));
}
