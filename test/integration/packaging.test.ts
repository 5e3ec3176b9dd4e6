// `electron-builder --linux dir` with a stand-in Electron (no binary can be downloaded here)
// must produce an app whose asar holds the built main, preload and renderer, with the DuckDB
// and keyring native modules unpacked beside it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDesktop } from '../../electron/build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const asar = createRequire(import.meta.url)('@electron/asar') as { listPackage: (p: string) => string[]; extractFile: (p: string, f: string) => Buffer };

const FUSE_SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
// RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar,
// LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges
const ELECTRON_DEFAULT_FUSES = '10110001';

let app: string;
let files: string[];

/** Every file under dir, as paths relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)]));
}

beforeAll(async () => {
  await buildDesktop();
  const work = mkdtempSync(join(tmpdir(), 'fw-package-'));
  // a stand-in Electron distribution: what electron-builder copies and renames for Linux
  const dist = join(work, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  // with a fuse wire as Electron 45 ships it (the sentinel, version 1, 8 fuses, '1' on / '0' off),
  // so that electron-builder's electronFuses has something to flip
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n'), FUSE_SENTINEL, Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULT_FUSES)]));
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), '45.5.0');
  const out = join(work, 'out');
  const r = spawnSync(join(root, 'node_modules', '.bin', 'electron-builder'), ['--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${out}`], { cwd: root, encoding: 'utf8', timeout: 280_000 });
  if (r.status !== 0) throw new Error(`electron-builder failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  app = join(out, 'linux-unpacked');
  files = asar.listPackage(join(app, 'resources', 'app.asar')).map((f) => f.replaceAll('\\', '/'));
}, 300_000);

describe('electron-builder --linux dir', () => {
  it('names the executable after the product', () => {
    expect(existsSync(join(app, 'finops-workbench'))).toBe(true);
  });

  it('puts the built main, preload and renderer in the asar, byte for byte', () => {
    for (const f of ['/package.json', '/dist/electron/main.js', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/dist/electron/migrations/001-focus-and-imports.sql']) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true);
    const packed = asar.extractFile(join(app, 'resources', 'app.asar'), 'dist/electron/main.js');
    expect(packed.equals(readFileSync(join(root, 'dist', 'electron', 'main.js')))).toBe(true);
    const pkg = JSON.parse(asar.extractFile(join(app, 'resources', 'app.asar'), 'package.json').toString('utf8'));
    expect(pkg.main).toBe('dist/electron/main.js');
  });

  it('leaves sources, tests and build tools out', () => {
    expect(files.some((f) => f.startsWith('/core/') || f.startsWith('/renderer/') || f.startsWith('/test/'))).toBe(false);
    expect(files.some((f) => f.startsWith('/node_modules/vite/') || f.startsWith('/node_modules/electron/'))).toBe(false);
  });

  it('unpacks the DuckDB, keyring and resvg native modules next to the asar', () => {
    const unpacked = walk(join(app, 'resources', 'app.asar.unpacked'));
    expect(unpacked.some((f) => f.startsWith('node_modules/@duckdb/node-bindings-linux-x64/') && f.endsWith('.node'))).toBe(true);
    expect(unpacked.some((f) => f.startsWith('node_modules/@napi-rs/keyring-linux-x64-gnu/') && f.endsWith('.node'))).toBe(true);
    // the review pack's chart rasterizer (core/review/charts/render.ts)
    expect(unpacked.some((f) => f.startsWith('node_modules/@resvg/resvg-js-linux-x64-gnu/') && f.endsWith('.node'))).toBe(true);
    // the asar still lists them (flagged unpacked), so require() from inside it finds them
    expect(files.some((f) => f.startsWith('/node_modules/@duckdb/node-api/'))).toBe(true);
    expect(files.some((f) => f.startsWith('/node_modules/zod/'))).toBe(true);
  });

  it('flips the fuses in the packaged binary', () => {
    const bin = readFileSync(join(app, 'finops-workbench'));
    const at = bin.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    // RunAsNode off, cookies encrypted, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only app.asar, the V8 snapshot fuse left as shipped, no extra file:// privileges
    expect(bin.subarray(at + 2, at + 10).toString('latin1')).toBe('01001100');
  });
});
