// The package as a user gets it: `npm pack` (prepack builds it), installed from the tarball in an
// empty folder with no checkout around it, and run from there with npx: --version, demo, pivot,
// ingest of a bill of the user's own and serve (the page with its token, and an API call). The checkout is packed from a copy so that
// prepack's dist/ never races the other tests that build into the checkout's dist/.
// `npm install` takes the dependencies from npm's cache when it has them (--prefer-offline), else
// from the registry.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA, tempDir } from '../support/workspace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const MONTHS = ['2026-08', '2026-09', '2026-10']; // the demo: 3 months from 2026-08
/** Not part of a checkout as git has it: installed, built or left by runs. */
const NOT_IN_CHECKOUT = new Set(['node_modules', 'dist', 'out', '.cache', 'test-results', 'playwright-report', '.git', 'tmp']);

const work = tempDir('fw-npm-package-');
const app = join(work, 'app');
const home = join(work, 'home');
// the installed app keeps its files (demo workspace, caches) in the test's folder, not in ~
const env = { ...process.env, FINOPS_WORKBENCH_HOME: home, FINOPS_WORKBENCH_CACHE: join(home, 'cache'), NO_COLOR: '1' };
let files: string[] = [];

function run(command: string, args: string[], options: SpawnSyncOptions & { timeout: number }) {
  const r = spawnSync(command, args, { encoding: 'utf8', env, ...options });
  const out = { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  if (r.error) throw new Error(`${command} ${args.join(' ')}: ${r.error.message}\n${out.stderr}`);
  return out;
}

/** `npx finops-workbench ...` in the folder the package is installed in. */
function npx(args: string[], timeout = 120_000) {
  return run('npx', ['--no-install', 'finops-workbench', ...args], { cwd: app, timeout });
}

/** The first JSON document a process prints on stdout (serve --json prints one once listening). */
function jsonDocument(stdout: Readable): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      try {
        resolve(JSON.parse(text));
      } catch {
        // not complete yet
      }
    });
  });
}

