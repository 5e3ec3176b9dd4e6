// "Test connection": the cheapest real call per kind, so a person learns before a pull whether the
// credentials, region, endpoint and names are right.
// - S3: ListObjectsV2 with MaxKeys 1 on the prefix (free at this size).
// - Athena: GetWorkGroup (is it enabled, where do results go) and GetTableMetadata (the table and
//   its CUR version). Both are metadata calls, which Athena does not charge.
// - Cost Explorer: every Cost Explorer request costs $0.01 and there is no free call, so the test
//   is one GetCostAndUsage for yesterday, made only when the caller confirmed that cost.
import { GetWorkGroupCommand } from '@aws-sdk/client-athena';
import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { toApiError } from '../../errors.ts';
import { sourceError } from '../errors.ts';
import { CurVersion, describeTable } from '../aws/athena-table.ts';
import { awsCall } from '../aws/aws-errors.ts';
import { awsClients, type AwsClients } from '../aws/connection.ts';
import { CE_USD_PER_REQUEST } from '../aws/cost-explorer-pull.ts';
import { DEFAULT_CATALOG } from '../aws/athena-pull.ts';
import { credentialsLabel, type AthenaConnectionSpec, type ConnectionKindName, type ConnectionSpec, type CostExplorerConnectionSpec, type S3ConnectionSpec } from './spec.ts';

export const DEFAULT_WORKGROUP = 'primary';

export interface ConnectionCheck {
  /** The AWS call made: "S3 ListObjectsV2 on s3://bucket/prefix". */
  operation: string;
  ok: boolean;
  message: string;
  /** The error code when it failed (AWS_ACCESS_DENIED, ATHENA_TABLE_NOT_FOUND…). */
  code?: string;
}

export interface ConnectionTestResult {
  name: string;
  kind: ConnectionKindName;
  ok: boolean;
  /** One line that sums the checks up. */
  message: string;
  checks: ConnectionCheck[];
  /** What the test cost on the AWS bill: $0.01 for Cost Explorer, 0 otherwise. */
  costUsd: number;
  /** Where the credentials came from, in words (never the secret). */
  credentials: string;
}

export interface TestOptions {
  /** Cost Explorer: allow the one paid request. */
  confirmCost?: boolean;
  signal?: AbortSignal;
}

type Check = (clients: AwsClients) => Promise<string>;

function site(c: ConnectionSpec, what: string) {
  return { what, ...(c.profile ? { profile: c.profile } : {}) };
}

function s3Checks(c: S3ConnectionSpec, signal?: AbortSignal): [string, Check][] {
  const where = `s3://${c.bucket}/${c.prefix}`;
  const op = `S3 ListObjectsV2 on ${where}`;
  return [
    [
      op,
      async (clients) => {
        const r = await awsCall(site(c, op), () => clients.s3().send(new ListObjectsV2Command({ Bucket: c.bucket, Prefix: c.prefix, MaxKeys: 1 }), { abortSignal: signal }));
        if (!r.KeyCount) throw sourceError('S3_NO_DELIVERY', `Reached the bucket ${c.bucket}, but nothing is stored under the prefix "${c.prefix}". Check the prefix: it is the report's folder (the path prefix set in the CUR or Data Exports settings).`);
        return `Reached ${where}: it holds objects (for example ${r.Contents?.[0]?.Key ?? 'one'}).`;
      },
    ],
  ];
}

