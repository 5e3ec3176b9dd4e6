// chargebackKubernetesImport (SPEC "Import"): read the file (format by content), give every row
// its cluster, check it against itself, earlier imports and the bill, then write it in one
// transaction. The same file again changes nothing.
import { createHash } from 'node:crypto';
import type { Db } from '../../../store/db.ts';
import { MAX_IMPORT_CHARS } from './constants.ts';
import { k8sError } from './errors.ts';
import { readAllocationFile } from './read-file.ts';
import { importByHash, insertImport, listImports, type KubernetesImport } from './store.ts';
import { checkAgainstBill, checkAgainstEarlierImports, checkOwnWindows, windowsOf, withClusters } from './validate.ts';

export interface KubernetesImportRequest {
  /** The file's name, kept in the import record and named in messages. */
  fileName: string;
  text: string;
  /** The cluster's name in the bill, for a file that names none (OpenCost's CSV) or calls it otherwise. */
  cluster?: string | undefined;
  /** A tag key whose value names a node's cluster, besides eks:cluster-name and the others. */
  clusterTag?: string | undefined;
}

export interface KubernetesImportOutcome {
  import: KubernetesImport;
  /** The same file was imported before (as `import`): nothing changed. */
  alreadyImported: boolean;
}

export async function importKubernetesAllocation(db: Db, req: KubernetesImportRequest): Promise<KubernetesImportOutcome> {
  if (req.text.length > MAX_IMPORT_CHARS) throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', `${req.fileName} is ${req.text.length.toLocaleString('en-US')} characters, more than the ${MAX_IMPORT_CHARS.toLocaleString('en-US')} an allocation import takes. Export fewer days per file (a month of daily steps aggregated by namespace is small). Nothing was imported.`);
  const file = readAllocationFile(req.text);
  if (file.rows.length === 0) throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `${req.fileName} holds no allocation. Export a window in which the cluster ran. Nothing was imported.`);
  const contentHash = createHash('sha256').update(req.text).digest('hex');
  const before = await importByHash(db, contentHash);
  if (before !== null) return { import: (await listImports(db)).find((i) => i.id === before)!, alreadyImported: true };

  const rows = withClusters(file.rows, req.cluster);
  const windows = windowsOf(rows);
  checkOwnWindows(windows);
  await checkAgainstEarlierImports(db, windows);
  await checkAgainstBill(db, windows, req.clusterTag ?? null);
  const id = await db.transaction(() => insertImport(db, { fileName: req.fileName, contentHash, format: file.format, clusterTag: req.clusterTag ?? null, rows }));
  return { import: (await listImports(db)).find((i) => i.id === id)!, alreadyImported: false };
}
