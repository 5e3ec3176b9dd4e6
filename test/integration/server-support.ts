// Helpers for the browser-mode server tests: a real server on a real workspace, and raw HTTP
// requests where the test controls every header (fetch would not let us forge Host).
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppSession } from '../../core/app/session.ts';
import { appMethodTable } from '../../core/app/method-table.ts';
import { startServer, type RunningServer } from '../../core/server/index.ts';

export const SHARED_DATA = resolve(fileURLToPath(new URL('../../../shared/data', import.meta.url)));
export const FOCUS_SAMPLE = join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv');

export interface Harness {
  dir: string;
  server: RunningServer;
  session: AppSession;
  close: () => Promise<void>;
}

export async function startHarness(rendererDir: string | null = null): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-server-'));
  const session = await AppSession.open({
    workspacePath: join(dir, 'w.duckdb'),
    demoPath: join(dir, 'demo.duckdb'),
    buildDemo: async () => {
      throw new Error('no demo in these tests');
    },
  });
  const server = await startServer({ table: appMethodTable(session.api), rendererDir });
  return {
    dir,
    server,
    session,
    close: async () => {
      await server.close();
      session.close();
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(
      { host: opts.host ?? '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${port}`, ...opts.headers }, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolveAnswer({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.end(opts.body);
    else req.end();
  });
}

export function callApi(h: Harness, method: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return raw(h.server.port, {
    method: 'POST',
    path: '/api/call',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.server.token}`, ...headers },
    body: JSON.stringify({ method, payload }),
  });
}
