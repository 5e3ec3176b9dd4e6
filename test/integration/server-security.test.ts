// Browser mode refuses everything but this machine's own page holding the run's token.
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../core/server/index.ts';
import { JobRegistry } from '../../core/app/jobs.ts';
import { appMethodTable } from '../../core/app/method-table.ts';
import { UploadStore } from '../../core/server/upload.ts';
import { callApi, raw, startHarness, type Harness } from './server-support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('browser mode security', () => {
  it('answers a call that carries the token', async () => {
    const a = await callApi(h, 'info', {});
    expect(a.status).toBe(200);
    expect(a.json()).toMatchObject({ ok: true, result: { rows: 0, totals: [] } });
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const none = await raw(h.server.port, { method: 'POST', path: '/api/call', headers: { 'Content-Type': 'application/json' }, body: '{"method":"info","payload":{}}' });
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await callApi(h, 'info', {}, { Authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
    const page = await raw(h.server.port, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.body).toMatch(/printed by "finops-workbench serve"/);
  });

  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    const a = await callApi(h, 'info', {}, { Host: `attacker.example:${h.server.port}` });
    expect(a.status).toBe(403);
    expect(a.json().error.code).toBe('FORBIDDEN');
  });

  it('refuses a foreign Origin even with the token', async () => {
    const a = await callApi(h, 'info', {}, { Origin: 'https://attacker.example' });
    expect(a.status).toBe(403);
    const ok = await callApi(h, 'info', {}, { Origin: `http://127.0.0.1:${h.server.port}` });
    expect(ok.status).toBe(200);
  });

  it('refuses a request from a non-loopback address', async () => {
    // the real listener is bound to 127.0.0.1; here the same handler is fed a foreign peer
    const handle = createHandler({ table: appMethodTable(h.session.api), rendererDir: null, port: 1, token: 't0ken', jobs: new JobRegistry(), uploads: new UploadStore() });
    const front = createServer((req, res) => {
      Object.defineProperty(req.socket, 'remoteAddress', { value: '192.168.7.20', configurable: true });
      void handle(req, res);
    });
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', () => r()));
    const port = (front.address() as AddressInfo).port;
    const a = await raw(port, { method: 'POST', path: '/api/call', headers: { Host: '127.0.0.1:1', Authorization: 'Bearer t0ken', 'Content-Type': 'application/json' }, body: '{"method":"info","payload":{}}' });
    front.close();
    expect(a.status).toBe(403);
    expect(a.json().error.message).toMatch(/only this machine/);
  });

  it('is not reachable on this machine’s other addresses', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of others) {
      const outcome = await new Promise<string>((r) => {
        const s = connect({ host: address, port: h.server.port });
        s.once('connect', () => (s.destroy(), r('connected')));
        s.once('error', (e: NodeJS.ErrnoException) => r(e.code ?? 'error'));
      });
      expect(outcome, address).toBe('ECONNREFUSED');
    }
  });

  it('refuses a payload with unknown fields, and unknown methods', async () => {
    const extra = await callApi(h, 'ingest', { paths: ['/tmp/x.csv'], overwrite: true });
    expect(extra.status).toBe(400);
    expect(extra.json().error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(extra.json().error.message).toMatch(/overwrite/);
    const unknown = await callApi(h, 'dropAllTables', {});
    expect(unknown.json().error.code).toBe('UNKNOWN_METHOD');
    const envelope = await raw(h.server.port, {
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.server.token}` },
      body: JSON.stringify({ method: 'info', payload: {}, as: 'admin' }),
    });
    expect(envelope.status).toBe(400);
    expect(envelope.json().error.message).toMatch(/Unknown field.*as/);
  });

  it('refuses non-JSON bodies (no form posts from other pages)', async () => {
    const a = await raw(h.server.port, { method: 'POST', path: '/api/call', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${h.server.token}` }, body: '{"method":"info","payload":{}}' });
    expect(a.status).toBe(400);
  });

  it('trades the URL token for a same-site, HttpOnly cookie scoped to this port', async () => {
    const a = await raw(h.server.port, { path: `/?token=${h.server.token}` });
    expect(a.status).toBe(303);
    expect(a.headers.location).toBe('/');
    const cookie = String(a.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`fw_token_${h.server.port}=${h.server.token}`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await raw(h.server.port, { method: 'POST', path: '/api/call', headers: { 'Content-Type': 'application/json', Cookie: cookie.split(';')[0]! }, body: '{"method":"session","payload":{}}' });
    expect(withCookie.status).toBe(200);
  });

  it('honours ?token= only on the page address, never on an API route', async () => {
    const t = h.server.token;
    const call = await raw(h.server.port, { method: 'POST', path: `/api/call?token=${t}`, headers: { 'Content-Type': 'application/json' }, body: '{"method":"info","payload":{}}' });
    expect(call.status).toBe(401);
    expect(call.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const events = await raw(h.server.port, { path: `/api/jobs/j1/events?token=${t}` });
    expect(events.status).toBe(401);
    const upload = await raw(h.server.port, { method: 'POST', path: `/api/uploads?name=a.csv&token=${t}`, headers: { 'Content-Type': 'application/octet-stream' }, body: 'a,b\n' });
    expect(upload.status).toBe(401);
    // the page address still trades it for the cookie
    expect((await raw(h.server.port, { path: `/?token=${t}` })).status).toBe(303);
  });
});
