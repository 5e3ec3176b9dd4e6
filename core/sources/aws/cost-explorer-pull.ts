// costexplorer pull: GetCostAndUsage by day for whole billing periods, grouped by up to two
// dimensions or tags, every page, throttling retried with backoff by the SDK. Each request costs
// $0.01: a pull says how many it will make before it starts (one per month, more when a month
// spans pages) and stops, changing nothing, before request 21 unless the caller confirmed.
// The rows land as a FOCUS CSV through the ingest path in one transaction: aggregate rows of
// the given billing account, which replace its periods like any newer delivery.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import type { CallContext } from '../../progress.ts';
import { ingestPaths, type IngestResult } from '../../ingest/index.ts';
// a pull of a period is that period as the source has it now: it replaces what was loaded
import { OverlapChoice } from '../../ingest/overlap-choice.ts';
import type { Workspace } from '../../store/workspace.ts';
import { sourceError } from '../errors.ts';
import { awsCall } from './aws-errors.ts';
import { awsClients, type AwsConnection } from './connection.ts';
import { accountNames, CE_DIMENSION_COLUMNS, CE_TAG_PREFIX, ceMetrics, csvHeader, MAX_GROUP_BY, parseGroupBy, resultRows } from './cost-explorer-rows.ts';
import { loadCeServiceCategories } from './cost-explorer-services.ts';
import { createStaging } from './staging.ts';

export const COSTEXPLORER_SOURCE = 'costexplorer';
export const CE_USD_PER_REQUEST = 0.01;
/** Requests a pull may make without the caller confirming (--yes). */
export const CE_UNCONFIRMED_LIMIT = 20;

export interface CostExplorerPullRequest extends AwsConnection {
  /** First day, YYYY-MM-01. */
  from: string;
  /** Day after the last, YYYY-MM-01 (exclusive, as Cost Explorer takes it). */
  to: string;
  groupBy?: string[];
  /** The payer account whose Cost Explorer this is: rows are filed under it. */
  billingAccountId: string;
  /** Allow more than CE_UNCONFIRMED_LIMIT requests. */
  confirm?: boolean;
}

export interface CostExplorerPullResult {
  source: typeof COSTEXPLORER_SOURCE;
  billingPeriods: string[];
  groupBy: string[];
  requestsEstimated: number;
  requests: number;
  costUsd: number;
  ingest: IngestResult;
}

function months(from: string, to: string): [string, string][] {
  const out: [string, string][] = [];
  let d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    out.push([d.toISOString().slice(0, 10), next.toISOString().slice(0, 10)]);
    d = next;
  }
  return out;
}

function checkRequest(req: CostExplorerPullRequest): void {
  const first = /^\d{4}-\d{2}-01$/;
  if (!first.test(req.from) || !first.test(req.to) || req.from >= req.to) {
    throw sourceError('COSTEXPLORER_BAD_RANGE', `Cost Explorer pulls whole billing periods: --from and --to must be first days of months, --from before --to (got ${req.from} to ${req.to}). A pull replaces the periods it covers, so a partial month would drop the rest of it.`, { from: req.from, to: req.to });
  }
  // The rows are filed under this account and replace its periods: a typo would file them apart.
  if (!/^\d{12}$/.test(req.billingAccountId)) {
    throw sourceError('COSTEXPLORER_BAD_ACCOUNT', `--billing-account must be the 12-digit id of the payer (management) account whose Cost Explorer this is (got ${JSON.stringify(req.billingAccountId.slice(0, 64))}): the rows are filed under it and replace its billing periods.`, { billingAccountId: req.billingAccountId.slice(0, 64) });
  }
  const groupBy = req.groupBy ?? [];
  if (groupBy.length > MAX_GROUP_BY) throw sourceError('COSTEXPLORER_BAD_RANGE', `Cost Explorer groups by at most ${MAX_GROUP_BY} keys; got ${groupBy.join(', ')}.`);
  for (const g of groupBy) {
    if (!g.startsWith(CE_TAG_PREFIX) && !(g in CE_DIMENSION_COLUMNS)) {
      throw sourceError('COSTEXPLORER_BAD_RANGE', `Cannot group by ${g}: use ${Object.keys(CE_DIMENSION_COLUMNS).join(', ')} or ${CE_TAG_PREFIX}<tag key>.`, { groupBy: g });
    }
  }
}

