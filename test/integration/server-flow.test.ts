// Browser mode end to end over raw HTTP: upload, ingest as a job with its event stream,
// cancel, the bundle with its CSP. Expected figures are the FOCUS sample's, summed by hand.
import { request } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../core/api/app-contract.ts';
import { callApi, FOCUS_SAMPLE, raw, startHarness, type Harness } from './server-support.ts';

let h: Harness;
let bundle: string;
beforeAll(async () => {
  h = await startHarness();
  bundle = join(h.dir, 'bundle');
  mkdirSync(join(bundle, 'assets'), { recursive: true });
  writeFileSync(join(bundle, 'index.html'), '<!doctype html><title>FinOps Workbench</title>');
  await h.close();
  h = await startHarness(bundle);
});
afterAll(async () => {
  await h.close();
});

const auth = () => ({ Authorization: `Bearer ${h.server.token}` });

function events(jobId: string): Promise<JobEvent[]> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.server.port, path: `/api/jobs/${jobId}/events`, headers: { Host: `127.0.0.1:${h.server.port}`, ...auth() } }, (res) => {
      expect(res.headers['content-type']).toMatch(/text\/event-stream/);
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve(text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as JobEvent)));
    });
    req.on('error', reject);
    req.end();
  });
}

async function startJob(method: string, payload: unknown): Promise<string> {
  const a = await raw(h.server.port, { method: 'POST', path: '/api/jobs', headers: { 'Content-Type': 'application/json', ...auth() }, body: JSON.stringify({ method, payload }) });
  expect(a.status).toBe(202);
  return a.json().result.jobId as string;
}

function upload(name: string, body: Buffer): Promise<ReturnType<typeof raw> extends Promise<infer A> ? A : never> {
  return raw(h.server.port, { method: 'POST', path: `/api/uploads?name=${encodeURIComponent(name)}`, headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length), ...auth() }, body });
}

describe('browser mode flow', () => {
  it('uploads a file to a private temp copy, ingests it as a job with progress, then deletes the copy', async () => {
    const up = await upload('focus_sample_1000.csv', readFileSync(FOCUS_SAMPLE));
    expect(up.status).toBe(200);
    const path = up.json().result.path as string;
    expect(path.endsWith('focus_sample_1000.csv')).toBe(true);
    expect(readFileSync(path).equals(readFileSync(FOCUS_SAMPLE))).toBe(true);

    const jobId = await startJob('ingest', { paths: [path] });
    const seen = await events(jobId);
    const last = seen.at(-1)!;
    expect(last.type).toBe('done');
    expect(seen.filter((e) => e.type === 'progress').length).toBeGreaterThan(0);
    expect(last.type === 'done' && (last.result as { rowsLoaded: number }).rowsLoaded).toBe(1000);
    expect(readdirSync(join(path, '..', '..'))).toEqual([]);

    const info = (await callApi(h, 'info', {})).json().result;
    expect(info.rows).toBe(1000);
    // 18.0066386184 + 1.97651418586 + 0.29707392473 + 0.24 = 20.52022... summed by hand from the CSV
    expect(info.totals).toEqual([{ currency: 'USD', rows: 1000, billedCost: 20.52, effectiveCost: 14.98 }]);
  });

  it('a late subscriber still gets the outcome; an error names the uploaded file, not the temp path', async () => {
    const up = await upload('cur-2024-09.csv.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    const jobId = await startJob('ingest', { paths: [up.json().result.path] });
    await new Promise((r) => setTimeout(r, 300));
    const last = (await events(jobId)).at(-1)!;
    expect(last.type).toBe('failed');
    if (last.type !== 'failed') return;
    expect(last.error.message).toContain('cur-2024-09.csv.gz (uploaded)');
    expect(last.error.message).not.toContain('finops-workbench-uploads');
  });

  it('refuses bad uploads', async () => {
    expect((await upload('../../etc/passwd', Buffer.from('x'))).json().error.code).toBe('UPLOAD_REFUSED');
    expect((await upload('empty.csv', Buffer.alloc(0))).json().error.code).toBe('INGEST_EMPTY_FILE');
    const noToken = await raw(h.server.port, { method: 'POST', path: '/api/uploads?name=a.csv', headers: { 'Content-Type': 'application/octet-stream' }, body: 'a,b\n' });
    expect(noToken.status).toBe(401);
  });

  it('cancels a job, leaving the workspace as it was', async () => {
    const unknown = await raw(h.server.port, { method: 'POST', path: '/api/jobs/abcdefgh1234/cancel', headers: { 'Content-Type': 'application/json', ...auth() }, body: '{}' });
    expect(unknown.status).toBe(404);
    expect(unknown.json().error.code).toBe('JOB_NOT_FOUND');

    const text = readFileSync(FOCUS_SAMPLE, 'utf8');
    const nl = text.indexOf('\n');
    const big = join(h.dir, 'focus-x30.csv');
    writeFileSync(big, text.slice(0, nl + 1) + text.slice(nl + 1).replace(/\n?$/, '\n').repeat(30));
    const jobId = await startJob('ingest', { paths: [big] });
    const cancel = await raw(h.server.port, { method: 'POST', path: `/api/jobs/${jobId}/cancel`, headers: { 'Content-Type': 'application/json', ...auth() }, body: '{}' });
    expect(cancel.json()).toEqual({ ok: true, result: { cancelled: true } });
    const last = (await events(jobId)).at(-1)!;
    expect(last.type === 'failed' && last.error.code).toBe('CANCELLED');
    const info = (await callApi(h, 'info', {})).json().result;
    expect(info.rows).toBe(1000);
  });

  it('serves the bundle with the renderer CSP and no-sniff headers', async () => {
    const page = await raw(h.server.port, { path: '/', headers: auth() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('FinOps Workbench');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const traversal = await raw(h.server.port, { path: '/../w.duckdb', headers: auth() });
    expect(traversal.body).not.toContain('DUCK');
  });
});
