// athena pull: one billing period of a CUR table in Athena (legacy CUR, CUR 2.0 or an AWS FOCUS
// export), as line items or as an aggregate pushed down to Athena. Steps: 1 read the table's
// columns and tell the version; 2 check the tag keys and cost categories, build the query
// (athena-sql.ts); 3 estimate what it will scan from the partitions' S3 objects
// (athena-estimate.ts); 4 run it, polling with backoff, stopped on cancel (athena-query.ts);
// 5 stream the result CSV from S3 to a temporary file; 6 load it through the ingest path in one
// transaction (the period replaces the period), the import marked as an Athena extract.
import { join } from 'node:path';
import type { CallContext } from '../../progress.ts';
import { ingestPaths, type IngestResult } from '../../ingest/index.ts';
import type { Workspace } from '../../store/workspace.ts';
import { sourceError } from '../errors.ts';
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import type { S3Client } from '@aws-sdk/client-s3';
import { describeTable, type AthenaTable, type CurVersionName } from './athena-table.ts';
import { chooseKeys } from './athena-keys.ts';
import { buildQuery, Extract, type ExtractName } from './athena-sql.ts';
import { estimateScan, type ScanEstimate } from './athena-estimate.ts';
import { athenaCostUsd, ATHENA_USD_PER_TB, DEFAULT_POLL, formatBytes, formatUsd, runQuery, type PollPolicy } from './athena-query.ts';
import { awsClients, type AwsConnection } from './connection.ts';
import { download, parseS3Uri } from './s3-objects.ts';
import { createStaging } from './staging.ts';

/** imports.source of Athena pulls: aggregates are marked apart from line items. */
export const AthenaSource = {
  LineItems: 'athena',
  Aggregate: 'athena-aggregate',
} as const;

export const DEFAULT_CATALOG = 'AwsDataCatalog';

export interface AthenaPullRequest extends AwsConnection {
  workgroup?: string;
  catalog?: string;
  database: string;
  table: string;
  period: string;
  extract: ExtractName;
  /** Tag keys to keep in an aggregate (`Team`, `aws:createdBy`). */
  tags?: string[];
  /** Cost categories to keep in an aggregate (`Environment`). */
  costCategories?: string[];
  outputLocation?: string;
}

export interface AthenaPullResult {
  source: (typeof AthenaSource)[keyof typeof AthenaSource];
  extract: ExtractName;
  curVersion: CurVersionName;
  billingPeriod: string;
  /** Before the run: what the period's partitions hold in S3 (null when it could not be estimated, see estimateNote). */
  estimate: ScanEstimate | null;
  estimateNote?: string;
  /** After the run: Athena's DataScannedInBytes and its cost (bytesScanned, costUsd). */
  query: { sql: string; parameters: string[]; executionId: string; outputLocation: string; bytesScanned: number; costUsd: number };
  ingest: IngestResult;
}


/** The estimate, or why there is none; a failure to estimate never stops the pull. */
async function estimate(s3: S3Client, table: AthenaTable, req: AthenaPullRequest, signal?: AbortSignal): Promise<{ estimate: ScanEstimate | null; estimateNote?: string }> {
  try {
    const e = await estimateScan(s3, table, req.period, signal, req.profile);
    return e ? { estimate: e } : { estimate: null, estimateNote: 'The table names no S3 location, so what it holds could not be listed.' };
  } catch (err) {
    if (signal?.aborted || (err instanceof WorkbenchError && err.code === ErrorCode.CANCELLED)) throw err;
    return { estimate: null, estimateNote: `The table's S3 objects could not be listed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function pullAthena(ws: Workspace, req: AthenaPullRequest, ctx: CallContext = {}, poll: PollPolicy = DEFAULT_POLL): Promise<AthenaPullResult> {
  const progress = ctx.onProgress ?? (() => {});
  const clients = awsClients(req);
  const staging = await createStaging('finops-athena-pull-');
  const where = { catalog: req.catalog ?? DEFAULT_CATALOG, database: req.database, table: req.table };
  try {
    progress({ phase: 'discover', message: `Reading the columns of ${req.database}.${req.table}` });
    const table = await describeTable(clients.athena(), where, ctx.signal, req.profile);
    const keys = chooseKeys(table, req.extract === Extract.Aggregate ? (req.tags ?? []) : [], req.extract === Extract.Aggregate ? (req.costCategories ?? []) : []);
    const q = buildQuery(table, req.period, req.extract, keys);
    progress({ phase: 'discover', message: `Estimating the scan from the S3 objects of ${req.period}` });
    const est = await estimate(clients.s3(), table, req, ctx.signal);
    // Its own phase, so a line-per-phase log shows it before the query starts.
    progress({
      phase: 'validate',
      message: est.estimate
        ? `Estimated scan: ${formatBytes(est.estimate.bytes)} in ${est.estimate.objects} object${est.estimate.objects === 1 ? '' : 's'}, about ${formatUsd(est.estimate.costUsd)} at $${ATHENA_USD_PER_TB}/TB`
        : `No scan estimate: ${est.estimateNote}`,
    });
    progress({ phase: 'read', message: `Running the ${req.extract} query for ${req.period} in Athena` });
    const run = await runQuery(clients.athena(), q, { ...where, workgroup: req.workgroup, outputLocation: req.outputLocation, profile: req.profile }, ctx.signal, (state, polls) =>
      progress({ phase: 'read', message: `Athena query ${state.toLowerCase()} (check ${polls})` }), poll,
    );
    const loc = parseS3Uri(run.outputLocation);
    if (!loc) throw sourceError('ATHENA_NO_OUTPUT_LOCATION', `Athena gave the result location ${run.outputLocation}, which is not an s3:// URI.`);
    progress({ phase: 'read', message: `Fetching the result ${run.outputLocation} (${formatBytes(run.bytesScanned)} scanned, ${formatUsd(athenaCostUsd(run.bytesScanned))})` });
    const file = join(staging.dir, `${req.table}-${req.period}-${req.extract}.csv`);
    await download(clients.s3(), loc.bucket, loc.key, file, ctx.signal, req.profile);
    const source = req.extract === Extract.Aggregate ? AthenaSource.Aggregate : AthenaSource.LineItems;
    const label = `athena://${req.database}.${req.table}?period=${req.period}&extract=${req.extract}&execution=${run.executionId}`;
    const ingest = await ingestPaths(ws, [file], ctx, { source, describe: () => label });
    for (const f of ingest.files) f.path = label;
    return {
      source,
      extract: req.extract,
      curVersion: table.version,
      billingPeriod: req.period,
      ...est,
      query: { sql: q.sql, parameters: q.params, executionId: run.executionId, outputLocation: run.outputLocation, bytesScanned: run.bytesScanned, costUsd: athenaCostUsd(run.bytesScanned) },
      ingest,
    };
  } finally {
    clients.destroy();
    await staging.dispose();
  }
}
