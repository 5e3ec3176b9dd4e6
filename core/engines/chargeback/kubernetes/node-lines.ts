// Which lines of the bill are a cluster's nodes: EC2 instance usage (on-demand, spot, dedicated)
// tagged with the cluster's name (eks:cluster-name, aws:eks:cluster-name, the presence of
// kubernetes.io/cluster/<name>, or a tag key the user names), or the parent instance of a split
// cost allocation (pod) row of the cluster. Raw tags: these are AWS's own tags, and an alias of
// one would not change which instance runs which cluster.
import { join, sql, type SqlQuery } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import { CLUSTER_NAME_TAGS, CLUSTER_TAG_PREFIX, INSTANCE_ID_PATTERN, NODE_USAGE_TYPE_PATTERN } from './constants.ts';

/** EC2 instance usage lines: a node's running hours, not its data transfer or volumes. */
export const INSTANCE_USAGE = sql`"ChargeCategory" = 'Usage' AND regexp_matches("ResourceId", ${INSTANCE_ID_PATTERN})
  AND ("x_UsageType" IS NULL OR regexp_matches("x_UsageType", ${NODE_USAGE_TYPE_PATTERN}))`;

/** Lines of the bill's split cost allocation rows for a cluster (AWS tags them aws:eks:cluster-name). */
export function splitRowsOf(cluster: string): SqlQuery {
  return sql`"x_SplitParentResourceId" IS NOT NULL AND "Tags"['aws:eks:cluster-name'] = ${cluster}`;
}

/** Node lines of `cluster` in focus (a predicate over focus's columns). */
export function clusterNodeLines(cluster: string, clusterTag: string | null): SqlQuery {
  const byTag: SqlQuery[] = [
    ...CLUSTER_NAME_TAGS.map((k) => sql`"Tags"[${k}] = ${cluster}`),
    sql`map_contains("Tags", ${CLUSTER_TAG_PREFIX + cluster})`,
    ...(clusterTag ? [sql`"Tags"[${clusterTag}] = ${cluster}`] : []),
    sql`"ResourceId" IN (SELECT "x_SplitParentResourceId" FROM focus WHERE ${splitRowsOf(cluster)})`,
  ];
  return sql`(${INSTANCE_USAGE} AND (${join(byTag, ' OR ')}))`;
}

/** The cluster names the bill's instance lines carry, for messages ("the bill has clusters …"). */
export async function clustersInBill(db: Db, clusterTag: string | null): Promise<string[]> {
  const extra = clusterTag ? sql`, "Tags"[${clusterTag}]` : sql``;
  const rows = await db.all(sql`SELECT DISTINCT c FROM (
      SELECT unnest(["Tags"['eks:cluster-name'], "Tags"['aws:eks:cluster-name']${extra}]
        || list_transform(list_filter(map_keys("Tags"), lambda k: starts_with(k, ${CLUSTER_TAG_PREFIX})), lambda k: substr(k, ${CLUSTER_TAG_PREFIX.length + 1}))) AS c
      FROM focus WHERE "Tags" IS NOT NULL AND ${INSTANCE_USAGE})
    WHERE c IS NOT NULL AND c <> '' ORDER BY c`);
  return rows.map((r) => String(r.c));
}
