// Removing a billing period (optionally of one billing account or provider) in one transaction.
// Imports left without rows are marked removed, so loading the same file again brings it back.
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { refreshDerivedTables } from './derived-registry.ts';
import { sql } from '../sql/index.ts';
import type { Workspace } from './workspace.ts';

export interface RemovePeriodRequest {
  /** 'YYYY-MM' */
  billingPeriod: string;
  billingAccountId?: string;
  providerName?: string;
}

export interface RemovePeriodResult {
  rowsRemoved: number;
  importsAffected: number[];
}

export async function removePeriod(ws: Workspace, req: RemovePeriodRequest): Promise<RemovePeriodResult> {
  const where = sql`strftime(BillingPeriodStart, '%Y-%m') = ${req.billingPeriod}
    AND (${req.billingAccountId ?? null}::VARCHAR IS NULL OR BillingAccountId = ${req.billingAccountId ?? null})
    AND (${req.providerName ?? null}::VARCHAR IS NULL OR ProviderName = ${req.providerName ?? null})`;
  const conn = await ws.connect();
  try {
    return await conn.transaction(async () => {
      const affected = await conn.all(sql`SELECT x_ImportId AS id, count(*) AS n FROM focus WHERE ${where} GROUP BY 1 ORDER BY 1`);
      const rowsRemoved = affected.reduce((s, r) => s + Number(r.n), 0);
      if (rowsRemoved === 0) {
        const scope = [req.billingAccountId && `billing account ${req.billingAccountId}`, req.providerName && `provider ${req.providerName}`].filter(Boolean).join(', ');
        throw new WorkbenchError(ErrorCode.PERIOD_NOT_FOUND, `The workspace has no rows for billing period ${req.billingPeriod}${scope ? ` (${scope})` : ''}. See "info" for the periods it holds.`);
      }
      await conn.run(sql`DELETE FROM focus WHERE ${where}`);
      const ids = affected.map((r) => Number(r.id));
      for (const id of ids) {
        const left = Number(await conn.value(sql`SELECT count(*) FROM focus WHERE x_ImportId = ${id}`));
        await conn.run(sql`UPDATE imports SET rows = ${left}, status = CASE WHEN ${left} = 0 THEN 'removed' ELSE status END WHERE id = ${id}`);
      }
      await refreshDerivedTables(conn, [req.billingPeriod]);
      return { rowsRemoved, importsAffected: ids };
    });
  } finally {
    conn.close();
  }
}
