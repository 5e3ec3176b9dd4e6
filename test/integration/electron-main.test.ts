// The bundled main process (dist/electron/main.js), loaded by plain Node with a recording stand-in
// for the `electron` module (no Electron binary can be downloaded here). It checks what the
// unit tests cannot: that the bundle starts, opens its workspace through core, answers IPC
// through the adapter, serves the renderer over app:// with the CSP, and guards its window.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDesktop } from '../../electron/build.ts';
import { FOCUS_SAMPLE } from './server-support.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stub = join(root, 'test', 'integration', 'electron-stub');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let out: any;
let home: string;

beforeAll(async () => {
  // its own build folder (the packaging test rebuilds dist/ at the same time), inside the
  // checkout so the bundle's external packages resolve from node_modules as in the app
  mkdirSync(join(root, '.cache'), { recursive: true });
  home = mkdtempSync(join(root, '.cache', 'test-main-'));
  await buildDesktop(join(home, 'dist'));
  const r = spawnSync(process.execPath, ['--import', join(stub, 'register.mjs'), join(stub, 'drive-main.mjs'), join(home, 'dist', 'electron', 'main.js'), FOCUS_SAMPLE, join(home, 'w.duckdb')], {
    env: { ...process.env, FINOPS_WORKBENCH_HOME: home },
    encoding: 'utf8',
    timeout: 120_000,
    argv0: 'electron',
  });
  if (r.status !== 0) throw new Error(`main did not run (${r.status}):\n${r.stderr}`);
  out = JSON.parse(r.stdout);
}, 180_000);

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

describe('bundled Electron main', () => {
  it('opens a hardened window on the app protocol', () => {
    expect(out.sandbox).toBe(true);
    expect(out.window).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(out.window.preload).toBe(join(home, 'dist', 'electron', 'preload.cjs'));
    expect(out.url).toBe('app://workbench/index.html');
    expect(out.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(out.channels.sort()).toEqual(['workbench:cancel', 'workbench:invoke']);
  });

  it('answers the contract over IPC from the app page, with progress, on a real workspace', () => {
    expect(out.errors).toEqual([]);
    expect(out.info).toMatchObject({ ok: true, result: { rows: 0 } });
    expect(out.ingest).toMatchObject({ ok: true, result: { rowsLoaded: 1000 } });
    expect(out.progress.length).toBeGreaterThan(0);
    expect(out.after.result.totals).toEqual([{ currency: 'USD', rows: 1000, billedCost: 20.52, effectiveCost: 14.98 }]);
  });

  it('refuses unknown fields and callers that are not the app page', () => {
    expect(out.extra).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(out.stranger).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('serves the renderer with the CSP, and blocks new windows, navigation and permissions', () => {
    expect(out.page.status).toBe(200);
    expect(out.page.csp).toMatch(/default-src 'self'; script-src 'self'/);
    expect(out.page.html).toMatch(/<title>FinOps Workbench<\/title>/);
    expect(out.windowOpen).toEqual({ action: 'deny' });
    expect(out.navBlocked).toBe(true);
    expect(out.permission).toBe(false);
    // a chart's Copy may write an image to the clipboard; nothing may read it
    expect(out.clipboard).toEqual({ write: { request: true, check: true }, read: { request: false, check: false } });
  });
});
