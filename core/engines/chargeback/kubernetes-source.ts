// The owner source {kind: 'kubernetes', cluster?}: a cluster's node lines (kubernetes/, built by
// the Kubernetes import) are taken before the rules' pools and owned by the split's groups
// (namespaces or a label's values) as direct cost; OpenCost's idle is a pool of its own, split
// among the cluster's groups in proportion to their share; node cost no window covers (and any
// difference between the split's reading of the node lines and this engine's) is unallocated.
import type { SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { kubernetesClusters, kubernetesNodeLines, kubernetesSplit, kubernetesSplitExact, type KubernetesSplitExact } from './kubernetes/index.ts';
import type { KubernetesReconciliation } from './result.ts';
import type { ChargebackRules } from './rules.ts';

/** `pool` of a cluster's node lines: KUBERNETES_POOL - index (below the credits' UNALLOCATED_POOL). */
export const KUBERNETES_POOL = -2;

export interface ClusterPart {
  cluster: string;
  nodeLines: SqlQuery;
  exact: KubernetesSplitExact;
  reconciliation: KubernetesReconciliation;
}

export async function clusterParts(db: Db, rules: ChargebackRules, period: string): Promise<ClusterPart[]> {
  const sources = rules.owner.chain.filter((s) => s.kind === 'kubernetes');
  if (sources.length === 0) return [];
  const clusters = new Set<string>();
  for (const s of sources) for (const c of s.cluster ? [s.cluster] : await kubernetesClusters(db, period)) clusters.add(c);
  const parts: ClusterPart[] = [];
  for (const cluster of [...clusters].sort()) {
    const req = { period, basis: rules.basis, cluster };
    parts.push({ cluster, nodeLines: await kubernetesNodeLines(db, cluster), exact: await kubernetesSplitExact(db, req), reconciliation: (await kubernetesSplit(db, req)).reconciliation });
  }
  return parts;
}

export const idlePoolName = (cluster: string) => `Kubernetes idle (${cluster})`;
