// The checks an allocation file passes before anything is written (SPEC "Import", steps 2-5):
// one cluster name per row, windows that do not overlap each other or an earlier import of the
// same cluster, windows inside the loaded billing periods, and node lines of the cluster in the
// bill within those windows. Each failure says what to do; nothing is written.
import { sql } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import { capital, type AllocationRow } from './allocation.ts';
import { k8sError } from './errors.ts';
import { clusterNodeLines, clustersInBill } from './node-lines.ts';

export type ClusterRow = AllocationRow & { cluster: string };

interface Window {
  cluster: string;
  start: string;
  end: string;
}

const sqlTime = (iso: string) => iso.replace('T', ' ').replace('Z', '');

/** Every row's cluster: the file's, or `--cluster` (allowed only when the file names at most one). */
export function withClusters(rows: readonly AllocationRow[], cluster: string | undefined): ClusterRow[] {
  const named = [...new Set(rows.map((r) => r.cluster).filter((c): c is string => c !== null))].sort();
  if (cluster !== undefined) {
    if (named.length > 1) {
      throw k8sError('CHARGEBACK_K8S_CLUSTER_AMBIGUOUS', `The file holds ${named.length} clusters (${named.join(', ')}); --cluster names one cluster for the whole file. Import it without --cluster when the bill's node tags use these names, or export one cluster per file. Nothing was imported.`, { clusters: named });
    }
    return rows.map((r) => ({ ...r, cluster }));
  }
  const without = rows.find((r) => r.cluster === null);
  if (without) {
    throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `${capital(without.where)} names no cluster (OpenCost's CSV export has none). Import again with --cluster NAME, the cluster's name as its nodes' eks:cluster-name tag gives it. Nothing was imported.`, { where: without.where, field: 'cluster' });
  }
  return rows as ClusterRow[];
}

export function windowsOf(rows: readonly ClusterRow[]): Window[] {
  const seen = new Map<string, Window>();
  for (const r of rows) seen.set(`${r.cluster}\u0000${r.windowStart}\u0000${r.windowEnd}`, { cluster: r.cluster, start: r.windowStart, end: r.windowEnd });
  return [...seen.values()].sort((a, b) => (a.cluster === b.cluster ? (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) : a.cluster < b.cluster ? -1 : 1));
}

/** Windows of one cluster in one file either are the same window or do not meet (OpenCost's steps). */
export function checkOwnWindows(windows: readonly Window[]): void {
  for (let i = 1; i < windows.length; i++) {
    const a = windows[i - 1]!;
    const b = windows[i]!;
    if (a.cluster === b.cluster && b.start < a.end) {
      throw k8sError('CHARGEBACK_K8S_WINDOW_OVERLAP', `The file's windows ${a.start} – ${a.end} and ${b.start} – ${b.end} of cluster ${a.cluster} overlap, so the same hours would count twice. Export with a step (step=1d) so that windows follow each other. Nothing was imported.`, { cluster: a.cluster });
    }
  }
}

export async function checkAgainstEarlierImports(db: Db, windows: readonly Window[]): Promise<void> {
  for (const w of windows) {
    const hit = await db.one(sql`SELECT i.id, i.file_name, a.window_start, a.window_end FROM k8s_allocations a JOIN k8s_allocation_imports i ON i.id = a.import_id
      WHERE a.cluster = ${w.cluster} AND a.window_start < CAST(${sqlTime(w.end)} AS TIMESTAMP) AND a.window_end > CAST(${sqlTime(w.start)} AS TIMESTAMP)
      ORDER BY a.window_start LIMIT 1`);
    if (hit) {
      throw k8sError('CHARGEBACK_K8S_WINDOW_OVERLAP', `The window ${w.start} – ${w.end} of cluster ${w.cluster} overlaps import ${hit.id} (${hit.file_name}, window ${hit.window_start} – ${hit.window_end}), so those hours would count twice. Remove that import first (chargeback k8s remove ${hit.id}) to replace it, or import only the windows it lacks. Nothing was imported.`, { cluster: w.cluster, importId: hit.id, fileName: hit.file_name });
    }
  }
}

function months(periods: readonly { s: string; e: string }[]): string {
  return periods.map((p) => p.s.slice(0, 7)).join(', ');
}

/** Every window meets a loaded billing period, and the bill has node lines of its cluster in the file's windows. */
export async function checkAgainstBill(db: Db, windows: readonly Window[], clusterTag: string | null): Promise<void> {
  const periods = (await db.all(sql`SELECT DISTINCT "BillingPeriodStart" AS s, "BillingPeriodEnd" AS e FROM focus ORDER BY 1`)).map((r) => ({ s: String(r.s), e: String(r.e) }));
  if (periods.length === 0) {
    throw k8sError('CHARGEBACK_K8S_WINDOW_OUTSIDE_BILL', `The workspace has no bill loaded, so there is no node cost to split. Load the AWS bill (CUR) of ${windows[0]!.start.slice(0, 7)} first (finops-workbench ingest), then import the allocation. Nothing was imported.`);
  }
  const outside = windows.find((w) => !periods.some((p) => w.start < p.e && w.end > p.s));
  if (outside) {
    throw k8sError('CHARGEBACK_K8S_WINDOW_OUTSIDE_BILL', `The window ${outside.start} – ${outside.end} (cluster ${outside.cluster}) lies outside the loaded billing periods (${months(periods)}). Load that month's bill first, or export the allocation for a window of a loaded month. Nothing was imported.`, { cluster: outside.cluster, windowStart: outside.start, windowEnd: outside.end, billingPeriods: periods.map((p) => p.s.slice(0, 7)) });
  }
  for (const cluster of [...new Set(windows.map((w) => w.cluster))]) {
    const own = windows.filter((w) => w.cluster === cluster);
    const from = own[0]!.start;
    const to = own.reduce((m, w) => (w.end > m ? w.end : m), own[0]!.end);
    const inWindows = await db.value(sql`SELECT count(*) FROM focus WHERE ${clusterNodeLines(cluster, clusterTag)}
      AND "ChargePeriodStart" < CAST(${sqlTime(to)} AS TIMESTAMP) AND "ChargePeriodEnd" > CAST(${sqlTime(from)} AS TIMESTAMP)`);
    if (Number(inWindows) > 0) continue;
    const elsewhere = await db.all(sql`SELECT DISTINCT strftime("BillingPeriodStart", '%Y-%m') AS m FROM focus WHERE ${clusterNodeLines(cluster, clusterTag)} ORDER BY 1`);
    if (elsewhere.length > 0) {
      throw k8sError('CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL', `The bill has node lines of cluster ${cluster} only in ${elsewhere.map((r) => r.m).join(', ')}, none in the file's windows (${from} – ${to}): this allocation is for another window than the loaded bill. Load the bill of those days, or export the allocation for a loaded month. Nothing was imported.`, { cluster, windowStart: from, windowEnd: to });
    }
    const known = await clustersInBill(db, clusterTag);
    throw k8sError('CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL', `No EC2 instance line of the bill belongs to cluster ${cluster} (by the tags eks:cluster-name, aws:eks:cluster-name or kubernetes.io/cluster/${cluster}${clusterTag ? ` or ${clusterTag}` : ''}). ${known.length ? `The bill's clusters are: ${known.join(', ')}. Import again with --cluster NAME to give the cluster its name in the bill` : 'The bill names no cluster on its instances. Activate the eks:cluster-name cost allocation tag, or import again with --cluster-tag KEY naming the tag your nodes carry'}. Nothing was imported.`, { cluster, clustersInBill: known });
  }
}
