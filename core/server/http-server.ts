// Browser mode's HTTP transport. Routes (all behind the checks of security.ts):
//   GET  /?token=T               sets the token cookie, then redirects to /
//   GET  /...                    the renderer bundle
//   POST /api/call               {method, payload} -> CallOutcome (waits for the result)
//   POST /api/jobs               {method, payload} -> {jobId}; the work runs as a job
//   GET  /api/jobs/:id/events    server-sent events: JobEvent, ending with done or failed
//   POST /api/jobs/:id/cancel    asks the job to stop
//   POST /api/uploads?name=F     file bytes -> {path} of a private temp copy to ingest
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, WorkbenchError, toApiError } from '../api/errors.ts';
import { JOB_ID_PATTERN } from '../api/app-contract.ts';
import { dispatch, resolveCall, type MethodTable } from '../app/method-table.ts';
import { JobRegistry } from '../app/jobs.ts';
import { API_PREFIX, checkRequest, cookieName, newToken, pageQueryToken, type RequestFacts } from './security.ts';
import { BASE_HEADERS, PAYLOAD_TOO_LARGE, envelopeOf, readJson, sendError, sendJson } from './http-io.ts';
import { resolveStatic, sendFile } from './static-files.ts';
import { UploadStore } from './upload.ts';
import { streamJob } from './sse.ts';

export const PORT_IN_USE = 'PORT_IN_USE';

export interface ServerOptions {
  table: MethodTable;
  /** Folder with the built renderer (index.html); null serves the API only. */
  rendererDir: string | null;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
  maxUploadBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  jobs: JobRegistry;
  close(): Promise<void>;
}

function statusFor(code: string): number {
  if (code === ErrorCode.BAD_REQUEST || code === ErrorCode.UNKNOWN_METHOD) return 400;
  if (code === PAYLOAD_TOO_LARGE) return 413;
  return 200;
}

function factsOf(req: IncomingMessage, url: URL): RequestFacts {
  const h = req.headers;
  return {
    remoteAddress: req.socket.remoteAddress,
    host: h.host,
    origin: typeof h.origin === 'string' ? h.origin : undefined,
    secFetchSite: typeof h['sec-fetch-site'] === 'string' ? h['sec-fetch-site'] : undefined,
    authorization: h.authorization,
    cookie: h.cookie,
    queryToken: pageQueryToken(req.method, url),
  };
}

/** The request handler, separate from the socket so security tests can feed it any peer. */
export function createHandler(options: ServerOptions & { port: number; token: string; jobs: JobRegistry; uploads: UploadStore }) {
  const { table, token, jobs, uploads, port } = options;

  const discardUploadsOf = (request: unknown) => {
    const paths = (request as { paths?: unknown } | null)?.paths;
    if (Array.isArray(paths)) uploads.discard(paths.filter((p): p is string => typeof p === 'string'));
  };

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const jobMatch = path.match(/^\/api\/jobs\/([^/]+)\/(events|cancel)$/);
    if (req.method === 'POST' && path === '/api/call') {
      const body = envelopeOf(await readJson(req), ['method', 'payload']);
      const outcome = uploads.mask(await dispatch(table, body.method, body.payload));
      discardUploadsOf(body.payload);
      return sendJson(res, outcome.ok ? 200 : statusFor(outcome.error.code), outcome);
    }
    if (req.method === 'POST' && path === '/api/jobs') {
      const body = envelopeOf(await readJson(req), ['method', 'payload']);
      const { spec, request } = resolveCall(table, body.method, body.payload);
      const jobId = jobs.start(async (ctx) => {
        try {
          return uploads.mask(await spec.run(request, ctx));
        } catch (err) {
          throw uploads.mask(err);
        } finally {
          discardUploadsOf(request);
        }
      });
      return sendJson(res, 202, { ok: true, result: { jobId } });
    }
    if (jobMatch) {
      const id = jobMatch[1] ?? '';
      if (!JOB_ID_PATTERN.test(id) || !jobs.has(id)) throw new WorkbenchError('JOB_NOT_FOUND', `No job ${id.slice(0, 64)} is known to this server (it may have ended long ago).`);
      if (jobMatch[2] === 'events' && req.method === 'GET') return streamJob(res, jobs, id);
      if (jobMatch[2] === 'cancel' && req.method === 'POST') return sendJson(res, 200, { ok: true, result: { cancelled: jobs.cancel(id) } });
    }
    if (req.method === 'POST' && path === '/api/uploads') {
      const result = await uploads.receive(req, url.searchParams.get('name'));
      return sendJson(res, 200, { ok: true, result });
    }
    sendError(res, 404, { code: 'NOT_FOUND', message: `No API route ${req.method} ${path}.` });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return sendError(res, 400, { code: ErrorCode.BAD_REQUEST, message: 'Malformed URL.' });
    }
    const refusal = checkRequest(factsOf(req, url), port, token);
    const isApi = url.pathname.startsWith(API_PREFIX);
    if (refusal) {
      req.resume();
      if (isApi) return sendError(res, refusal.status, { code: refusal.code, message: refusal.message });
      res.writeHead(refusal.status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(`${refusal.message}\n`);
    }
    try {
      if (isApi) return await api(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Only GET here.' });
      if (url.searchParams.has('token')) {
        // trade the token in the URL for a cookie, and take it out of the address bar and history
        url.searchParams.delete('token');
        res.writeHead(303, { ...BASE_HEADERS, 'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: url.pathname + url.search, 'Cache-Control': 'no-store' });
        return void res.end();
      }
      const dir = options.rendererDir;
      const file = dir ? (resolveStatic(dir, url.pathname) ?? resolveStatic(dir, '/index.html')) : null;
      if (!file) return sendError(res, 404, { code: 'NOT_FOUND', message: 'This server has no app bundle; use the API.' });
      sendFile(res, file, req.method);
    } catch (err) {
      const error = toApiError(err);
      if (res.headersSent) return void res.end();
      req.resume();
      sendError(res, error.code === ErrorCode.INTERNAL ? 500 : error.code === 'JOB_NOT_FOUND' ? 404 : statusFor(error.code) === 200 ? 400 : statusFor(error.code), error);
    }
  };
}

/** Starts browser mode on 127.0.0.1 only. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const jobs = new JobRegistry();
  const uploads = new UploadStore(options.maxUploadBytes);
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new WorkbenchError(PORT_IN_USE, `Port ${options.port} is in use. Pick another with --port, or leave it out to get a free one.`) : err),
    );
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const handle = createHandler({ ...options, port, token, jobs, uploads });
  server.on('request', (req, res) => void handle(req, res));
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    jobs,
    close: async () => {
      jobs.cancelAll();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      uploads.dispose();
    },
  };
}