export async function pullCostExplorer(ws: Workspace, req: CostExplorerPullRequest, ctx: CallContext = {}): Promise<CostExplorerPullResult> {
  checkRequest(req);
  const progress = ctx.onProgress ?? (() => {});
  const periods = months(req.from, req.to);
  const groupBy = (req.groupBy ?? []).map(parseGroupBy);
  const estimated = periods.length;
  if (estimated > CE_UNCONFIRMED_LIMIT && !req.confirm) {
    throw sourceError('COSTEXPLORER_CONFIRM', `This pull makes at least ${estimated} Cost Explorer requests ($${(estimated * CE_USD_PER_REQUEST).toFixed(2)}). Confirm with --yes to go ahead.`, { requestsEstimated: estimated });
  }
  progress({ phase: 'discover', message: `Cost Explorer: at least ${estimated} request${estimated === 1 ? '' : 's'} ($${(estimated * CE_USD_PER_REQUEST).toFixed(2)}), more if a month spans pages` });
  const serviceCategory = await loadCeServiceCategories(ws.db);
  const clients = awsClients(req);
  const staging = await createStaging('finops-ce-pull-');
  try {
    const file = join(staging.dir, `costexplorer-${req.from}-${req.to}.csv`);
    const out = createWriteStream(file);
    const write = async (line: string) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    };
    await write(csvHeader());
    let requests = 0;
    let rows = 0;
    for (const [start, end] of periods) {
      let token: string | undefined;
      do {
        if (requests >= CE_UNCONFIRMED_LIMIT && !req.confirm) {
          throw sourceError('COSTEXPLORER_CONFIRM', `Cost Explorer needed more than ${CE_UNCONFIRMED_LIMIT} requests ($${(CE_UNCONFIRMED_LIMIT * CE_USD_PER_REQUEST).toFixed(2)} so far) and more pages remain; nothing was loaded. Confirm with --yes to pull them all.`, { requests });
        }
        progress({ phase: 'read', message: `Cost Explorer ${start} to ${end}, request ${requests + 1}` });
        const page = await awsCall({ what: `Cost Explorer GetCostAndUsage ${start} to ${end}`, ...(req.profile ? { profile: req.profile } : {}) }, () =>
          clients.costExplorer().send(
            new GetCostAndUsageCommand({ TimePeriod: { Start: start, End: end }, Granularity: 'DAILY', Metrics: ceMetrics(groupBy), ...(groupBy.length ? { GroupBy: groupBy } : {}), NextPageToken: token }),
            { abortSignal: ctx.signal },
          ),
        );
        requests += 1;
        for (const line of resultRows(page.ResultsByTime ?? [], groupBy, req.billingAccountId, accountNames(page.DimensionValueAttributes), serviceCategory)) {
          await write(line);
          rows += 1;
        }
        token = page.NextPageToken;
      } while (token);
    }
    out.end();
    await once(out, 'close');
    const label = `costexplorer://${req.billingAccountId}?from=${req.from}&to=${req.to}${groupBy.length ? `&groupBy=${(req.groupBy ?? []).join(',')}` : ''}`;
    const ingest: IngestResult = rows > 0 ? await ingestPaths(ws, [file], ctx, { source: COSTEXPLORER_SOURCE, describe: () => label }, { overlap: OverlapChoice.Replace }) : { files: [], rowsLoaded: 0, replacedImports: [] };
    for (const f of ingest.files) f.path = label;
    return {
      source: COSTEXPLORER_SOURCE,
      billingPeriods: periods.map(([s]) => s.slice(0, 7)),
      groupBy: req.groupBy ?? [],
      requestsEstimated: estimated,
      requests,
      costUsd: Math.round(requests * CE_USD_PER_REQUEST * 100) / 100,
      ingest,
    };
  } finally {
    clients.destroy();
    await staging.dispose();
  }
}