function athenaChecks(c: AthenaConnectionSpec, signal?: AbortSignal): [string, Check][] {
  const workgroup = c.workgroup ?? DEFAULT_WORKGROUP;
  const wgOp = `Athena GetWorkGroup ${workgroup}`;
  const tableOp = `Athena GetTableMetadata on ${c.database}.${c.table}`;
  return [
    [
      wgOp,
      async (clients) => {
        const r = await awsCall(site(c, wgOp), () => clients.athena().send(new GetWorkGroupCommand({ WorkGroup: workgroup }), { abortSignal: signal }));
        const state = r.WorkGroup?.State ?? 'ENABLED';
        if (state !== 'ENABLED') throw sourceError('AWS_REQUEST_FAILED', `The Athena workgroup ${workgroup} is ${state.toLowerCase()}: queries cannot run in it. Enable it, or name another workgroup.`);
        const location = c.outputLocation ?? r.WorkGroup?.Configuration?.ResultConfiguration?.OutputLocation;
        if (!location) throw sourceError('ATHENA_NO_OUTPUT_LOCATION', `The Athena workgroup ${workgroup} has no query result location. Set "Result location" on this connection (s3://bucket/prefix/), or one on the workgroup.`);
        return `Workgroup ${workgroup} is enabled; query results go to ${location}.`;
      },
    ],
    [
      tableOp,
      async (clients) => {
        const t = await describeTable(clients.athena(), { catalog: c.catalog ?? DEFAULT_CATALOG, database: c.database, table: c.table }, signal, c.profile);
        const version = t.version === CurVersion.Legacy ? 'a legacy Cost and Usage Report table' : t.version === CurVersion.Cur2 ? 'a CUR 2.0 table' : 'a FOCUS export table';
        const parts = t.partitionKeys.length ? `, partitioned by ${t.partitionKeys.join(', ')}` : ', not partitioned (a pull scans the whole table)';
        return `Found ${c.database}.${c.table}: ${version} with ${t.columns.size} columns${parts}.`;
      },
    ],
  ];
}

function yesterday(now = new Date()): [string, string] {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const start = new Date(end.getTime() - 86_400_000);
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

function costExplorerChecks(c: CostExplorerConnectionSpec, signal?: AbortSignal): [string, Check][] {
  const [start, end] = yesterday();
  const op = `Cost Explorer GetCostAndUsage for ${start}`;
  return [
    [
      op,
      async (clients) => {
        const r = await awsCall(site(c, op), () =>
          clients.costExplorer().send(new GetCostAndUsageCommand({ TimePeriod: { Start: start, End: end }, Granularity: 'DAILY', Metrics: ['UnblendedCost'] }), { abortSignal: signal }),
        );
        const total = r.ResultsByTime?.[0]?.Total?.UnblendedCost;
        const amount = total ? `${total.Amount} ${total.Unit ?? ''}`.trim() : 'no figure';
        return `Cost Explorer answered: billed cost on ${start} was ${amount}. This test made 1 request ($${CE_USD_PER_REQUEST.toFixed(2)}).`;
      },
    ],
  ];
}

function checksOf(c: ConnectionSpec, signal?: AbortSignal): [string, Check][] {
  if (c.kind === 's3') return s3Checks(c, signal);
  if (c.kind === 'athena') return athenaChecks(c, signal);
  return costExplorerChecks(c, signal);
}

/** Runs the kind's checks in order and stops at the first failure: the next would fail the same way. */
export async function testConnection(c: ConnectionSpec, opts: TestOptions = {}): Promise<ConnectionTestResult> {
  if (c.kind === 'costexplorer' && !opts.confirmCost) {
    throw sourceError('COSTEXPLORER_CONFIRM', `Testing a Cost Explorer connection makes one request, which AWS charges $${CE_USD_PER_REQUEST.toFixed(2)} for (Cost Explorer has no free call). Confirm the cost to test it.`, { requestsEstimated: 1 });
  }
  const clients = awsClients(c);
  const checks: ConnectionCheck[] = [];
  try {
    for (const [operation, check] of checksOf(c, opts.signal)) {
      try {
        checks.push({ operation, ok: true, message: await check(clients) });
      } catch (err) {
        const e = toApiError(err);
        checks.push({ operation, ok: false, message: e.message, code: e.code });
        break;
      }
    }
  } finally {
    clients.destroy();
  }
  const ok = checks.every((x) => x.ok);
  // a request AWS refused or never received is not billed
  const paid = c.kind === 'costexplorer' && ok;
  return {
    name: c.name,
    kind: c.kind,
    ok,
    message: ok ? `The connection works, with ${credentialsLabel(c)}.` : `The connection does not work yet: ${checks.find((x) => !x.ok)?.message ?? ''}`,
    checks,
    costUsd: paid ? CE_USD_PER_REQUEST : 0,
    credentials: credentialsLabel(c),
  };
}
