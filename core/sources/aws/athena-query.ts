// One Athena query: StartQueryExecution, then GetQueryExecution with a growing pause until it
// ends. Cancelling (the AbortSignal) stops the query in Athena with StopQueryExecution, so it
// does not go on scanning (and costing) after the user gave up.
import { GetQueryExecutionCommand, StartQueryExecutionCommand, StopQueryExecutionCommand, type AthenaClient } from '@aws-sdk/client-athena';
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import { sourceError } from '../errors.ts';
import { awsCall } from './aws-errors.ts';
import type { AthenaQuery } from './athena-sql-parts.ts';

/** Athena's price: $5 per TB scanned (10 MB minimum per query). */
export const ATHENA_USD_PER_TB = 5;
const TB = 1e12;
const MIN_BILLED_BYTES = 10 * 1e6;

export function athenaCostUsd(bytesScanned: number): number {
  if (bytesScanned <= 0) return 0;
  return Math.round((Math.max(bytesScanned, MIN_BILLED_BYTES) / TB) * ATHENA_USD_PER_TB * 1e6) / 1e6;
}

/** Bytes in words (decimal units, as Athena bills them), with the exact count: `2.41 MB (2,410,112 bytes)`. */
export function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1e12 ? ['TB', 1e12] : bytes >= 1e9 ? ['GB', 1e9] : bytes >= 1e6 ? ['MB', 1e6] : ['kB', 1e3];
  return `${(bytes / (size as number)).toFixed(2)} ${unit} (${bytes.toLocaleString('en-US')} bytes)`;
}

/** Dollars to the cent, or to the millionth below a cent (a small query costs $0.00005). */
export function formatUsd(usd: number): string {
  return usd >= 0.01 || usd === 0 ? `$${usd.toFixed(2)}` : `$${usd.toFixed(6).replace(/0+$/, '')}`;
}

export interface PollPolicy {
  firstMs: number;
  maxMs: number;
  factor: number;
}

export const DEFAULT_POLL: PollPolicy = { firstMs: 250, maxMs: 5000, factor: 1.6 };

export interface QueryRun {
  executionId: string;
  outputLocation: string;
  bytesScanned: number;
}

export interface QueryTarget {
  catalog: string;
  database: string;
  workgroup?: string;
  outputLocation?: string;
  profile?: string;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((ok) => {
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      ok();
    }
  });
}

function cancelled(): WorkbenchError {
  return new WorkbenchError(ErrorCode.CANCELLED, 'Cancelled: the Athena query was stopped and the workspace is as it was.');
}

export async function runQuery(athena: AthenaClient, q: AthenaQuery, target: QueryTarget, signal: AbortSignal | undefined, onState: (state: string, polls: number) => void, poll: PollPolicy = DEFAULT_POLL): Promise<QueryRun> {
  const site = (op: string) => ({ what: `Athena ${op}`, ...(target.profile ? { profile: target.profile } : {}) });
  if (signal?.aborted) throw cancelled();
  const started = await awsCall(site('StartQueryExecution'), () =>
    athena.send(
      new StartQueryExecutionCommand({
        QueryString: q.sql,
        ...(q.params.length ? { ExecutionParameters: q.params } : {}),
        QueryExecutionContext: { Catalog: target.catalog, Database: target.database },
        ...(target.workgroup ? { WorkGroup: target.workgroup } : {}),
        ...(target.outputLocation ? { ResultConfiguration: { OutputLocation: target.outputLocation } } : {}),
      }),
    ),
  );
  const id = started.QueryExecutionId!;
  const stop = () => awsCall(site('StopQueryExecution'), () => athena.send(new StopQueryExecutionCommand({ QueryExecutionId: id })));
  let wait = poll.firstMs;
  for (let polls = 1; ; polls++) {
    await sleep(wait, signal);
    if (signal?.aborted) {
      await stop();
      throw cancelled();
    }
    const q = (await awsCall(site('GetQueryExecution'), () => athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id })))).QueryExecution;
    const state = q?.Status?.State ?? 'UNKNOWN';
    onState(state, polls);
    if (state === 'SUCCEEDED') {
      const outputLocation = q?.ResultConfiguration?.OutputLocation;
      if (!outputLocation) throw sourceError('ATHENA_NO_OUTPUT_LOCATION', `Athena query ${id} succeeded but gave no result location. Pass --output-location s3://bucket/prefix/ or set one on the workgroup.`, { executionId: id });
      return { executionId: id, outputLocation, bytesScanned: Number(q?.Statistics?.DataScannedInBytes ?? 0) };
    }
    if (state === 'FAILED') {
      throw sourceError('ATHENA_QUERY_FAILED', `Athena query ${id} failed: ${q?.Status?.StateChangeReason ?? 'no reason given'}. Nothing was loaded; the query is in the result of --json (query.sql) to run in the Athena console.`, {
        executionId: id,
        reason: q?.Status?.StateChangeReason ?? null,
      });
    }
    if (state === 'CANCELLED') throw new WorkbenchError(ErrorCode.CANCELLED, `Athena query ${id} was cancelled in Athena (by someone or a workgroup limit). Nothing was loaded.`, { executionId: id });
    wait = Math.min(poll.maxMs, Math.round(wait * poll.factor));
  }
}
