// `serve` stops promptly on SIGTERM whatever the browser left open (issue 19: with the views as
// lazy chunks, serve hung for minutes after a click opened the Forecast view). The browser's
// leftovers are played here by hand, on the real command in its own process: an idle keep-alive
// socket, a job's event stream, the calls the Forecast view makes on mount still running, and a
// user's SQL statement running on its own connection. The process must exit by itself, with 0,
// and leave the workspace whole.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { daily, insertCharges } from '../support/daily-charges.ts';
import { serve, type Served } from '../e2e/support/serve.ts';
import { raw, type Answer } from './server-support.ts';

/** A few seconds: the statements are interrupted within milliseconds; the rest is the process ending. */
const STOP_WITHIN_MS = 10_000;
// minutes of work on any machine: it is surely still running when the signal comes
const LONG_SQL = 'SELECT count(*) AS n FROM range(4000000000) t(i) WHERE hash(i) % 7 = 3';

let served: Served | undefined;
afterEach(async () => {
  // a server that failed the test is not left running on the shared machine
  if (served?.child.exitCode === null) served.child.kill('SIGKILL');
  await served?.stop();
  served = undefined;
});

/** Amazon EC2 at 100 a day from 2026-01-01 to 2026-02-28: 59 days, 5,900 in all. */
async function withCharges(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertCharges(ws, daily('2026-01-01', '2026-02-28', () => 100));
  } finally {
    ws.close();
  }
}

function call(s: Served, method: string, payload: unknown, path = '/api/call'): Promise<Answer> {
  return raw(s.port, { method: 'POST', path, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokenOf(s)}` }, body: JSON.stringify({ method, payload }) });
}

function tokenOf(s: Served): string {
  return new URL(s.url).searchParams.get('token') ?? '';
}

/** Opens a job's event stream and resolves once the server has answered it; the stream stays open. */
function openEvents(s: Served, jobId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s.port, path: `/api/jobs/${jobId}/events`, headers: { Authorization: `Bearer ${tokenOf(s)}` } }, (res) => {
      res.once('data', () => resolve());
      res.on('error', () => {}); // cut when the server stops: expected
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve on SIGTERM', () => {
  it('exits promptly with calls, a job stream and a statement left running, and the workspace is whole', async () => {
    served = await serve({ workspaceName: 'stop.duckdb', prepare: withCharges });
    const s = served;
    // the user's SQL as a job: its statement runs on its own connection, its event stream stays open
    const job = await call(s, 'sql', { query: LONG_SQL }, '/api/jobs');
    expect(job.json()).toMatchObject({ ok: true });
    await openEvents(s, job.json().result.jobId as string);
    // the Forecast view's calls on mount, left in flight (their answers never read)
    const spec = { kind: 'forecast', version: 1, basis: 'Effective', scope: [], horizon: 90, method: 'seasonal-trend', backtest: true };
    const inFlight = [call(s, 'pivotFields', {}), call(s, 'budgetsList', {}), call(s, 'budgetsStatus', {}), call(s, 'forecast', { spec })].map((p) => p.catch(() => null));
    // the job's connection is open (the server's own, the job's, and this probe's) and its
    // statement started: waited on the workspace's state, not on time
    for (;;) {
      const probe = (await call(s, 'sql', { query: 'SELECT count FROM duckdb_connection_count()' })).json();
      expect(probe).toMatchObject({ ok: true });
      if (Number(probe.result.rows[0].count) >= 3) break;
    }
    const exited = new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code)));
    s.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([exited, new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), STOP_WITHIN_MS)))]);
    clearTimeout(timer);
    expect(outcome).toBe(0);
    await Promise.all(inFlight);

    // the workspace opens again, with every line it had
    const ws = await Workspace.open(s.workspace);
    try {
      expect(await ws.db.one(sql`SELECT count(*)::INTEGER AS lines, sum(BilledCost)::DOUBLE AS billed FROM focus`)).toEqual({ lines: 59, billed: 5900 });
    } finally {
      ws.close();
    }
  });
});
