import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveStatic, sendFile } from './static-files.ts';

describe('resolveStatic', () => {
  const base = mkdtempSync(join(tmpdir(), 'fw-static-'));
  const root = join(base, 'bundle');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<html></html>');
  writeFileSync(join(root, 'assets', 'a.js'), '');
  writeFileSync(join(base, 'secret.txt'), 'no');

  it('finds files inside the bundle', () => {
    expect(resolveStatic(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
  });
  it('never leaves the bundle folder', () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      expect(resolveStatic(root, p), p).toBeNull();
    }
  });
  it('returns null for folders and missing files', () => {
    expect(resolveStatic(root, '/assets')).toBeNull();
    expect(resolveStatic(root, '/nope.js')).toBeNull();
  });
});

describe('sendFile', () => {
  it('a file that cannot be read ends that response only (the server lives on)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-static-'));
    // a folder passes statSync but fails to read (EISDIR), like a file removed between stat and read
    const server = createServer((_req, res) => sendFile(res, dir, 'GET'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve('ended'));
        res.on('error', () => resolve('aborted'));
      });
      req.on('error', () => resolve('aborted'));
      req.end();
    });
    expect(['ended', 'aborted']).toContain(outcome);
    expect(server.listening).toBe(true);
    await new Promise((r) => server.close(r));
  });
});