beforeAll(() => {
  const checkout = join(work, 'checkout');
  cpSync(ROOT, checkout, { recursive: true, filter: (src) => !(src !== ROOT && NOT_IN_CHECKOUT.has(basename(src)) && join(src, '..') === ROOT) && !/\.duckdb(\.wal)?$/.test(src) });
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(checkout, 'node_modules'));
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: checkout, timeout: 240_000 });
  if (pack.code !== 0) throw new Error(`npm pack failed (${pack.code}):\n${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack printed no package:\n${pack.stdout}`);
  files = packed.files.map((f) => f.path);

  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fw-package-user', private: true }));
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], { cwd: app, timeout: 240_000 });
  if (install.code !== 0) throw new Error(`npm install of the tarball failed (${install.code}):\n${install.stderr}`);
}, 480_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package, installed from its tarball in an empty folder', () => {
  it('holds what runs: compiled command line, built app, Electron main, resources, README and licence', () => {
    for (const f of [
      'package.json', 'README.md', 'LICENSE', 'bin/finops-workbench.mjs',
      'dist/cli/main.js', 'dist/cli/migrations/001-focus-and-imports.sql',
      'dist/electron/main.js', 'dist/electron/preload.cjs', 'dist/renderer/index.html',
      'resources/data/aws-service-category.csv', 'resources/data/aws-service-category.LICENSE',
      'resources/data/ec2-instance-types.csv', 'resources/data/ec2-instance-types.LICENSE',
      'dist/cli/migrations/070-ec2-instance-catalog.sql',
      'resources/data/rds-instance-classes.csv', 'resources/data/rds-instance-classes.LICENSE', 'dist/cli/migrations/073-rds-instance-classes.sql',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => /^dist\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true);
  });

  it('holds no sources, tests, CI scripts or configs', () => {
    const unwanted = files.filter((f) => /^(core|renderer|electron|test|scripts|\.ci)\//.test(f) || /\.tsx?$/.test(f) || /\.test\./.test(f) || /config\./.test(f));
    expect(unwanted).toEqual([]);
  });

  it('installs without build tools or the libraries the app bundle already holds', () => {
    // echarts is not among them: the review command renders its charts in Node (core/review/charts)
    for (const dev of ['tsx', 'vite', 'typescript', '@vitejs/plugin-react', 'react', 'react-dom', '@tanstack/react-table', 'electron']) {
      expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
    }
  });

  it('--version prints the version', () => {
    const r = npx(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('demo builds the demo workspace', () => {
    // a smaller demo (about 20,000 lines, daily) keeps this test quick; the same code builds the full one
    const r = npx(['demo', '--db', 'demo.duckdb', '--scale', '20000', '--json'], 400_000);
    expect(r.code, r.stderr).toBe(0);
    const demo = JSON.parse(r.stdout) as { generated: { months: string[]; lines: number; focusRows: number }; ingest: { rowsLoaded: number } };
    expect(demo.generated.months).toEqual(MONTHS);
    expect(demo.ingest.rowsLoaded).toBe(demo.generated.focusRows);
  }, 420_000);

  it('pivot gives each month\'s cost, reconciling with info to the cent', () => {
    const pivot = npx(['pivot', '--db', 'demo.duckdb', '--rows', 'ServiceName', '--cols', 'month', '--json']);
    expect(pivot.code, pivot.stderr).toBe(0);
    const result = JSON.parse(pivot.stdout) as { columns: { keys: string[]; total: boolean }[]; rows: unknown[]; totals: number[] };
    expect(result.columns.map((c) => (c.total ? 'total' : c.keys[0]))).toEqual([...MONTHS, 'total']);
    expect(result.rows.length).toBeGreaterThan(1);
    const info = npx(['info', '--db', 'demo.duckdb', '--json']);
    expect(info.code, info.stderr).toBe(0);
    const { periods, totals } = JSON.parse(info.stdout) as { periods: { billingPeriod: string; effectiveCost: number }[]; totals: { effectiveCost: number }[] };
    expect(result.totals).toEqual([...MONTHS.map((m) => periods.find((p) => p.billingPeriod === m)?.effectiveCost), totals[0]?.effectiveCost]);
  });

  it('ingest loads the user\'s own bill: a CUR folder, its licence file skipped', () => {
    const r = npx(['ingest', '--db', 'own.duckdb', join(SHARED_DATA, 'aws-cur-legacy-sample'), '--json'], 240_000);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { rowsLoaded: number; files: { status: string; path: string }[] };
    // the anonymized sample: 1,281 lines of November 2023, billed $1.68 (core/ingest tests)
    expect(doc.rowsLoaded).toBe(1281);
    expect(doc.files.map((f) => [basename(f.path), f.status])).toEqual([
      ['sample-anonymous-aws-export-dataset.csv', 'loaded'],
      ['LICENSE', 'skipped'],
    ]);
    const info = npx(['info', '--db', 'own.duckdb', '--json']);
    expect(info.code, info.stderr).toBe(0);
    const { totals } = JSON.parse(info.stdout) as { totals: { currency: string; billedCost: number }[] };
    expect(totals).toEqual([expect.objectContaining({ currency: 'USD', billedCost: 1.68 })]);
  }, 260_000);

  it('serve serves the built app with its token, answers the API, and stops on SIGTERM', async () => {
    const server = spawn(join(app, 'node_modules', '.bin', 'finops-workbench'), ['serve', '--db', 'demo.duckdb', '--json'], { cwd: app, env });
    let stderr = '';
    server.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      const listening = await Promise.race([jsonDocument(server.stdout), exited.then(() => undefined)]);
      if (!listening) throw new Error(`serve ended before listening:\n${stderr}`);
      const { url, port } = listening as { url: string; port: number };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/);

      const login = await fetch(url, { redirect: 'manual' });
      expect(login.status).toBe(303);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/=/);
      const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<title>FinOps Workbench</title>');
      const script = html.match(/src="\.\/(assets\/index-[^"]+\.js)"/)?.[1];
      expect(script, html).toBeDefined();
      const bundle = await fetch(`http://127.0.0.1:${port}/${script}`, { headers: { cookie } });
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(100_000);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(401); // no token, no page

      const call = await fetch(`http://127.0.0.1:${port}/api/call`, { method: 'POST', headers: { cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ method: 'info', payload: {} }) });
      expect(call.status).toBe(200);
      const answer = (await call.json()) as { ok: boolean; result: { periods: { billingPeriod: string }[] } };
      expect(answer.ok).toBe(true);
      expect(answer.result.periods.map((p) => p.billingPeriod)).toEqual(MONTHS);
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
  }, 120_000);
});
