// Removing a metric or Compute Optimizer import: its rows go, the import stays in the history as
// removed (loading the same file again brings it back, as for a billing import).
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import type { Workspace } from '../../store/workspace.ts';
import { sql } from '../../sql/index.ts';
import { METRIC_FORMAT_IDS } from './constants.ts';

export interface RemoveMetricsImportResult {
  importId: number;
  rowsRemoved: number;
}

export async function removeMetricsImport(ws: Workspace, importId: number): Promise<RemoveMetricsImportResult> {
  const conn = await ws.connect();
  try {
    return await conn.transaction(async () => {
      const row = await conn.one(sql`SELECT format, status FROM imports WHERE id = ${importId}`);
      if (!row || !METRIC_FORMAT_IDS.includes(String(row.format))) {
        throw new WorkbenchError(ErrorCode.BAD_REQUEST, `Import ${importId} is not a metrics import of this workspace. See the import history ("info") for the ids; nothing was removed.`, { importId });
      }
      const a = Number(await conn.value(sql`SELECT count(*) FROM resource_metrics WHERE import_id = ${importId}`));
      const b = Number(await conn.value(sql`SELECT count(*) FROM compute_optimizer_ec2 WHERE import_id = ${importId}`));
      await conn.run(sql`DELETE FROM resource_metrics WHERE import_id = ${importId}`);
      await conn.run(sql`DELETE FROM compute_optimizer_ec2 WHERE import_id = ${importId}`);
      await conn.run(sql`UPDATE imports SET rows = 0, status = 'removed' WHERE id = ${importId}`);
      return { importId, rowsRemoved: a + b };
    });
  } finally {
    conn.close();
  }
}
