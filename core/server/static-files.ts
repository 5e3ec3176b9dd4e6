// Serves the built renderer bundle: only files inside its folder, with the renderer CSP.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { RENDERER_CSP } from '../app/csp.ts';
import { BASE_HEADERS } from './http-io.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** The file for a URL path inside root, or null when it would leave root or does not exist. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  if (rel.split(/[/\\]/).includes('..')) return null;
  const full = join(root, rel === '' ? 'index.html' : rel);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const st = statSync(full);
    return st.isFile() ? full : null;
  } catch {
    return null;
  }
}

export function sendFile(res: ServerResponse, file: string, method: string): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // hashed assets never change; index.html must be re-read so a rebuilt bundle is picked up
  const cache = file.includes(`${sep}assets${sep}`) ? 'private, max-age=31536000, immutable' : 'no-store';
  res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': statSync(file).size, 'Cache-Control': cache, 'Content-Security-Policy': RENDERER_CSP });
  if (method === 'HEAD') res.end();
  // pipe() would leave a read error (the bundle rebuilt meanwhile) unhandled, and the server down
  else pipeline(createReadStream(file), res).catch(() => res.destroy());
}
