// Pulls and their previews through a saved connection. The preview says what a pull will do
// before it costs anything: the Athena query (to read, or to copy into the Athena console), the
// number of Cost Explorer requests and their price, the S3 location.
import type { CallContext } from '../../progress.ts';
import type { Workspace } from '../../store/workspace.ts';
import { pullAthena, type AthenaPullResult } from '../aws/athena-pull.ts';
import { estimateAthenaPull } from '../aws/athena-plan.ts';
import type { ScanEstimate } from '../aws/athena-estimate.ts';
import type { CurVersionName } from '../aws/athena-table.ts';
import { CE_UNCONFIRMED_LIMIT, CE_USD_PER_REQUEST, pullCostExplorer, type CostExplorerPullResult } from '../aws/cost-explorer-pull.ts';
import { pullS3, type S3PullResult } from '../aws/s3-pull.ts';
import { inlineAthenaParameters } from './athena-printable.ts';
import { kindPull, type ConnectionPullRequest } from './pull-request.ts';
import type { ConnectionSpec } from './spec.ts';

export type ConnectionPullResult =
  | { name: string; kind: 's3'; result: S3PullResult }
  | { name: string; kind: 'athena'; result: AthenaPullResult }
  | { name: string; kind: 'costexplorer'; result: CostExplorerPullResult };

export async function pullWithConnection(ws: Workspace, c: ConnectionSpec, req: ConnectionPullRequest, ctx: CallContext = {}): Promise<ConnectionPullResult> {
  const p = kindPull(c, req);
  if (p.kind === 's3') return { name: c.name, kind: p.kind, result: await pullS3(ws, p.request, ctx) };
  if (p.kind === 'athena') return { name: c.name, kind: p.kind, result: await pullAthena(ws, p.request, ctx) };
  return { name: c.name, kind: p.kind, result: await pullCostExplorer(ws, p.request, ctx) };
}

export interface AthenaQueryPreview {
  curVersion: CurVersionName;
  /** The query as the pull sends it, with `?` placeholders… */
  sql: string;
  /** …and their values (Athena ExecutionParameters, SQL literals). */
  parameters: string[];
  /** The same query with the values written in, to paste into the Athena console. */
  printable: string;
}

export type ConnectionPullPreview =
  | { name: string; kind: 's3'; location: string; period: string | null }
  | {
      name: string;
      kind: 'athena';
      table: string;
      period: string;
      extract: string;
      query: AthenaQueryPreview;
      /** What the period's partitions hold in S3, the most the query can scan, and its price; null with a note when unknown. */
      estimate: ScanEstimate | null;
      estimateNote: string | null;
    }
  | { name: string; kind: 'costexplorer'; billingPeriods: string[]; requestsEstimated: number; costUsd: number; confirmNeeded: boolean; limit: number };

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d < new Date(`${to}T00:00:00Z`); d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/**
 * What a pull will do. Athena reads the table's columns (GetTableMetadata, free) and lists the
 * period's objects in S3 to build the exact query the pull will run and estimate its scan; Cost Explorer makes no request (one per month is the least a
 * pull makes; a month that spans pages adds one per page).
 */
export async function previewPull(c: ConnectionSpec, req: ConnectionPullRequest, signal?: AbortSignal): Promise<ConnectionPullPreview> {
  const p = kindPull(c, req);
  if (p.kind === 's3') return { name: c.name, kind: 's3', location: `s3://${p.request.bucket}/${p.request.prefix}`, period: p.request.period ?? null };
  if (p.kind === 'costexplorer') {
    const billingPeriods = monthsBetween(p.request.from, p.request.to);
    const requests = billingPeriods.length;
    return {
      name: c.name,
      kind: 'costexplorer',
      billingPeriods,
      requestsEstimated: requests,
      costUsd: Math.round(requests * CE_USD_PER_REQUEST * 100) / 100,
      confirmNeeded: requests > CE_UNCONFIRMED_LIMIT,
      limit: CE_UNCONFIRMED_LIMIT,
    };
  }
  const r = p.request;
  const e = await estimateAthenaPull(r, { signal });
  return {
    name: c.name,
    kind: 'athena',
    table: `${r.database}.${r.table}`,
    period: r.period,
    extract: r.extract,
    query: { curVersion: e.curVersion, sql: e.query.sql, parameters: e.query.parameters, printable: inlineAthenaParameters(e.query.sql, e.query.parameters) },
    estimate: e.estimate,
    estimateNote: e.estimateNote ?? null,
  };
}
