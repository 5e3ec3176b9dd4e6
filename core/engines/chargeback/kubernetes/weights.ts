// What the split reads from the workspace (SPEC "Split", step 1): the cluster's node cost per
// charge period, and the weights of each window, from the imported allocations and, for hours
// no import covers, from the bill's own split cost allocation rows (CUR 2.0 x_Split* columns).
import { ident, join, sql, type SqlQuery } from '../../../sql/index.ts';
import { isoSeconds } from './allocation.ts';
import type { Db } from '../../../store/db.ts';
import { parseExact } from '../../pivot/exact.ts';
import { COST_BASIS_COLUMN, type CostBasis } from '../../pivot/constants.ts';
import { COMPONENT_COLUMN, LABEL_GROUPING_PREFIX, NAMESPACE_GROUPING, NODE_WEIGHT_COMPONENTS, SPLIT_NAMESPACE_TAG, UNALLOCATED } from './constants.ts';
import { k8sError } from './errors.ts';
import { clusterNodeLines, splitRowsOf } from './node-lines.ts';
import { tableExists } from './store.ts';
import type { CostSegment, WeightWindow } from './split.ts';

/** `namespace` or `label:KEY`, checked. */
export function parseGrouping(by: string | undefined): { kind: 'namespace' } | { kind: 'label'; key: string } {
  if (by === undefined || by === NAMESPACE_GROUPING) return { kind: 'namespace' };
  if (by.startsWith(LABEL_GROUPING_PREFIX) && by.length > LABEL_GROUPING_PREFIX.length) return { kind: 'label', key: by.slice(LABEL_GROUPING_PREFIX.length) };
  throw k8sError('CHARGEBACK_K8S_BAD_GROUPING', `A Kubernetes split is by namespace or by label:KEY (label:team), not "${by}".`, { by });
}

/** The tag key an earlier import named for this cluster's nodes, if any. */
export async function clusterTagOf(db: Db, cluster: string): Promise<string | null> {
  if (!(await tableExists(db))) return null;
  const v = await db.value(sql`SELECT cluster_tag FROM k8s_allocation_imports WHERE list_contains(clusters, ${cluster}) AND cluster_tag IS NOT NULL ORDER BY id LIMIT 1`);
  return v === null ? null : String(v);
}

/** Epoch ms as DuckDB TIMESTAMP text (UTC). */
const sqlTime = (ms: number) => isoSeconds(ms).replace('T', ' ').replace('Z', '');

const inPeriod = (period: string) => sql`strftime("BillingPeriodStart", '%Y-%m') = ${period}`;

export async function nodeSegments(db: Db, cluster: string, clusterTag: string | null, period: string, basis: CostBasis): Promise<CostSegment[]> {
  const rows = await db.all(sql`SELECT epoch_ms("ChargePeriodStart") AS s, epoch_ms("ChargePeriodEnd") AS e, CAST(sum(${ident(COST_BASIS_COLUMN[basis])}) AS VARCHAR) AS units
    FROM focus WHERE ${inPeriod(period)} AND ${clusterNodeLines(cluster, clusterTag)} GROUP BY 1, 2 ORDER BY 1, 2`);
  return rows.map((r) => ({ start: Number(r.s), end: Number(r.e), units: parseExact(String(r.units)) }));
}

function toWindows(rows: Record<string, unknown>[], source: WeightWindow['source']): WeightWindow[] {
  const byWindow = new Map<string, { start: number; end: number; weights: Map<string, bigint>; idle: bigint }>();
  for (const r of rows) {
    const key = `${r.s}-${r.e}`;
    if (!byWindow.has(key)) byWindow.set(key, { start: Number(r.s), end: Number(r.e), weights: new Map(), idle: 0n });
    const w = byWindow.get(key)!;
    w.idle += parseExact(String(r.idle));
    const weight = parseExact(String(r.weight));
    if (r.grp !== null && weight > 0n) w.weights.set(String(r.grp), (w.weights.get(String(r.grp)) ?? 0n) + weight);
  }
  return [...byWindow.values()].map((w) => ({ ...w, source })).sort((a, b) => a.start - b.start);
}

/** Windows of the imported allocations of `cluster` that meet [from, to) (epoch ms). */
export async function allocationWindows(db: Db, cluster: string, by: string | undefined, from: number, to: number): Promise<WeightWindow[]> {
  const g = parseGrouping(by);
  if (!(await tableExists(db))) return [];
  const group: SqlQuery = g.kind === 'namespace' ? sql`namespace` : sql`coalesce(labels[${g.key}], ${UNALLOCATED})`;
  const weight = join(NODE_WEIGHT_COMPONENTS.map((c) => ident(COMPONENT_COLUMN[c])), ' + ');
  const rows = await db.all(sql`SELECT epoch_ms(window_start) AS s, epoch_ms(window_end) AS e, CASE WHEN is_idle THEN NULL ELSE ${group} END AS grp,
      CAST(sum(CASE WHEN is_idle THEN 0 ELSE ${weight} END) AS VARCHAR) AS weight,
      CAST(sum(idle_cost + CASE WHEN is_idle THEN ${weight} ELSE 0 END) AS VARCHAR) AS idle
    FROM k8s_allocations WHERE cluster = ${cluster} AND window_start < CAST(${sqlTime(to)} AS TIMESTAMP) AND window_end > CAST(${sqlTime(from)} AS TIMESTAMP)
    GROUP BY ALL ORDER BY 1, 3`);
  return toWindows(rows, 'opencost');
}

/** Windows made from the bill's split cost allocation rows of `cluster` in `period` (one per charge period). */
export async function splitRowWindows(db: Db, cluster: string, by: string | undefined, period: string): Promise<WeightWindow[]> {
  const g = parseGrouping(by);
  const group: SqlQuery = g.kind === 'namespace' ? sql`coalesce("Tags"[${SPLIT_NAMESPACE_TAG}], ${UNALLOCATED})` : sql`coalesce("Tags"[${g.key}], ${UNALLOCATED})`;
  const rows = await db.all(sql`SELECT epoch_ms("ChargePeriodStart") AS s, epoch_ms("ChargePeriodEnd") AS e, ${group} AS grp,
      CAST(coalesce(sum("x_SplitCost"), 0) AS VARCHAR) AS weight, CAST(coalesce(sum("x_SplitUnusedCost"), 0) AS VARCHAR) AS idle
    FROM focus WHERE ${inPeriod(period)} AND ${splitRowsOf(cluster)} GROUP BY ALL ORDER BY 1, 3`);
  return toWindows(rows, 'split-cost-allocation');
}

/** Imported windows first; split-row windows only for hours no imported window touches. */
export function mergeWindows(imported: readonly WeightWindow[], fromBill: readonly WeightWindow[]): WeightWindow[] {
  const free = fromBill.filter((b) => !imported.some((w) => b.start < w.end && b.end > w.start));
  return [...imported, ...free].sort((a, b) => a.start - b.start);
}
