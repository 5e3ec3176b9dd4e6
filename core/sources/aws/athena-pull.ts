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
// a pull of a period is that period as the source has it now: it replaces what was loaded
import { OverlapChoice } from '../../ingest/overlap-choice.ts';
import type { Workspace } from '../../store/workspace.ts';
import { sourceError } from '../errors.ts';
import type { CurVersionName } from './athena-table.ts';
import { Extract, type ExtractName } from './athena-sql.ts';
import type { ScanEstimate } from './athena-estimate.ts';
import { DEFAULT_CATALOG, planAthenaPull } from './athena-plan.ts';
import { athenaCostUsd, DEFAULT_POLL, formatBytes, formatUsd, runQuery, type PollPolicy } from './athena-query.ts';
import { awsClients, type AwsConnection } from './connection.ts';
import { download, parseS3Uri } from './s3-objects.ts';
import { createStaging } from './staging.ts';

/** imports.source of Athena pulls: aggregates are marked apart from line items. */
export const AthenaSource = {
  LineItems: 'athena',
  Aggregate: 'athena-aggregate',
} as const;

export { DEFAULT_CATALOG } from './athena-plan.ts';

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

export async function pullAthena(ws: Workspace, req: AthenaPullRequest, ctx: CallContext = {}, poll: PollPolicy = DEFAULT_POLL): Promise<AthenaPullResult> {
  const progress = ctx.onProgress ?? (() => {});
  const clients = awsClients(req);
  const staging = await createStaging('finops-athena-pull-');
  const where = { catalog: req.catalog ?? DEFAULT_CATALOG, database: req.database, table: req.table };
  try {
    const { table, query: q, ...est } = await planAthenaPull(clients, req, ctx);
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
    const ingest = await ingestPaths(ws, [file], ctx, { source, describe: () => label }, { overlap: OverlapChoice.Replace });
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
