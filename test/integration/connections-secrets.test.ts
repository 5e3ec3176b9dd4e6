// Secrets never reach the renderer: over browser mode's HTTP transport (what the page receives),
// no response (connections, keychain names, tests, previews, pulls and their job events, errors)
// carries a secret access key, whether it came from the environment or from the OS keychain; a
// connection holds the NAME of keychain keys, which core alone turns into keys when it signs a
// request; and the renderer's sources never handle a secret at all. The keychain half needs a
// real Secret Service (.ci/run starts one) and says why it is skipped elsewhere.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAwsKeys, deleteAwsKeys } from '../../core/sources/index.ts';
import { LEGACY_CUR, startPullServer, TEST_KEY_ID } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { SECRET_SERVICE_HINT, secretServiceMissing } from '../support/secret-service.ts';
import { tempDir } from '../support/workspace.ts';
import { callApi, raw, startHarness, type Harness } from './server-support.ts';

const ENV_SECRET = 'pull-test-secret'; // what startPullServer puts in AWS_SECRET_ACCESS_KEY
const KEYCHAIN_SECRET = `wJalrXUtnFEMI-${randomUUID()}`;
const KEYCHAIN_NAME = `renderer-test-${randomUUID().slice(0, 8)}`;
const KEYCHAIN_KEY_ID = 'AKIARENDERERTEST';
const BUCKET = 'billing-reports';
const noKeychain = secretServiceMissing();

let server: AwsServer;
let restore: () => Promise<void>;
let h: Harness;
const seen: string[] = [];

async function call(method: string, payload: unknown): Promise<{ ok: boolean; result?: any; error?: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const a = await callApi(h, method, payload);
  seen.push(a.body);
  return a.json();
}

/** A long call as the page runs it: a job, then its event stream to the end. */
async function job(method: string, payload: unknown): Promise<string> {
  const auth = { Authorization: `Bearer ${h.server.token}` };
  const started = await raw(h.server.port, { method: 'POST', path: '/api/jobs', headers: { 'Content-Type': 'application/json', ...auth }, body: JSON.stringify({ method, payload }) });
  seen.push(started.body);
  const jobId = started.json().result.jobId as string;
  const events = await new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.server.port, path: `/api/jobs/${jobId}/events`, headers: { Host: `127.0.0.1:${h.server.port}`, ...auth } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end();
  });
  seen.push(events);
  return events;
}

beforeAll(async () => {
  ({ server, restore } = await startPullServer(tempDir('fw-secrets-renderer-')));
  const part = 'cur/r/20251101-20251201/asm-1/r-00001.csv.gz';
  server.s3.put(BUCKET, part, gzipSync(readFileSync(LEGACY_CUR)));
  server.s3.put(BUCKET, 'cur/r/20251101-20251201/r-Manifest.json', JSON.stringify({ assemblyId: 'asm-1', billingPeriod: { start: '20251101T000000.000Z', end: '20251201T000000.000Z' }, reportKeys: [part] }));
  h = await startHarness();
});
afterAll(async () => {
  if (!noKeychain) deleteAwsKeys(KEYCHAIN_NAME);
  await h.close();
  await restore();
});

const s3 = (extra: Record<string, unknown> = {}) => ({ kind: 's3', name: 'env keys', region: 'us-east-1', endpointUrl: server.url, bucket: BUCKET, prefix: 'cur/', ...extra });

describe('secrets never reach the renderer', () => {
  it('keys from the environment: list, test, preview, pull, and errors carry no secret', async () => {
    expect((await call('connectionSave', { connection: s3() })).ok).toBe(true);
    expect((await call('connectionsList', {})).result.connections).toHaveLength(1);
    expect((await call('connectionTest', { name: 'env keys' })).result.ok).toBe(true);
    expect((await call('connectionPreview', { name: 'env keys' })).ok).toBe(true);
    expect(await job('connectionPull', { name: 'env keys' })).toContain('"type":"done"');
    expect(server.calls('s3', 'GetObject').at(-1)?.accessKeyId).toBe(TEST_KEY_ID);
    // a refused secret field is named, not echoed
    const refused = await call('connectionSave', { connection: s3({ name: 'with secret', secretAccessKey: ENV_SECRET }) });
    expect(refused.error.code).toBe('BAD_REQUEST');
    expect(refused.error.message).toContain('secretAccessKey');
    // a failing test and a failing pull come back as error data
    server.expiredKeys.add(TEST_KEY_ID);
    try {
      expect((await call('connectionTest', { name: 'env keys' })).result.checks[0].code).toBe('AWS_CREDENTIALS_EXPIRED');
      expect(await job('connectionPull', { name: 'env keys' })).toContain('AWS_CREDENTIALS_EXPIRED');
    } finally {
      server.expiredKeys.delete(TEST_KEY_ID);
    }
    await call('info', {});
    const all = seen.join('\n');
    expect(all).not.toContain(ENV_SECRET);
  });

  it.skipIf(noKeychain !== null)(`keychain keys: the connection holds their name, core signs with them, no response carries the secret${noKeychain ? ` (skipped: ${noKeychain}; ${SECRET_SERVICE_HINT})` : ''}`, async () => {
    saveAwsKeys(KEYCHAIN_NAME, { accessKeyId: KEYCHAIN_KEY_ID, secretAccessKey: KEYCHAIN_SECRET });
    const saved = await call('connectionSave', { connection: s3({ name: 'keychain keys', keychainKeys: KEYCHAIN_NAME }) });
    expect(saved.result.connection).toMatchObject({ keychainKeys: KEYCHAIN_NAME });
    expect((await call('awsKeysList', {})).result.keys).toContainEqual({ name: KEYCHAIN_NAME, accessKeyId: KEYCHAIN_KEY_ID });
    expect((await call('connectionTest', { name: 'keychain keys' })).result).toMatchObject({ ok: true, credentials: `keys "${KEYCHAIN_NAME}" from the OS keychain` });
    // the page sent a name; the request AWS received was signed with the keys it names
    expect(server.calls('s3', 'ListObjectsV2').at(-1)?.accessKeyId).toBe(KEYCHAIN_KEY_ID);
    expect(await job('connectionPull', { name: 'keychain keys' })).toContain('"type":"done"');
    deleteAwsKeys(KEYCHAIN_NAME);
    const gone = await call('connectionTest', { name: 'keychain keys' });
    expect(gone.result.checks[0].code).toBe('KEYCHAIN_NOT_FOUND');
    await call('connectionsList', {});
    const all = seen.join('\n');
    expect(all).not.toContain(KEYCHAIN_SECRET);
    // nor is it in the workspace file
    const file = h.session.workspace.path;
    await h.close();
    expect(readFileSync(file).includes(KEYCHAIN_SECRET)).toBe(false);
    h = await startHarness();
  });

  it('the renderer has no code that sends or reads a secret', () => {
    const root = join(import.meta.dirname, '..', '..', 'renderer', 'src');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    walk(root);
    const offenders = files.filter((f) => /secretAccessKey|sessionToken|awsKeysSave/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
