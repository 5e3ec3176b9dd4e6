// What a pull will do, before anything runs in Athena: the table's version from its columns, the
// tag keys and cost categories as the table holds them, the query, and the scan estimated from the
// period's files in S3. pullAthena runs the plan; estimateAthenaPull stops here (nothing is run,
// nothing loaded, no workspace needed), so a caller can show the query and its price first.
import type { S3Client } from '@aws-sdk/client-s3';
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import type { CallContext } from '../../progress.ts';
import { chooseKeys } from './athena-keys.ts';
import { estimateScan, type ScanEstimate } from './athena-estimate.ts';
import { ATHENA_USD_PER_TB, formatBytes, formatUsd } from './athena-query.ts';
import { buildQuery, Extract, type AthenaQuery } from './athena-sql.ts';
import { describeTable, type AthenaTable, type CurVersionName } from './athena-table.ts';
import { awsClients, type AwsClients } from './connection.ts';
import type { AthenaPullRequest } from './athena-pull.ts';

export const DEFAULT_CATALOG = 'AwsDataCatalog';

export interface AthenaPlan {
  table: AthenaTable;
  query: AthenaQuery;
  /** Null when it could not be estimated; estimateNote says why. */
  estimate: ScanEstimate | null;
  estimateNote?: string;
}

/** The estimate, or why there is none; a failure to estimate never stops the pull. */
async function estimate(s3: S3Client, table: AthenaTable, req: AthenaPullRequest, signal?: AbortSignal): Promise<Pick<AthenaPlan, 'estimate' | 'estimateNote'>> {
  try {
    const e = await estimateScan(s3, table, req.period, signal, req.profile);
    return e ? { estimate: e } : { estimate: null, estimateNote: 'The table names no S3 location, so what it holds could not be listed.' };
  } catch (err) {
    if (signal?.aborted || (err instanceof WorkbenchError && err.code === ErrorCode.CANCELLED)) throw err;
    return { estimate: null, estimateNote: `The table's S3 objects could not be listed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function planAthenaPull(clients: AwsClients, req: AthenaPullRequest, ctx: CallContext): Promise<AthenaPlan> {
  const progress = ctx.onProgress ?? (() => {});
  const where = { catalog: req.catalog ?? DEFAULT_CATALOG, database: req.database, table: req.table };
  progress({ phase: 'discover', message: `Reading the columns of ${req.database}.${req.table}` });
  const table = await describeTable(clients.athena(), where, ctx.signal, req.profile);
  const aggregate = req.extract === Extract.Aggregate;
  const keys = chooseKeys(table, aggregate ? (req.tags ?? []) : [], aggregate ? (req.costCategories ?? []) : []);
  const query = buildQuery(table, req.period, req.extract, keys);
  progress({ phase: 'discover', message: `Estimating the scan from the S3 objects of ${req.period}` });
  const est = await estimate(clients.s3(), table, req, ctx.signal);
  // Its own phase, so a line-per-phase log shows it before the query starts.
  progress({
    phase: 'validate',
    message: est.estimate
      ? `Estimated scan: ${formatBytes(est.estimate.bytes)} in ${est.estimate.objects} object${est.estimate.objects === 1 ? '' : 's'}, about ${formatUsd(est.estimate.costUsd)} at $${ATHENA_USD_PER_TB}/TB`
      : `No scan estimate: ${est.estimateNote}`,
  });
  return { table, query, ...est };
}

export interface AthenaEstimateResult {
  curVersion: CurVersionName;
  billingPeriod: string;
  estimate: ScanEstimate | null;
  estimateNote?: string;
  query: { sql: string; parameters: string[] };
}

/** The plan of a pull without running it: the query to copy, and what it would scan and cost. */
export async function estimateAthenaPull(req: AthenaPullRequest, ctx: CallContext = {}): Promise<AthenaEstimateResult> {
  const clients = awsClients(req);
  try {
    const plan = await planAthenaPull(clients, req, ctx);
    return {
      curVersion: plan.table.version,
      billingPeriod: req.period,
      estimate: plan.estimate,
      ...(plan.estimateNote ? { estimateNote: plan.estimateNote } : {}),
      query: { sql: plan.query.sql, parameters: plan.query.params },
    };
  } finally {
    clients.destroy();
  }
}
