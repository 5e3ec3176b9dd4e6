// app://workbench/… serves the renderer bundle from disk (inside the asar when packaged), with
// the renderer CSP on every response. file:// is never used for the app's pages.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { RENDERER_CSP } from '../core/app/csp.ts';
import { resolveStatic } from '../core/server/static-files.ts';
import { APP_HOST } from './window-options.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export async function appResponse(rendererDir: string, url: string): Promise<Response> {
  const u = new URL(url);
  const file = u.host === APP_HOST ? resolveStatic(rendererDir, u.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const body = await readFile(file);
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': RENDERER_CSP, 'X-Content-Type-Options': 'nosniff' },
  });
}
