// Imported allocations in the workspace (migration 055): the import record and its rows, written
// in one transaction; listed and removed by import id.
import { ident, sql } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import type { AllocationRow } from './allocation.ts';
import type { AllocationFormat } from './constants.ts';
import { k8sError } from './errors.ts';

export interface KubernetesImport {
  id: number;
  fileName: string;
  format: AllocationFormat;
  clusters: string[];
  clusterTag: string | null;
  /** The earliest window start and latest window end (UTC, the end not included). */
  windowStart: string;
  windowEnd: string;
  windows: number;
  allocations: number;
  /** Σ of every cost the file gives (idle included), to the cent. */
  totalCost: number;
  importedAt: string;
}

export interface NewImport {
  fileName: string;
  contentHash: string;
  format: AllocationFormat;
  clusterTag: string | null;
  rows: readonly (AllocationRow & { cluster: string })[];
}

/** Rows go to DuckDB as one JSON parameter per batch: bound, never spliced, and far faster than a statement per row. */
const BATCH_ROWS = 5000;
const ROW_STRUCTURE = JSON.stringify([
  {
    cluster: 'VARCHAR', ws: 'VARCHAR', we: 'VARCHAR', name: 'VARCHAR', namespace: 'VARCHAR', controllerKind: 'VARCHAR', controller: 'VARCHAR', pod: 'VARCHAR',
    container: 'VARCHAR', node: 'VARCHAR', labels: 'MAP(VARCHAR, VARCHAR)', idle: 'BOOLEAN',
    cpu: 'VARCHAR', gpu: 'VARCHAR', ram: 'VARCHAR', pv: 'VARCHAR', net: 'VARCHAR', lb: 'VARCHAR', shared: 'VARCHAR', ext: 'VARCHAR', idleCost: 'VARCHAR',
  },
]);

const sqlTime = (iso: string) => iso.replace('T', ' ').replace('Z', '');

/** A workspace from before migration 055, opened read-only (list, split), has no tables yet: no imports. */
export async function tableExists(db: Db): Promise<boolean> {
  return (await db.one(sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'k8s_allocation_imports'`)) !== undefined;
}

/** Writes the import and its rows; the caller runs it inside its transaction. */
export async function insertImport(db: Db, imp: NewImport): Promise<number> {
  const id = Number(await db.value(sql`SELECT nextval('k8s_allocation_import_ids')`));
  const clusters = [...new Set(imp.rows.map((r) => r.cluster))].sort();
  const starts = imp.rows.map((r) => r.windowStart).sort();
  const ends = imp.rows.map((r) => r.windowEnd).sort();
  const windows = new Set(imp.rows.map((r) => `${r.cluster}\u0000${r.windowStart}\u0000${r.windowEnd}`)).size;
  await db.run(sql`INSERT INTO k8s_allocation_imports VALUES (${id}, ${imp.fileName}, ${imp.contentHash}, ${imp.format},
    CAST(CAST(${JSON.stringify(clusters)} AS JSON) AS VARCHAR[]), ${imp.clusterTag}, CAST(${sqlTime(starts[0]!)} AS TIMESTAMP), CAST(${sqlTime(ends.at(-1)!)} AS TIMESTAMP),
    ${windows}, ${imp.rows.length}, 0, now()::TIMESTAMP)`);
  for (let i = 0; i < imp.rows.length; i += BATCH_ROWS) {
    const batch = imp.rows.slice(i, i + BATCH_ROWS).map((r) => ({
      cluster: r.cluster, ws: sqlTime(r.windowStart), we: sqlTime(r.windowEnd), name: r.name, namespace: r.namespace, controllerKind: r.controllerKind,
      controller: r.controller, pod: r.pod, container: r.container, node: r.node, labels: r.labels, idle: r.idle,
      cpu: r.costs.cpuCost, gpu: r.costs.gpuCost, ram: r.costs.ramCost, pv: r.costs.pvCost, net: r.costs.networkCost, lb: r.costs.loadBalancerCost,
      shared: r.costs.sharedCost, ext: r.costs.externalCost, idleCost: r.costs.idleCost,
    }));
    const money = (c: string) => sql`CAST(${ident(c)} AS DECIMAL(38, 12))`;
    await db.run(sql`INSERT INTO k8s_allocations SELECT ${id}, cluster, CAST(ws AS TIMESTAMP), CAST(we AS TIMESTAMP), name, namespace, controllerKind, controller, pod,
        container, node, labels, idle, ${money('cpu')}, ${money('gpu')}, ${money('ram')}, ${money('pv')}, ${money('net')}, ${money('lb')}, ${money('shared')}, ${money('ext')}, ${money('idleCost')}
      FROM (SELECT unnest(from_json(CAST(${JSON.stringify(batch)} AS JSON), ${ROW_STRUCTURE}), recursive := true))`);
  }
  await db.run(sql`UPDATE k8s_allocation_imports SET total_cost = (SELECT coalesce(sum(cpu_cost + gpu_cost + ram_cost + pv_cost + network_cost + load_balancer_cost + shared_cost + external_cost + idle_cost), 0)
    FROM k8s_allocations WHERE import_id = ${id}) WHERE id = ${id}`);
  return id;
}

export async function listImports(db: Db): Promise<KubernetesImport[]> {
  if (!(await tableExists(db))) return [];
  const rows = await db.all(sql`SELECT id, file_name, format, clusters, cluster_tag, window_start, window_end, windows, allocations,
      round(total_cost, 2) AS total_cost, imported_at FROM k8s_allocation_imports ORDER BY id`);
  return rows.map((r) => ({
    id: Number(r.id),
    fileName: String(r.file_name),
    format: r.format as AllocationFormat,
    clusters: (r.clusters as string[]) ?? [],
    clusterTag: r.cluster_tag === null ? null : String(r.cluster_tag),
    windowStart: String(r.window_start),
    windowEnd: String(r.window_end),
    windows: Number(r.windows),
    allocations: Number(r.allocations),
    totalCost: Number(r.total_cost),
    importedAt: String(r.imported_at),
  }));
}

export async function importByHash(db: Db, contentHash: string): Promise<number | null> {
  const v = await db.value(sql`SELECT id FROM k8s_allocation_imports WHERE content_hash = ${contentHash} ORDER BY id LIMIT 1`);
  return v === null ? null : Number(v);
}

export async function removeImport(db: Db, id: number): Promise<void> {
  const found = await db.one(sql`SELECT id FROM k8s_allocation_imports WHERE id = ${id}`);
  if (!found) {
    const ids = (await listImports(db)).map((i) => i.id);
    throw k8sError('CHARGEBACK_K8S_IMPORT_NOT_FOUND', `No Kubernetes allocation import has id ${id}. ${ids.length ? `The imports are: ${ids.join(', ')} (chargeback k8s list).` : 'The workspace has none.'}`, { id });
  }
  await db.transaction(async () => {
    await db.run(sql`DELETE FROM k8s_allocations WHERE import_id = ${id}`);
    await db.run(sql`DELETE FROM k8s_allocation_imports WHERE id = ${id}`);
  });
}
